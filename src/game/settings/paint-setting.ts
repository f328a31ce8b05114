import type Phaser from 'phaser';
import type { SettingName } from '../../core/content/schema';

/** Where the floor starts, as a share of the height: characters stand on this line. */
export const floorLine = 0.78;

type Painter = (g: Phaser.GameObjects.Graphics, w: number, h: number) => void;

function room(g: Phaser.GameObjects.Graphics, w: number, h: number, wall: number, floor: number): void {
  g.fillStyle(wall).fillRect(0, 0, w, h * floorLine);
  g.fillStyle(floor).fillRect(0, h * floorLine, w, h * (1 - floorLine));
  g.fillStyle(0xffffff, 0.35).fillRect(0, h * floorLine - 6, w, 6);
}

function paneWindow(g: Phaser.GameObjects.Graphics, x: number, y: number, size: number): void {
  g.fillStyle(0xffffff).fillRoundedRect(x - 6, y - 6, size * 1.4 + 12, size + 12, 10);
  g.fillStyle(0x9fd8ff).fillRoundedRect(x, y, size * 1.4, size, 6);
  g.fillStyle(0xffffff)
    .fillRect(x + size * 0.7 - 3, y, 6, size)
    .fillRect(x, y + size / 2 - 3, size * 1.4, 6);
}

const painters: Record<SettingName, Painter> = {
  home(g, w, h) {
    room(g, w, h, 0xffe9c7, 0xc98f5a);
    paneWindow(g, w * 0.08, h * 0.12, h * 0.28);
    // A sofa on the right, and a rug.
    g.fillStyle(0x7aa6e6).fillRoundedRect(w * 0.62, h * 0.5, w * 0.32, h * 0.24, 24);
    g.fillStyle(0x5d8fd9).fillRoundedRect(w * 0.6, h * 0.6, w * 0.36, h * 0.16, 20);
    g.fillStyle(0xf2b8c6).fillEllipse(w * 0.45, h * 0.88, w * 0.5, h * 0.12);
  },
  bedroom(g, w, h) {
    room(g, w, h, 0xdcd3ff, 0xb9875f);
    paneWindow(g, w * 0.7, h * 0.1, h * 0.26);
    // A bed with a pillow and a striped duvet.
    g.fillStyle(0x8d6748).fillRoundedRect(w * 0.04, h * 0.52, w * 0.3, h * 0.26, 12);
    g.fillStyle(0xffffff).fillRoundedRect(w * 0.06, h * 0.5, w * 0.1, h * 0.08, 12);
    g.fillStyle(0xffb44d).fillRoundedRect(w * 0.15, h * 0.52, w * 0.19, h * 0.18, 10);
    // A shelf of books.
    g.fillStyle(0x8d6748).fillRect(w * 0.42, h * 0.2, w * 0.18, 8);
    [0xe85d75, 0x4caf84, 0x4d8fe8, 0xffc93c].forEach((colour, i) => {
      g.fillStyle(colour).fillRect(w * 0.43 + i * w * 0.035, h * 0.2 - h * 0.09, w * 0.028, h * 0.09);
    });
  },
  classroom(g, w, h) {
    room(g, w, h, 0xd7f0d2, 0xa7b0bd);
    g.fillStyle(0x2f5d50).fillRoundedRect(w * 0.25, h * 0.1, w * 0.5, h * 0.32, 10);
    g.fillStyle(0xffffff, 0.6)
      .fillRect(w * 0.3, h * 0.18, w * 0.2, 5)
      .fillRect(w * 0.3, h * 0.26, w * 0.3, 5);
    g.fillStyle(0xd49a5a)
      .fillRect(w * 0.05, h * 0.62, w * 0.22, h * 0.05)
      .fillRect(w * 0.73, h * 0.62, w * 0.22, h * 0.05);
  },
  park(g, w, h) {
    g.fillGradientStyle(0x8fd3ff, 0x8fd3ff, 0xd9f3ff, 0xd9f3ff).fillRect(0, 0, w, h * floorLine);
    g.fillStyle(0x7bc96f).fillRect(0, h * floorLine, w, h * (1 - floorLine));
    g.fillStyle(0x6ab65f).fillEllipse(w * 0.2, h * floorLine, w * 0.6, h * 0.18);
    [0.1, 0.85].forEach((x) => {
      g.fillStyle(0x8d6748).fillRect(w * x - 10, h * 0.45, 20, h * 0.33);
      g.fillStyle(0x4caf50).fillCircle(w * x, h * 0.4, h * 0.13);
    });
  },
};

/** Draws a setting's still background to fill `w` by `h`. */
export function paintSetting(
  g: Phaser.GameObjects.Graphics,
  setting: SettingName,
  w: number,
  h: number,
): void {
  g.clear();
  painters[setting](g, w, h);
}
