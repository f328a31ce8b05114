/**
 * The languages the game ships. `en-XA` is pseudo-English, made from the English text with accents
 * and extra length, so a school or translator can see that every word is translatable and fits.
 */
export const gameLanguages = ['en', 'en-XA'] as const;

export type GameLanguage = (typeof gameLanguages)[number];

export function isGameLanguage(code: string): code is GameLanguage {
  return (gameLanguages as readonly string[]).includes(code);
}
