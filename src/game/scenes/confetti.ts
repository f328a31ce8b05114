import type Phaser from 'phaser';

const colours = [0xef476f, 0xffd166, 0x06d6a0, 0x118ab2, 0x8e7dff, 0xff8fab];

/**
 * Confetti falls across the scene and is destroyed when it lands, so nothing is left behind.
 * `pieces` is bigger for the last stop of the journey.
 */
export function confetti(scene: Phaser.Scene, pieces: number): void {
  const { width, height } = scene.scale;
  for (let i = 0; i < pieces; i += 1) {
    const size = 6 + ((i * 7) % 8);
    const colour = colours[i % colours.length] ?? 0xffffff;
    const piece = scene.add
      .rectangle(((i * 97) % 100) * width * 0.01, -20 - ((i * 53) % 120), size, size * 0.6, colour)
      .setDepth(20)
      .setAngle((i * 37) % 180);
    scene.tweens.add({
      targets: piece,
      y: height + 20,
      x: piece.x + (((i * 31) % 120) - 60),
      angle: piece.angle + 360,
      delay: (i * 23) % 900,
      duration: 1800 + ((i * 41) % 900),
      ease: 'Sine.in',
      onComplete: () => piece.destroy(),
    });
  }
}
