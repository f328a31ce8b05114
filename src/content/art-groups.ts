import type { ArtName } from '../core/content/art-names';

/** The pictures the first screens show (title, pupils, key stages), shipped in the first chunk. */
export const earlyArtNames = [
  'owl',
  'dog',
  'cat',
  'rabbit',
  'fox',
  'panda',
  'lion',
  'frog',
  'unicorn',
  'turtle',
  'penguin',
  'speaker',
  'mute',
  'readAloud',
  'rocket',
  'gear',
] as const satisfies readonly ArtName[];

export type EarlyArtName = (typeof earlyArtNames)[number];
export type LaterArtName = Exclude<ArtName, EarlyArtName>;
