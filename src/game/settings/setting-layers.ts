import type { G } from './setting-parts';

type Painter = (g: G, w: number, h: number) => void;

/** A place drawn in three layers for depth: behind everything, behind the characters, in front of them. */
export interface SettingLayers {
  readonly back: Painter;
  readonly middle: Painter;
  readonly front: Painter;
}
