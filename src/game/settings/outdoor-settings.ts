import { bush, cloud, floorLine, flowers, hills, outdoors, shade, sun, tree, type G } from './setting-parts';
import type { SettingLayers } from './setting-layers';

const fence = (g: G, w: number, base: number, high: number, colour: number): void => {
  g.fillStyle(colour)
    .fillRect(0, base - high * 0.7, w, high * 0.12)
    .fillRect(0, base - high * 0.35, w, high * 0.12);
  for (let x = 10; x < w; x += 34) {
    g.fillRoundedRect(x, base - high, 16, high, { tl: 8, tr: 8, bl: 0, br: 0 });
  }
};

export const park: SettingLayers = {
  back(g, w, h) {
    outdoors(g, w, h, 0x8fd3ff, 0x7bc96f);
    sun(g, w * 0.88, h * 0.14, h * 0.07);
    cloud(g, w * 0.15, h * 0.14, h * 0.1);
    cloud(g, w * 0.55, h * 0.1, h * 0.08);
    hills(g, w, h, 0x9bd88f);
    tree(g, w * 0.1, h * floorLine, h * 0.4);
  },
  middle(g, w, h) {
    const f = h * floorLine;
    tree(g, w * 0.82, f, h * 0.5, 0x43a047);
    g.fillStyle(0x8d6748)
      .fillRect(w * 0.58, f - h * 0.12, w * 0.16, h * 0.03)
      .fillRect(w * 0.58, f - h * 0.2, w * 0.16, h * 0.03);
    g.fillRect(w * 0.6, f - h * 0.12, 6, h * 0.12).fillRect(w * 0.72 - 6, f - h * 0.12, 6, h * 0.12);
    g.fillStyle(0xe8d8b0).fillEllipse(w * 0.45, h * 0.9, w * 0.7, h * 0.1);
  },
  front(g, w, h) {
    bush(g, w * 0.04, h, h * 0.22);
    flowers(g, w * 0.92, h, h * 0.2);
  },
};

export const garden: SettingLayers = {
  back(g, w, h) {
    outdoors(g, w, h, 0x7ec8f2, 0x8bd17c);
    sun(g, w * 0.12, h * 0.14, h * 0.07);
    cloud(g, w * 0.7, h * 0.12, h * 0.09);
    const f = h * floorLine;
    g.fillStyle(0xf4a261).fillRect(w * 0.62, f - h * 0.5, w * 0.36, h * 0.5);
    g.fillStyle(0xe76f51).fillTriangle(w * 0.6, f - h * 0.5, w * 0.8, f - h * 0.72, w * 1.0, f - h * 0.5);
    g.fillStyle(0xffffff).fillRoundedRect(w * 0.68, f - h * 0.38, w * 0.1, h * 0.14, 4);
    g.fillStyle(0x264653).fillRoundedRect(w * 0.84, f - h * 0.3, w * 0.08, h * 0.3, 4);
  },
  middle(g, w, h) {
    fence(g, w * 0.6, h * floorLine, h * 0.22, 0xfff8e7);
    flowers(g, w * 0.2, h * floorLine, h * 0.16);
  },
  front(g, w, h) {
    g.fillStyle(0x8d6748).fillRoundedRect(w * 0.02, h * 0.86, w * 0.14, h * 0.14, 6);
    flowers(g, w * 0.09, h * 0.88, h * 0.2);
    bush(g, w * 0.95, h, h * 0.2, 0x4caf50);
  },
};

export const playground: SettingLayers = {
  back(g, w, h) {
    outdoors(g, w, h, 0x9ad8ff, 0xb0a8a0);
    cloud(g, w * 0.3, h * 0.12, h * 0.09);
    const f = h * floorLine;
    g.fillStyle(0xc0553f).fillRect(0, f - h * 0.46, w * 0.3, h * 0.46);
    for (let y = f - h * 0.44; y < f; y += 14) g.fillStyle(shade(0xc0553f, 0.85)).fillRect(0, y, w * 0.3, 2);
    g.fillStyle(0xffffff)
      .fillRoundedRect(w * 0.05, f - h * 0.38, w * 0.08, h * 0.14, 4)
      .fillRoundedRect(w * 0.17, f - h * 0.38, w * 0.08, h * 0.14, 4);
  },
  middle(g, w, h) {
    const f = h * floorLine;
    g.lineStyle(8, 0xef476f)
      .lineBetween(w * 0.66, f, w * 0.7, f - h * 0.45)
      .lineBetween(w * 0.9, f, w * 0.86, f - h * 0.45);
    g.lineBetween(w * 0.68, f - h * 0.45, w * 0.88, f - h * 0.45);
    g.lineStyle(3, 0x555555)
      .lineBetween(w * 0.74, f - h * 0.45, w * 0.74, f - h * 0.14)
      .lineBetween(w * 0.8, f - h * 0.45, w * 0.8, f - h * 0.14);
    g.fillStyle(0xffd166).fillRect(w * 0.73, f - h * 0.15, w * 0.08, h * 0.03);
    g.lineStyle(4, 0xffffff, 0.8)
      .strokeCircle(w * 0.45, h * 0.9, h * 0.05)
      .strokeRect(w * 0.52, h * 0.84, w * 0.05, h * 0.05);
  },
  front(g, w, h) {
    g.fillStyle(0x06d6a0).fillCircle(w * 0.05, h * 0.92, h * 0.07);
    g.fillStyle(0xffffff).fillCircle(w * 0.035, h * 0.9, h * 0.02);
    bush(g, w * 0.96, h, h * 0.18);
  },
};

export const bus: SettingLayers = {
  back(g, w, h) {
    g.fillStyle(0xfff3c4).fillRect(0, 0, w, h);
    const top = h * 0.1;
    const high = h * 0.34;
    g.fillGradientStyle(0x8fd3ff, 0x8fd3ff, 0xe9f7ff, 0xe9f7ff).fillRect(0, top, w, high);
    hills(g, w, h * 0.55, 0x9bd88f);
    tree(g, w * 0.3, top + high, h * 0.2);
    tree(g, w * 0.75, top + high, h * 0.24, 0x43a047);
    cloud(g, w * 0.55, top + h * 0.08, h * 0.06);
    for (let x = 0; x <= w; x += w / 4) g.fillStyle(0xffc93c).fillRect(x - 8, top - 4, 16, high + 8);
    g.fillStyle(0xffc93c)
      .fillRect(0, top - 6, w, 10)
      .fillRect(0, top + high, w, 14);
    g.fillStyle(0x9e9e9e).fillRect(0, h * 0.05, w, 6);
    g.fillStyle(0xbdbdbd).fillRect(0, h * floorLine, w, h * (1 - floorLine));
  },
  middle(g, w, h) {
    const f = h * floorLine;
    for (const x of [0.02, 0.7]) {
      g.fillStyle(0x1565c0).fillRoundedRect(w * x, f - h * 0.34, w * 0.1, h * 0.3, 12);
      g.fillStyle(0x1e88e5).fillRoundedRect(w * x, f - h * 0.12, w * 0.26, h * 0.1, 10);
    }
    g.fillStyle(0x9e9e9e).fillRect(w * 0.6, h * 0.05, 6, f - h * 0.05);
  },
  front(g, w, h) {
    g.fillStyle(0x0d47a1).fillRoundedRect(w * 0.84, h * 0.7, w * 0.16, h * 0.3, 14);
    g.fillStyle(0x1565c0).fillRoundedRect(-10, h * 0.76, w * 0.12, h * 0.26, 14);
  },
};
