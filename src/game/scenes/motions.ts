import type Phaser from 'phaser';
import type { Motion } from '../../core/content/schema';

type Moving = Phaser.GameObjects.GameObject & Phaser.GameObjects.Components.Transform;

/** Gentle, looping or one-off movements for a character. Any earlier movement stops first. */
export function playMotion(scene: Phaser.Scene, target: Moving, motion: Motion): void {
  scene.tweens.killTweensOf(target);
  target.setAngle(0).setScale(1);
  switch (motion) {
    case 'bob':
      scene.tweens.add({
        targets: target,
        scaleY: 1.025,
        duration: 1100,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.inOut',
      });
      break;
    case 'wobble':
      // A wobbly tummy: a small side-to-side rock, never a shake that could startle.
      scene.tweens.add({
        targets: target,
        angle: { from: -4, to: 4 },
        duration: 420,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.inOut',
      });
      break;
    case 'bounce':
      scene.tweens.add({
        targets: target,
        y: '-=36',
        duration: 320,
        yoyo: true,
        repeat: 2,
        ease: 'Quad.out',
      });
      break;
    case 'shrug':
      scene.tweens.add({
        targets: target,
        angle: { from: 0, to: -6 },
        duration: 420,
        yoyo: true,
        ease: 'Sine.inOut',
      });
      break;
  }
}

/** A relieved sigh: the shoulders drop slowly and come back up. */
export function sigh(scene: Phaser.Scene, target: Moving): void {
  scene.tweens.killTweensOf(target);
  target.setAngle(0).setScale(1);
  scene.tweens.add({
    targets: target,
    scaleY: 0.93,
    scaleX: 1.03,
    duration: 700,
    yoyo: true,
    hold: 250,
    ease: 'Sine.inOut',
  });
}

/** A thinking pause: the head tilts to one side and stays there a moment. */
export function ponder(scene: Phaser.Scene, target: Moving): void {
  scene.tweens.killTweensOf(target);
  target.setAngle(0).setScale(1);
  scene.tweens.add({
    targets: target,
    angle: 4,
    duration: 900,
    yoyo: true,
    hold: 1200,
    repeat: -1,
    repeatDelay: 600,
    ease: 'Sine.inOut',
  });
}

/** A character walks in from the side of the scene to `x`. */
export function enter(scene: Phaser.Scene, target: Moving, x: number, width: number): void {
  const from = x < scene.scale.width / 2 ? -width : scene.scale.width + width;
  target.setX(from);
  scene.tweens.add({ targets: target, x, duration: 800, ease: 'Back.out' });
}

/** Something appears with a pop: it grows from nothing with a little overshoot. */
export function popIn(scene: Phaser.Scene, target: Moving, delay = 0): void {
  const { scaleX, scaleY } = target;
  target.setScale(0);
  scene.tweens.add({ targets: target, scaleX, scaleY, delay, duration: 420, ease: 'Back.out' });
}
