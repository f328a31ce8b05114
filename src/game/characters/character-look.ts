import type { ArtName } from '../../core/content/art-names';

export type HairStyle = 'short' | 'bunches' | 'curls';

/** How a character looks: the same from step to step of a scenario. */
export interface CharacterLook {
  readonly skin: number;
  readonly hair: number;
  readonly hairStyle: HairStyle;
  readonly shirt: number;
  readonly trousers: number;
}

const skins = [0xf9d7b9, 0xe8b58f, 0xc68642, 0x8d5524, 0xf1c27d, 0xa86b4c];
const hairs = [0x2b1b10, 0x6b3e26, 0xd9a441, 0x1a1a1a, 0xa0522d, 0x4a2c1a];
const shirts = [0xef476f, 0x118ab2, 0x06d6a0, 0xffb703, 0x8e7dff, 0xff7f50, 0x2a9d8f];
const trousers = [0x264653, 0x3d5a80, 0x6d597a, 0x33415c];

function hashOf(text: string): number {
  let hash = 7;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash;
}

function pick<T>(list: readonly T[], hash: number, salt: number): T {
  const item = list[(hash >>> salt) % list.length];
  if (item === undefined) throw new Error('empty list');
  return item;
}

/**
 * A hero's look, from the scenario's hero picture (boy, girl or child) and its id, so each story has
 * its own recognisable character while the same story always draws the same one.
 */
export function lookFor(hero: ArtName, scenarioId: string): CharacterLook {
  const hash = hashOf(scenarioId);
  const hairStyle: HairStyle = hero === 'girl' ? 'bunches' : hero === 'boy' ? 'short' : 'curls';
  return {
    skin: pick(skins, hash, 0),
    hair: pick(hairs, hash, 3),
    hairStyle,
    shirt: pick(shirts, hash, 6),
    trousers: pick(trousers, hash, 9),
  };
}
