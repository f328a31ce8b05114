/**
 * The pictures of the first screens (title, pupils, key stages: Ollie, the avatars, the sound and settings
 * buttons), in the first chunk.
 * Pictures from Twemoji (graphics CC-BY 4.0, by Twitter, Inc. and contributors) and the body pictures
 * drawn for this game (src/content/body), inlined as data URLs so they travel inside the script: a
 * handful of requests instead of one a picture on a slow, filtered school network.
 */
import type { ArtName } from '../core/content/art-names';
import owl from '@twemoji/svg/1f989.svg?inline';
import dog from '@twemoji/svg/1f436.svg?inline';
import cat from '@twemoji/svg/1f431.svg?inline';
import rabbit from '@twemoji/svg/1f430.svg?inline';
import fox from '@twemoji/svg/1f98a.svg?inline';
import panda from '@twemoji/svg/1f43c.svg?inline';
import lion from '@twemoji/svg/1f981.svg?inline';
import frog from '@twemoji/svg/1f438.svg?inline';
import unicorn from '@twemoji/svg/1f984.svg?inline';
import turtle from '@twemoji/svg/1f422.svg?inline';
import penguin from '@twemoji/svg/1f427.svg?inline';
import speaker from '@twemoji/svg/1f50a.svg?inline';
import mute from '@twemoji/svg/1f507.svg?inline';
import readAloud from '@twemoji/svg/1f508.svg?inline';
import rocket from '@twemoji/svg/1f680.svg?inline';
import gear from '@twemoji/svg/2699.svg?inline';

export const earlyArt = {
  owl,
  dog,
  cat,
  rabbit,
  fox,
  panda,
  lion,
  frog,
  unicorn,
  turtle,
  penguin,
  speaker,
  mute,
  readAloud,
  rocket,
  gear,
} as const satisfies Partial<Record<ArtName, string>>;

/** The pictures the first screens show; every other one comes later (`art-later.ts`). */
export type EarlyArtName = keyof typeof earlyArt;
export type LaterArtName = Exclude<ArtName, EarlyArtName>;
