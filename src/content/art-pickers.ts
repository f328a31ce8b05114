/**
 * The pictures of the pupils' pickers (the avatars, the key stages, the settings button): they load
 * straight after the title paints, with the pickers (src/ui/soq-app/later-screens.ts).
 * Pictures from Twemoji (graphics CC-BY 4.0, by Twitter, Inc. and contributors), inlined as data URLs
 * so they travel inside the script: one request instead of one a picture on a slow, filtered network.
 */
import type { ArtName } from '../core/content/art-names';
import type { TitleArtName } from './art-title';
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
import readAloud from '@twemoji/svg/1f508.svg?inline';
import rocket from '@twemoji/svg/1f680.svg?inline';
import gear from '@twemoji/svg/2699.svg?inline';

export const pickerArt = {
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
  readAloud,
  rocket,
  gear,
} as const satisfies Partial<Record<ArtName, string>>;

export type PickerArtName = keyof typeof pickerArt;
/** Every other picture, which comes with the screens after the pickers (`art-later.ts`). */
export type LaterArtName = Exclude<ArtName, TitleArtName | PickerArtName>;
