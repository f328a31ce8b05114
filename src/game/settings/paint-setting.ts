import type Phaser from 'phaser';
import type { SettingName } from '../../core/content/schema';
import { bedroom, home, kitchen, gamesRoom, grandparents } from './home-settings';
import { classroom, club, computerRoom, library } from './school-settings';
import { bus, garden, park, playground } from './outdoor-settings';
import type { SettingLayers } from './setting-layers';

export { floorLine } from './setting-parts';

const settings: Record<SettingName, SettingLayers> = {
  home,
  bedroom,
  kitchen,
  gamesRoom,
  grandparents,
  classroom,
  club,
  computerRoom,
  library,
  bus,
  garden,
  park,
  playground,
};

type Graphics = Phaser.GameObjects.Graphics;

/**
 * Draws a setting to fill `w` by `h` in three layers: `back` and `middle` behind the characters, `front`
 * in front of them, so the place has depth.
 */
export function paintSetting(
  layers: { back: Graphics; middle: Graphics; front: Graphics },
  setting: SettingName,
  w: number,
  h: number,
): void {
  const painter = settings[setting];
  for (const part of ['back', 'middle', 'front'] as const) {
    layers[part].clear();
    painter[part](layers[part], w, h);
  }
}
