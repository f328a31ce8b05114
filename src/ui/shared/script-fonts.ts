import type { GameLanguage } from '../../core/school/languages';
import { loadLanguages } from '../../services/i18n/i18n';

/**
 * Fonts for scripts Andika does not draw, fetched only when a pupil (or a print) uses that language, so
 * an English pupil's first paint never carries them. The page's styles (index.html) name them by `:lang()`.
 */
const scriptFonts: Partial<Record<GameLanguage, () => Promise<unknown>>> = {
  ur: () =>
    Promise.all([
      import('@fontsource/noto-nastaliq-urdu/arabic-400.css'),
      import('@fontsource/noto-nastaliq-urdu/arabic-700.css'),
    ]),
  ar: () =>
    Promise.all([
      import('@fontsource/noto-sans-arabic/arabic-400.css'),
      import('@fontsource/noto-sans-arabic/arabic-700.css'),
    ]),
};

/** Each script font's family and a word to fetch it with: print lays out hidden pages too late to wait. */
const fontFaces: Partial<Record<GameLanguage, { family: string; sample: string }>> = {
  ur: { family: 'Noto Nastaliq Urdu', sample: 'اردو' },
  ar: { family: 'Noto Sans Arabic', sample: 'العربية' },
};

async function loadFont(language: GameLanguage): Promise<void> {
  await scriptFonts[language]?.();
  const face = fontFaces[language];
  if (face)
    await Promise.all(
      ['400', '700'].map((weight) => document.fonts.load(`${weight} 16px "${face.family}"`, face.sample)),
    );
}

/** Loads the fonts the languages need; a font that fails to load leaves the device's own in its place. */
async function loadScriptFonts(languages: Iterable<GameLanguage>): Promise<void> {
  await Promise.all([...new Set(languages)].map((language) => loadFont(language).catch(() => undefined)));
}

/** Gets languages ready to show or print: their words (for the key stages opened) and their fonts. */
export async function loadLanguagesToShow(languages: readonly GameLanguage[]): Promise<void> {
  await Promise.all([loadLanguages(languages), loadScriptFonts(languages)]);
}
