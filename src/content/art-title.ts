/**
 * The title's pictures (Ollie, the sound switch), in the first chunk: the title paints with nothing else.
 * Pictures from Twemoji (graphics CC-BY 4.0, by Twitter, Inc. and contributors), inlined as data URLs.
 */
import type { ArtName } from '../core/content/art-names';
import owl from '@twemoji/svg/1f989.svg?inline';
import speaker from '@twemoji/svg/1f50a.svg?inline';
import mute from '@twemoji/svg/1f507.svg?inline';

export const titleArt = { owl, speaker, mute } as const satisfies Partial<Record<ArtName, string>>;

export type TitleArtName = keyof typeof titleArt;
