import type Phaser from 'phaser';
import type { ArtName } from '../../core/content/art-names';
import type { Motion } from '../../core/content/schema';

/** Gentle, looping or one-off movements for a character. Any earlier movement stops first. */
export function playMotion(scene: Phaser.Scene, target: Phaser.GameObjects.Image, motion: Motion): void {
  scene.tweens.killTweensOf(target);
  switch (motion) {
    case 'bob':
      scene.tweens.add({
        targets: target,
        y: '-=8',
        duration: 900,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.inOut',
      });
      break;
    case 'wobble':
      // A wobbly tummy: a small side-to-side rock, never a shake that could startle.
      scene.tweens.add({
        targets: target,
        angle: { from: -5, to: 5 },
        duration: 380,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.inOut',
      });
      break;
    case 'bounce':
      scene.tweens.add({
        targets: target,
        y: '-=40',
        duration: 320,
        yoyo: true,
        repeat: 2,
        ease: 'Quad.out',
      });
      break;
    case 'shrug':
      scene.tweens.add({
        targets: target,
        angle: { from: 0, to: -8 },
        duration: 420,
        yoyo: true,
        ease: 'Sine.inOut',
      });
      break;
  }
}

/**
 * A shared picture travels: copies of the prop appear one after another and drift to every corner,
 * where they stay, faint, until the step changes. Returns the copies so the scene can clear them.
 */
export function travellingCopies(
  scene: Phaser.Scene,
  art: ArtName,
  x: number,
  y: number,
  size: number,
): Phaser.GameObjects.Image[] {
  const { width, height } = scene.scale;
  const spots = [
    [0.12, 0.15],
    [0.35, 0.1],
    [0.62, 0.14],
    [0.9, 0.2],
    [0.08, 0.55],
    [0.7, 0.5],
    [0.93, 0.62],
    [0.5, 0.3],
  ] as const;
  return spots.map(([sx, sy], index) => {
    const copy = scene.add.image(x, y, art).setDisplaySize(size, size).setAlpha(0);
    scene.tweens.add({
      targets: copy,
      x: width * sx,
      y: height * sy,
      alpha: 0.85,
      angle: (index % 2 ? 1 : -1) * 12,
      delay: 350 * index,
      duration: 900,
      ease: 'Sine.out',
    });
    return copy;
  });
}

/** A small burst of stars that float up and fade, then are destroyed so nothing is left behind. */
export function celebrate(scene: Phaser.Scene, art: ArtName, x: number, y: number): void {
  const count = 8;
  for (let i = 0; i < count; i += 1) {
    const angle = (Math.PI * 2 * i) / count;
    const star = scene.add.image(x, y, art).setDisplaySize(36, 36);
    scene.tweens.add({
      targets: star,
      x: x + Math.cos(angle) * 140,
      y: y + Math.sin(angle) * 110 - 40,
      alpha: 0,
      duration: 1100,
      ease: 'Cubic.out',
      onComplete: () => star.destroy(),
    });
  }
}
