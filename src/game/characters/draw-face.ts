import type Phaser from 'phaser';
import type { Expression } from './expression';

type G = Phaser.GameObjects.Graphics;

const ink = 0x2b2135;

function arc(g: G, x: number, y: number, r: number, from: number, to: number, width: number): void {
  g.lineStyle(width, ink).beginPath().arc(x, y, r, from, to, false).strokePath();
}

function dotEyes(g: G, u: number, dx = 0, dy = 0, size = 2.7): void {
  g.fillStyle(ink)
    .fillCircle((-7 + dx) * u, (-80 + dy) * u, size * u)
    .fillCircle((7 + dx) * u, (-80 + dy) * u, size * u);
  g.fillStyle(0xffffff)
    .fillCircle((-6.2 + dx) * u, (-81 + dy) * u, 0.9 * u)
    .fillCircle((7.8 + dx) * u, (-81 + dy) * u, 0.9 * u);
}

/** Eyes closed in a smile: little upside-down arcs. */
function smilingEyes(g: G, u: number): void {
  arc(g, -7 * u, -78 * u, 3.5 * u, Math.PI * 1.1, Math.PI * 1.9, 2 * u);
  arc(g, 7 * u, -78 * u, 3.5 * u, Math.PI * 1.1, Math.PI * 1.9, 2 * u);
}

/** Eyes closed gently, as in a relieved sigh. */
function restingEyes(g: G, u: number): void {
  arc(g, -7 * u, -81 * u, 3.5 * u, Math.PI * 0.15, Math.PI * 0.85, 2 * u);
  arc(g, 7 * u, -81 * u, 3.5 * u, Math.PI * 0.15, Math.PI * 0.85, 2 * u);
}

/**
 * Eyebrows: `tilt` lifts the inner ends (worried, sad), `raise` lifts a whole brow (unsure, thinking).
 */
function brows(g: G, u: number, tilt: number, raiseLeft = 0, raiseRight = 0): void {
  const y = -87;
  g.lineStyle(1.8 * u, ink)
    .lineBetween(-10 * u, (y - raiseLeft) * u, -4 * u, (y - raiseLeft - tilt) * u)
    .lineBetween(4 * u, (y - raiseRight - tilt) * u, 10 * u, (y - raiseRight) * u);
}

function cheeks(g: G, u: number): void {
  g.fillStyle(0xff7a8a, 0.45)
    .fillEllipse(-12 * u, -73 * u, 6 * u, 3.5 * u)
    .fillEllipse(12 * u, -73 * u, 6 * u, 3.5 * u);
}

/** Draws the face for a feeling, on a head centred at (0, -80) hundredths of the height. */
export function drawFace(g: G, expression: Expression, u: number): void {
  switch (expression) {
    case 'happy':
      dotEyes(g, u);
      cheeks(g, u);
      arc(g, 0, -74 * u, 6 * u, Math.PI * 0.15, Math.PI * 0.85, 2.2 * u);
      break;
    case 'proud':
      smilingEyes(g, u);
      cheeks(g, u);
      g.fillStyle(ink)
        .slice(0, -73 * u, 7 * u, 0, Math.PI, false)
        .fillPath();
      g.fillStyle(0xff8fa3).fillEllipse(0, -68.5 * u, 6 * u, 3 * u);
      break;
    case 'relieved':
      restingEyes(g, u);
      cheeks(g, u);
      brows(g, u, 0);
      arc(g, 0, -74 * u, 5 * u, Math.PI * 0.2, Math.PI * 0.8, 2 * u);
      break;
    case 'unsure':
      dotEyes(g, u, 0.5, 0);
      brows(g, u, 0, 0, 2.5);
      g.lineStyle(2 * u, ink)
        .beginPath()
        .moveTo(-6 * u, -70 * u)
        .lineTo(-2 * u, -72 * u)
        .lineTo(2 * u, -70 * u)
        .lineTo(6 * u, -72 * u)
        .strokePath();
      break;
    case 'worried':
      g.fillStyle(0xffffff)
        .fillCircle(-7 * u, -80 * u, 4 * u)
        .fillCircle(7 * u, -80 * u, 4 * u);
      dotEyes(g, u, 0, 0.5, 2.3);
      brows(g, u, 2.5);
      arc(g, 0, -66 * u, 5 * u, Math.PI * 1.2, Math.PI * 1.8, 2 * u);
      break;
    case 'sad':
      dotEyes(g, u, 0, 1.5, 2.4);
      brows(g, u, 2);
      arc(g, 0, -65 * u, 6 * u, Math.PI * 1.2, Math.PI * 1.8, 2 * u);
      break;
    case 'thinking':
      dotEyes(g, u, 2, -2, 2.5);
      brows(g, u, 0, 0, 3);
      g.lineStyle(2 * u, ink).lineBetween(-1 * u, -71 * u, 6 * u, -72 * u);
      break;
  }
}
