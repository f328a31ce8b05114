import type Phaser from 'phaser';

/** Where the floor starts, as a share of the height: characters stand on this line. */
export const floorLine = 0.78;

export type G = Phaser.GameObjects.Graphics;

/** A wall with a skirting board and a floor with a soft shadow where they meet. */
export function room(g: G, w: number, h: number, wall: number, floor: number, skirting = 0xffffff): void {
  const f = h * floorLine;
  g.fillGradientStyle(wall, wall, shade(wall, 0.9), shade(wall, 0.9)).fillRect(0, 0, w, f);
  g.fillStyle(shade(wall, 0.85)).fillRect(0, f - h * 0.05, w, h * 0.05);
  g.fillStyle(skirting, 0.7).fillRect(0, f - h * 0.05, w, 4);
  g.fillGradientStyle(floor, floor, shade(floor, 0.8), shade(floor, 0.8)).fillRect(0, f, w, h - f);
}

/** An outdoor sky fading to pale at the horizon, and the grass. */
export function outdoors(g: G, w: number, h: number, top: number, grass: number): void {
  const f = h * floorLine;
  g.fillGradientStyle(top, top, 0xe9f7ff, 0xe9f7ff).fillRect(0, 0, w, f);
  g.fillGradientStyle(grass, grass, shade(grass, 0.8), shade(grass, 0.8)).fillRect(0, f, w, h - f);
}

/** A colour made darker (factor below 1) or lighter (above 1). */
export function shade(colour: number, factor: number): number {
  const channel = (shift: number): number =>
    Math.max(0, Math.min(255, Math.round(((colour >> shift) & 0xff) * factor)));
  return (channel(16) << 16) | (channel(8) << 8) | channel(0);
}

export function windowPane(g: G, x: number, y: number, wide: number, high: number, sky = 0x9fd8ff): void {
  g.fillStyle(0xffffff).fillRoundedRect(x - 6, y - 6, wide + 12, high + 12, 8);
  g.fillGradientStyle(sky, sky, 0xe6f6ff, 0xe6f6ff).fillRect(x, y, wide, high);
  g.fillStyle(0x9ad48a).fillEllipse(x + wide * 0.3, y + high, wide * 0.9, high * 0.5);
  g.fillStyle(0xffffff)
    .fillRect(x + wide / 2 - 3, y, 6, high)
    .fillRect(x, y + high / 2 - 3, wide, 6);
}

export function curtains(g: G, x: number, y: number, wide: number, high: number, colour: number): void {
  g.fillStyle(colour).fillRoundedRect(x - wide * 0.12, y - 10, wide * 0.18, high + 24, 10);
  g.fillRoundedRect(x + wide * 0.94, y - 10, wide * 0.18, high + 24, 10);
}

export function cloud(g: G, x: number, y: number, size: number): void {
  g.fillStyle(0xffffff, 0.95)
    .fillCircle(x, y, size * 0.5)
    .fillCircle(x + size * 0.5, y - size * 0.2, size * 0.6)
    .fillCircle(x + size, y, size * 0.45);
}

export function sun(g: G, x: number, y: number, size: number): void {
  g.fillStyle(0xfff2a8, 0.6).fillCircle(x, y, size * 1.4);
  g.fillStyle(0xffd84d).fillCircle(x, y, size);
}

export function hills(g: G, w: number, h: number, colour: number): void {
  const f = h * floorLine;
  g.fillStyle(colour)
    .fillEllipse(w * 0.15, f, w * 0.6, h * 0.3)
    .fillEllipse(w * 0.7, f + h * 0.02, w * 0.8, h * 0.34);
}

export function tree(g: G, x: number, base: number, size: number, leaf = 0x4caf50): void {
  g.fillStyle(0x8d6748).fillRoundedRect(x - size * 0.08, base - size * 0.9, size * 0.16, size * 0.9, 4);
  g.fillStyle(shade(leaf, 0.85)).fillCircle(x - size * 0.25, base - size * 0.95, size * 0.35);
  g.fillStyle(leaf)
    .fillCircle(x + size * 0.2, base - size * 1.0, size * 0.38)
    .fillCircle(x, base - size * 1.25, size * 0.4);
}

export function bush(g: G, x: number, base: number, size: number, colour = 0x5cb85c): void {
  g.fillStyle(shade(colour, 0.85)).fillEllipse(x, base, size * 1.4, size * 0.8);
  g.fillStyle(colour)
    .fillCircle(x - size * 0.3, base - size * 0.2, size * 0.38)
    .fillCircle(x + size * 0.25, base - size * 0.25, size * 0.42);
}

export function flowers(g: G, x: number, base: number, size: number): void {
  const colours = [0xff8fab, 0xffd166, 0xffffff, 0xb388ff];
  for (let i = 0; i < 5; i += 1) {
    const fx = x + (i - 2) * size * 0.35;
    const fy = base - size * (0.3 + (i % 2) * 0.2);
    g.fillStyle(0x4caf50).fillRect(fx - 1.5, fy, 3, base - fy);
    g.fillStyle(colours[i % colours.length] ?? 0xffffff).fillCircle(fx, fy, size * 0.13);
    g.fillStyle(0xffb300).fillCircle(fx, fy, size * 0.05);
  }
}

/** A shelf of books in cheerful colours. */
export function bookshelf(g: G, x: number, y: number, wide: number, rows: number, rowHigh: number): void {
  const colours = [0xe85d75, 0x4caf84, 0x4d8fe8, 0xffc93c, 0x9c6ade, 0xff8a3d];
  g.fillStyle(0x8d6748).fillRoundedRect(x - 8, y - 8, wide + 16, rows * rowHigh + 16, 6);
  g.fillStyle(0x6d4c35).fillRect(x, y, wide, rows * rowHigh);
  for (let r = 0; r < rows; r += 1) {
    let bx = x + 4;
    let i = r * 3;
    while (bx < x + wide - 14) {
      const bw = 10 + ((i * 7) % 9);
      const bh = rowHigh * (0.65 + ((i * 5) % 4) * 0.07);
      g.fillStyle(colours[i % colours.length] ?? 0xffffff).fillRect(bx, y + (r + 1) * rowHigh - bh, bw, bh);
      bx += bw + 2;
      i += 1;
    }
    g.fillStyle(0x8d6748).fillRect(x, y + (r + 1) * rowHigh - 4, wide, 6);
  }
}

export function frame(g: G, x: number, y: number, wide: number, high: number, picture: number): void {
  g.fillStyle(0xc48b4f).fillRoundedRect(x - 5, y - 5, wide + 10, high + 10, 4);
  g.fillStyle(picture).fillRect(x, y, wide, high);
  g.fillStyle(0xffffff, 0.6).fillCircle(x + wide * 0.7, y + high * 0.3, Math.min(wide, high) * 0.15);
  g.fillStyle(shade(picture, 0.7)).fillTriangle(
    x,
    y + high,
    x + wide * 0.5,
    y + high * 0.4,
    x + wide,
    y + high,
  );
}

export function table(g: G, x: number, top: number, wide: number, high: number, colour = 0xc98f5a): void {
  g.fillStyle(shade(colour, 0.75))
    .fillRect(x + wide * 0.06, top, wide * 0.06, high)
    .fillRect(x + wide * 0.88, top, wide * 0.06, high);
  g.fillStyle(colour).fillRoundedRect(x, top - 10, wide, 18, 6);
}

export function plant(g: G, x: number, base: number, size: number): void {
  g.fillStyle(0x3f9b57)
    .fillEllipse(x - size * 0.2, base - size * 0.75, size * 0.3, size * 0.8)
    .fillEllipse(x + size * 0.2, base - size * 0.7, size * 0.3, size * 0.8);
  g.fillStyle(0x56c271).fillEllipse(x, base - size * 0.85, size * 0.3, size * 0.9);
  g.fillStyle(0xd9774b).fillRoundedRect(x - size * 0.28, base - size * 0.38, size * 0.56, size * 0.38, 6);
}

export function rug(g: G, x: number, y: number, wide: number, high: number, colour: number): void {
  g.fillStyle(colour).fillEllipse(x, y, wide, high);
  g.lineStyle(4, 0xffffff, 0.5).strokeEllipse(x, y, wide * 0.8, high * 0.7);
}

/** A star with five points. */
export function star(g: G, x: number, y: number, inner: number, outer: number): void {
  g.beginPath();
  for (let i = 0; i < 10; i += 1) {
    const radius = i % 2 ? inner : outer;
    const angle = (Math.PI * i) / 5 - Math.PI / 2;
    const px = x + Math.cos(angle) * radius;
    const py = y + Math.sin(angle) * radius;
    if (i === 0) g.moveTo(px, py);
    else g.lineTo(px, py);
  }
  g.closePath().fillPath();
}
