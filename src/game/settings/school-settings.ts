import { bookshelf, plant, room, table, windowPane } from './setting-parts';
import type { SettingLayers } from './setting-layers';

export const classroom: SettingLayers = {
  back(g, w, h) {
    room(g, w, h, 0xd7f0d2, 0xa7b0bd);
    g.fillStyle(0x8d6748).fillRoundedRect(w * 0.24, h * 0.08, w * 0.52, h * 0.36, 10);
    g.fillStyle(0x2f5d50).fillRoundedRect(w * 0.25, h * 0.1, w * 0.5, h * 0.32, 8);
    g.fillStyle(0xffffff, 0.65)
      .fillRect(w * 0.3, h * 0.18, w * 0.2, 5)
      .fillRect(w * 0.3, h * 0.26, w * 0.3, 5)
      .fillRect(w * 0.3, h * 0.34, w * 0.12, 5);
    ['A', 'B', 'C'].forEach((_, i) => {
      g.fillStyle([0xff8fab, 0xffd166, 0x8ecae6][i] ?? 0xffffff).fillRect(
        w * (0.04 + i * 0.06),
        h * 0.08,
        w * 0.05,
        h * 0.07,
      );
    });
    windowPane(g, w * 0.82, h * 0.12, w * 0.12, h * 0.24);
  },
  middle(g, w, h) {
    table(g, w * 0.04, h * 0.62, w * 0.22, h * 0.16, 0xd49a5a);
    table(g, w * 0.72, h * 0.62, w * 0.22, h * 0.16, 0xd49a5a);
    g.fillStyle(0x4d8fe8).fillRect(w * 0.1, h * 0.54, w * 0.06, h * 0.06);
  },
  front(g, w, h) {
    g.fillStyle(0xe85d75).fillRoundedRect(w * 0.02, h * 0.86, w * 0.14, h * 0.14, 8);
    g.fillStyle(0xffc93c).fillRoundedRect(w * 0.86, h * 0.84, w * 0.12, h * 0.16, 8);
  },
};

export const library: SettingLayers = {
  back(g, w, h) {
    room(g, w, h, 0xfff1d6, 0x9c7a5b);
    bookshelf(g, w * 0.02, h * 0.08, w * 0.26, 4, h * 0.15);
    bookshelf(g, w * 0.7, h * 0.08, w * 0.28, 4, h * 0.15);
    windowPane(g, w * 0.38, h * 0.08, w * 0.2, h * 0.24);
  },
  middle(g, w, h) {
    table(g, w * 0.56, h * 0.64, w * 0.2, h * 0.14, 0xa8743f);
    g.fillStyle(0x33415c).fillRoundedRect(w * 0.6, h * 0.5, w * 0.1, h * 0.12, 4);
    g.fillStyle(0x9fd8ff).fillRect(w * 0.61, h * 0.51, w * 0.08, h * 0.09);
  },
  front(g, w, h) {
    g.fillStyle(0x4caf84).fillRoundedRect(w * 0.86, h * 0.82, w * 0.1, h * 0.18, 6);
    g.fillStyle(0xe85d75).fillRoundedRect(w * 0.88, h * 0.74, w * 0.08, h * 0.08, 4);
    plant(g, w * 0.04, h, h * 0.28);
  },
};

export const computerRoom: SettingLayers = {
  back(g, w, h) {
    room(g, w, h, 0xe3f2fd, 0xb0bec5);
    windowPane(g, w * 0.06, h * 0.1, w * 0.14, h * 0.24);
    g.fillStyle(0xffffff).fillRoundedRect(w * 0.3, h * 0.08, w * 0.36, h * 0.26, 6);
    g.fillStyle(0x4d8fe8).fillRect(w * 0.34, h * 0.13, w * 0.12, h * 0.05);
    g.fillStyle(0xffc93c).fillRect(w * 0.34, h * 0.21, w * 0.24, h * 0.05);
  },
  middle(g, w, h) {
    for (const x of [0.04, 0.68]) {
      table(g, w * x, h * 0.62, w * 0.28, h * 0.16, 0x90a4ae);
      for (const dx of [0.04, 0.16]) {
        g.fillStyle(0x37474f).fillRoundedRect(w * (x + dx), h * 0.46, w * 0.09, h * 0.13, 4);
        g.fillStyle(0x80deea).fillRect(w * (x + dx) + 4, h * 0.46 + 4, w * 0.09 - 8, h * 0.13 - 8);
      }
    }
  },
  front(g, w, h) {
    g.fillStyle(0x546e7a).fillRoundedRect(w * 0.86, h * 0.82, w * 0.12, h * 0.18, 10);
    plant(g, w * 0.05, h, h * 0.26);
  },
};

export const club: SettingLayers = {
  back(g, w, h) {
    room(g, w, h, 0xfff3b0, 0xd4a373);
    for (let i = 0; i < 9; i += 1) {
      const x = (w * (i + 0.5)) / 9;
      g.fillStyle([0xef476f, 0x06d6a0, 0x118ab2, 0xffd166][i % 4] ?? 0xffffff).fillTriangle(
        x - 14,
        h * 0.06,
        x + 14,
        h * 0.06,
        x,
        h * 0.12,
      );
    }
    g.lineStyle(2, 0x6d4c41).lineBetween(0, h * 0.06, w, h * 0.06);
    g.fillStyle(0xffffff).fillRoundedRect(w * 0.06, h * 0.2, w * 0.2, h * 0.24, 6);
    g.fillStyle(0x90be6d).fillCircle(w * 0.12, h * 0.3, h * 0.05);
    g.fillStyle(0xf9844a).fillRect(w * 0.17, h * 0.26, w * 0.06, h * 0.1);
    windowPane(g, w * 0.72, h * 0.16, w * 0.2, h * 0.24);
  },
  middle(g, w, h) {
    table(g, w * 0.62, h * 0.64, w * 0.32, h * 0.14, 0x8ecae6);
    g.fillStyle(0xffd166).fillRect(w * 0.66, h * 0.56, w * 0.05, h * 0.07);
    g.fillStyle(0xef476f).fillRect(w * 0.74, h * 0.58, w * 0.05, h * 0.05);
    g.fillStyle(0x06d6a0).fillRect(w * 0.82, h * 0.55, w * 0.05, h * 0.08);
  },
  front(g, w, h) {
    g.fillStyle(0xef476f).fillCircle(w * 0.06, h * 0.92, h * 0.09);
    g.fillStyle(0xffffff).fillCircle(w * 0.06, h * 0.92, h * 0.03);
  },
};
