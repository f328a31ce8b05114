import {
  bookshelf,
  curtains,
  floorLine,
  frame,
  plant,
  room,
  rug,
  shade,
  star,
  table,
  windowPane,
  type G,
} from './setting-parts';
import type { SettingLayers } from './setting-layers';

const sofa = (g: G, x: number, base: number, wide: number, colour: number): void => {
  const high = wide * 0.42;
  g.fillStyle(shade(colour, 0.8)).fillRoundedRect(x, base - high, wide, high * 0.7, 18);
  g.fillStyle(colour).fillRoundedRect(x + wide * 0.05, base - high * 0.5, wide * 0.9, high * 0.45, 14);
  g.fillStyle(shade(colour, 0.9))
    .fillRoundedRect(x - wide * 0.04, base - high * 0.6, wide * 0.14, high * 0.6, 12)
    .fillRoundedRect(x + wide * 0.9, base - high * 0.6, wide * 0.14, high * 0.6, 12);
  g.fillStyle(0xffe08a).fillRoundedRect(x + wide * 0.15, base - high * 0.75, wide * 0.18, high * 0.28, 8);
};

export const home: SettingLayers = {
  back(g, w, h) {
    room(g, w, h, 0xffe9c7, 0xc98f5a);
    windowPane(g, w * 0.06, h * 0.12, w * 0.16, h * 0.3);
    curtains(g, w * 0.06, h * 0.12, w * 0.16, h * 0.3, 0xf28b82);
    frame(g, w * 0.3, h * 0.14, w * 0.08, h * 0.14, 0x8ecae6);
    g.fillStyle(0xffd166).fillTriangle(w * 0.86, h * 0.08, w * 0.82, h * 0.16, w * 0.9, h * 0.16);
  },
  middle(g, w, h) {
    sofa(g, w * 0.6, h * floorLine, w * 0.32, 0x7aa6e6);
    rug(g, w * 0.45, h * 0.88, w * 0.5, h * 0.12, 0xf2b8c6);
  },
  front(g, w, h) {
    plant(g, w * 0.05, h, h * 0.3);
    table(g, w * 0.78, h * 0.93, w * 0.16, h * 0.1, 0xa8743f);
  },
};

export const bedroom: SettingLayers = {
  back(g, w, h) {
    room(g, w, h, 0xdcd3ff, 0xb9875f);
    windowPane(g, w * 0.72, h * 0.1, w * 0.14, h * 0.26, 0x6fb7ff);
    curtains(g, w * 0.72, h * 0.1, w * 0.14, h * 0.26, 0xffb44d);
    bookshelf(g, w * 0.42, h * 0.1, w * 0.18, 2, h * 0.1);
    g.fillStyle(0xffffff, 0.7)
      .fillCircle(w * 0.2, h * 0.18, 6)
      .fillCircle(w * 0.26, h * 0.1, 4);
  },
  middle(g, w, h) {
    const f = h * floorLine;
    g.fillStyle(0x8d6748).fillRoundedRect(w * 0.02, f - h * 0.3, w * 0.05, h * 0.3, 8);
    g.fillStyle(0xffffff).fillRoundedRect(w * 0.04, f - h * 0.2, w * 0.28, h * 0.12, 10);
    g.fillStyle(0xffb44d).fillRoundedRect(w * 0.12, f - h * 0.2, w * 0.2, h * 0.14, 10);
    g.fillStyle(0xffe0a3).fillRect(w * 0.12, f - h * 0.16, w * 0.2, h * 0.025);
    g.fillStyle(0x8d6748).fillRect(w * 0.04, f - h * 0.08, w * 0.28, h * 0.08);
    rug(g, w * 0.5, h * 0.88, w * 0.4, h * 0.1, 0x9ad0c2);
  },
  front(g, w, h) {
    // A toy box, its lid ajar.
    g.fillStyle(0x4d8fe8).fillRoundedRect(w * 0.84, h * 0.84, w * 0.14, h * 0.16, 6);
    g.fillStyle(0xffc93c).fillRect(w * 0.84, h * 0.9, w * 0.14, h * 0.025);
    g.fillStyle(0x3a75c4).fillRoundedRect(w * 0.835, h * 0.8, w * 0.15, h * 0.05, 6);
  },
};

export const kitchen: SettingLayers = {
  back(g, w, h) {
    room(g, w, h, 0xd8f3ef, 0xe8d2b0);
    for (let x = 0; x < w; x += 28) g.fillStyle(0xffffff, 0.35).fillRect(x, h * 0.42, 2, h * 0.2);
    g.fillStyle(0xffffff).fillRoundedRect(w * 0.62, h * 0.08, w * 0.32, h * 0.16, 8);
    g.lineStyle(3, 0xcfd8dc)
      .strokeRect(w * 0.62, h * 0.08, w * 0.16, h * 0.16)
      .strokeRect(w * 0.78, h * 0.08, w * 0.16, h * 0.16);
    windowPane(g, w * 0.06, h * 0.1, w * 0.16, h * 0.26);
    g.fillStyle(0xff8a3d).fillCircle(w * 0.4, h * 0.18, h * 0.06);
    g.fillStyle(0xffffff).fillCircle(w * 0.4, h * 0.18, h * 0.045);
  },
  middle(g, w, h) {
    const f = h * floorLine;
    g.fillStyle(0xf5f5f5).fillRect(w * 0.6, h * 0.46, w * 0.4, f - h * 0.46);
    g.fillStyle(0x90a4ae).fillRect(w * 0.6, h * 0.46, w * 0.4, 10);
    g.lineStyle(3, 0xcfd8dc)
      .strokeRect(w * 0.62, h * 0.52, w * 0.16, f - h * 0.54)
      .strokeRect(w * 0.8, h * 0.52, w * 0.16, f - h * 0.54);
    g.fillStyle(0xe85d75).fillCircle(w * 0.7, h * 0.42, h * 0.035);
    g.fillStyle(0xffc93c).fillCircle(w * 0.76, h * 0.43, h * 0.03);
  },
  front(g, w, h) {
    table(g, w * 0.72, h * 0.9, w * 0.26, h * 0.12, 0xd49a5a);
    g.fillStyle(0xffffff).fillEllipse(w * 0.82, h * 0.87, w * 0.06, h * 0.03);
  },
};

export const gamesRoom: SettingLayers = {
  back(g, w, h) {
    room(g, w, h, 0x3d3b6e, 0x6b5b95, 0x9c8cff);
    [0.12, 0.3, 0.55, 0.8].forEach((x, i) => {
      g.fillStyle([0xffd166, 0x06d6a0, 0xef476f, 0x118ab2][i] ?? 0xffffff, 0.9);
      star(g, w * x, h * (0.12 + (i % 2) * 0.1), 6, 14);
    });
    g.fillStyle(0x222233).fillRoundedRect(w * 0.58, h * 0.2, w * 0.3, h * 0.28, 8);
    g.fillGradientStyle(0x4cc9f0, 0x4361ee, 0x7209b7, 0xf72585).fillRect(
      w * 0.6,
      h * 0.22,
      w * 0.26,
      h * 0.24,
    );
  },
  middle(g, w, h) {
    g.fillStyle(0x222233).fillRect(w * 0.7, h * 0.48, w * 0.06, h * 0.06);
    sofa(g, w * 0.56, h * floorLine, w * 0.36, 0xef476f);
    rug(g, w * 0.45, h * 0.88, w * 0.56, h * 0.12, 0x06d6a0);
  },
  front(g, w, h) {
    g.fillStyle(0xffd166).fillRoundedRect(w * 0.02, h * 0.8, w * 0.12, h * 0.2, 14);
    g.fillStyle(0x118ab2).fillCircle(w * 0.95, h * 0.94, h * 0.08);
  },
};

export const grandparents: SettingLayers = {
  back(g, w, h) {
    room(g, w, h, 0xf6e7d8, 0x8d6e63);
    for (let x = 0; x < w; x += 40) g.fillStyle(0xe9cfc0, 0.8).fillRect(x, 0, 18, h * 0.72);
    frame(g, w * 0.08, h * 0.12, w * 0.1, h * 0.16, 0xa5d6a7);
    frame(g, w * 0.22, h * 0.18, w * 0.07, h * 0.11, 0xffccbc);
    g.fillStyle(0x6d4c41).fillRoundedRect(w * 0.78, h * 0.06, w * 0.08, h * 0.3, 8);
    g.fillStyle(0xfff8e1).fillCircle(w * 0.82, h * 0.13, w * 0.03);
  },
  middle(g, w, h) {
    const f = h * floorLine;
    g.fillStyle(0x9c4f4f).fillRoundedRect(w * 0.66, f - h * 0.42, w * 0.2, h * 0.3, 24);
    g.fillStyle(0xb85c5c).fillRoundedRect(w * 0.64, f - h * 0.18, w * 0.24, h * 0.18, 16);
    g.fillStyle(0xfff3c4).fillCircle(w * 0.76, f - h * 0.3, h * 0.05);
    rug(g, w * 0.45, h * 0.88, w * 0.5, h * 0.12, 0xce93d8);
  },
  front(g, w, h) {
    g.fillStyle(0x6d4c41).fillRect(w * 0.03, h * 0.72, w * 0.012, h * 0.28);
    g.fillStyle(0xffe082).fillTriangle(w * 0.0, h * 0.74, w * 0.036, h * 0.6, w * 0.075, h * 0.74);
    g.fillStyle(0xffab91).fillCircle(w * 0.93, h * 0.93, h * 0.07);
    g.lineStyle(3, 0xef6c00).strokeCircle(w * 0.93, h * 0.93, h * 0.04);
  },
};
