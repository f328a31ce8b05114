import type Phaser from 'phaser';
import type { CharacterLook } from './character-look';
import type { Expression } from './expression';
import { drawFace } from './draw-face';

type G = Phaser.GameObjects.Graphics;
type Point = readonly [number, number];

/** Where the hands go for each feeling, in units of a hundredth of the height, from the feet. */
const hands: Record<Expression, readonly [Point, Point]> = {
  happy: [
    [-21, -34],
    [21, -34],
  ],
  proud: [
    [-30, -86],
    [30, -86],
  ],
  relieved: [
    [-4, -50],
    [21, -34],
  ],
  unsure: [
    [-32, -52],
    [32, -52],
  ],
  worried: [
    [-5, -52],
    [5, -52],
  ],
  sad: [
    [-13, -31],
    [13, -31],
  ],
  thinking: [
    [-21, -34],
    [6, -67],
  ],
};

function drawHairBack(g: G, look: CharacterLook, u: number): void {
  g.fillStyle(look.hair);
  if (look.hairStyle === 'bunches') {
    g.fillRoundedRect(-21 * u, -90 * u, 42 * u, 26 * u, 10 * u);
    g.fillCircle(-24 * u, -76 * u, 8 * u).fillCircle(24 * u, -76 * u, 8 * u);
  }
  if (look.hairStyle === 'curls') {
    for (const [x, y] of [
      [-18, -88],
      [-8, -99],
      [6, -100],
      [17, -90],
      [21, -78],
      [-21, -77],
    ] as const)
      g.fillCircle(x * u, y * u, 9 * u);
  }
}

function drawHairFront(g: G, look: CharacterLook, u: number): void {
  g.fillStyle(look.hair);
  g.slice(0, -85 * u, 20.5 * u, Math.PI, Math.PI * 2, false).fillPath();
  if (look.hairStyle === 'short') {
    g.fillEllipse(-7 * u, -95 * u, 18 * u, 9 * u).fillEllipse(8 * u, -96 * u, 16 * u, 8 * u);
  } else {
    g.fillEllipse(-9 * u, -94 * u, 20 * u, 10 * u).fillEllipse(10 * u, -94 * u, 18 * u, 9 * u);
  }
}

function drawArm(g: G, look: CharacterLook, u: number, shoulder: Point, hand: Point): void {
  g.lineStyle(8 * u, look.shirt).lineBetween(shoulder[0] * u, shoulder[1] * u, hand[0] * u, hand[1] * u);
  g.fillStyle(look.shirt).fillCircle(shoulder[0] * u, shoulder[1] * u, 4 * u);
  g.fillStyle(look.skin).fillCircle(hand[0] * u, hand[1] * u, 4.6 * u);
}

/**
 * Draws a whole character, standing with feet at (0, 0) and `height` tall: body, arms posed for the
 * feeling, head, hair and face. Redrawn when the feeling changes.
 */
export function drawCharacter(g: G, look: CharacterLook, expression: Expression, height: number): void {
  const u = height / 100;
  g.clear();
  g.fillStyle(0x000000, 0.15).fillEllipse(0, 0, 44 * u, 8 * u);
  // Legs and shoes.
  g.fillStyle(look.trousers).fillRoundedRect(-11 * u, -32 * u, 9 * u, 30 * u, 3 * u);
  g.fillRoundedRect(2 * u, -32 * u, 9 * u, 30 * u, 3 * u);
  g.fillStyle(0x33292a)
    .fillEllipse(-8 * u, -2 * u, 15 * u, 6 * u)
    .fillEllipse(8 * u, -2 * u, 15 * u, 6 * u);
  drawHairBack(g, look, u);
  // Body.
  g.fillStyle(look.shirt).fillRoundedRect(-16 * u, -62 * u, 32 * u, 34 * u, 9 * u);
  g.fillStyle(0xffffff, 0.35).fillRect(-16 * u, -40 * u, 32 * u, 3 * u);
  g.fillStyle(look.skin).fillRect(-4 * u, -66 * u, 8 * u, 6 * u);
  const [left, right] = hands[expression];
  drawArm(g, look, u, [-14, -57], left);
  drawArm(g, look, u, [14, -57], right);
  // Head.
  g.fillStyle(look.skin)
    .fillCircle(-19 * u, -78 * u, 4 * u)
    .fillCircle(19 * u, -78 * u, 4 * u)
    .fillCircle(0, -80 * u, 19 * u);
  drawHairFront(g, look, u);
  drawFace(g, expression, u);
  if (expression === 'thinking') {
    // A thought bubble: three little clouds rising from the head.
    g.fillStyle(0xffffff).lineStyle(1.5 * u, 0x2b2135);
    for (const [x, y, r] of [
      [22, -96, 2.5],
      [28, -104, 3.5],
      [37, -114, 6],
    ] as const) {
      g.fillCircle(x * u, y * u, r * u).strokeCircle(x * u, y * u, r * u);
    }
  }
}
