/**
 * The languages the game ships: English, the school's, and the home languages a pupil may play in.
 * `en-XA` is pseudo-English, made from the English text with accents and extra length, so a school or
 * translator can see that every word is translatable and fits; it is for grown-ups, never a pupil's.
 */
export const gameLanguages = ['en', 'cy', 'pl', 'ro', 'ur', 'ar', 'en-XA'] as const;

const pseudoEnglish = 'en-XA';

export type GameLanguage = (typeof gameLanguages)[number];

/** The languages a pupil can choose to play in (every real one). */
export type PupilLanguage = Exclude<GameLanguage, 'en-XA'>;

export const pupilLanguages: readonly PupilLanguage[] = gameLanguages.filter(
  (code): code is PupilLanguage => code !== 'en-XA',
);

export type TextDirection = 'ltr' | 'rtl';

/**
 * Each language's name in itself, as a pupil who speaks it would recognise it: names, like a pupil's
 * own name, are the same whatever language the game is in, so they are data here and not translated.
 */
export const ownNames: Readonly<Record<GameLanguage, string>> = {
  en: 'English',
  cy: 'Cymraeg',
  pl: 'Polski',
  ro: 'Română',
  ur: 'اردو',
  ar: 'العربية',
  'en-XA': 'Ëñğłîšĥ',
};

const rightToLeft: ReadonlySet<GameLanguage> = new Set(['ur', 'ar']);

export function directionOf(language: GameLanguage): TextDirection {
  return rightToLeft.has(language) ? 'rtl' : 'ltr';
}

export function isGameLanguage(code: string): code is GameLanguage {
  return (gameLanguages as readonly string[]).includes(code);
}

/** English and pseudo-English share the school's English words; every other language has its own. */
export function readsEnglish(language: GameLanguage): language is 'en' | typeof pseudoEnglish {
  return language === 'en' || language === pseudoEnglish;
}

/** The language for dates, lists and plural rules: British English for English and pseudo-English. */
export function intlLocale(language: string): string {
  return language.startsWith('en') ? 'en-GB' : language;
}
