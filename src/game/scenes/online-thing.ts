import type Phaser from 'phaser';
import type { Step } from '../../core/content/schema';
import { star } from '../settings/setting-parts';
import { popIn } from './motions';

interface Anchor {
  readonly x: number;
  readonly y: number;
  readonly size: number;
}

function messageBubble(
  scene: Phaser.Scene,
  x: number,
  y: number,
  size: number,
  colour: number,
): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics({ x, y }).setDepth(7);
  g.fillStyle(colour).fillRoundedRect(-size * 0.5, -size * 0.3, size, size * 0.6, size * 0.2);
  g.fillTriangle(-size * 0.3, size * 0.25, -size * 0.1, size * 0.25, -size * 0.35, size * 0.45);
  g.fillStyle(0xffffff, 0.9)
    .fillCircle(-size * 0.22, 0, size * 0.07)
    .fillCircle(0, 0, size * 0.07)
    .fillCircle(size * 0.22, 0, size * 0.07);
  return g;
}

function popUpWindow(scene: Phaser.Scene, x: number, y: number, size: number): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics({ x, y }).setDepth(7);
  g.fillStyle(0x33415c, 0.2).fillRoundedRect(-size * 0.55 + 5, -size * 0.4 + 6, size * 1.1, size * 0.8, 10);
  g.fillStyle(0xffffff).fillRoundedRect(-size * 0.55, -size * 0.4, size * 1.1, size * 0.8, 10);
  g.fillStyle(0xffd166).fillRoundedRect(-size * 0.55, -size * 0.4, size * 1.1, size * 0.2, {
    tl: 10,
    tr: 10,
    bl: 0,
    br: 0,
  });
  g.fillStyle(0xef476f).fillCircle(size * 0.42, -size * 0.3, size * 0.06);
  g.fillStyle(0xffb703);
  star(g, -size * 0.2, size * 0.1, size * 0.08, size * 0.18);
  g.fillStyle(0x8ecae6).fillRoundedRect(size * 0.05, size * 0.02, size * 0.38, size * 0.16, 6);
  return g;
}

/**
 * The online thing in the story, beside the device the hero holds: messages arriving in a chat, a
 * pop-up on a screen to check, or a ping when something new appears. Returns what it drew, for the
 * scene to clear when the step changes.
 */
export function showOnlineThing(
  scene: Phaser.Scene,
  step: Step | undefined,
  anchor: Anchor,
  moving: boolean,
): Phaser.GameObjects.GameObject[] {
  if (!step) return [];
  const { x, y, size } = anchor;
  if (step.kind === 'chat') {
    const count = Math.min(3, step.turns[0]?.messages.length ?? 1);
    return Array.from({ length: count }, (_, i) => {
      const bubble = messageBubble(
        scene,
        x + size * 0.35 * (i % 2 ? 1 : -0.2),
        y - size * (0.75 + i * 0.5),
        size * 0.6,
        i % 2 ? 0x06d6a0 : 0x118ab2,
      );
      if (moving) popIn(scene, bubble, 500 + i * 600);
      return bubble;
    });
  }
  if (step.kind === 'spot') {
    const window = popUpWindow(scene, x, y - size * 1.05, size * 1.2);
    if (moving) popIn(scene, window, 500);
    return [window];
  }
  if (!step.stage?.prop) return [];
  const ping = scene.add.circle(x + size * 0.32, y - size * 0.32, size * 0.1, 0xef476f).setDepth(7);
  if (moving) popIn(scene, ping, 700);
  return [ping];
}
