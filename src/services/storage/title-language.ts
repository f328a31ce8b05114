import { isGameLanguage, type GameLanguage } from '../../core/school/languages';

/**
 * The school's language, copied into localStorage whenever it is known, so a repeat visit paints its
 * title in that language before IndexedDB (which holds the school's settings) has opened. Only a
 * language code is kept here; a copy that is missing or unreadable costs only that head start.
 */
const key = 'soq:title-language';

/**
 * The language to paint the title in before the school's settings have loaded: the one remembered, or
 * English where nothing is remembered yet (a first visit, with nothing stored: English is what the
 * settings will say); nothing where localStorage cannot be read, so the title waits for the settings.
 */
export function titleLanguageGuess(): GameLanguage | undefined {
  try {
    const stored = localStorage.getItem(key);
    if (stored === null) return 'en';
    return isGameLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

export function rememberTitleLanguage(language: GameLanguage): void {
  try {
    if (localStorage.getItem(key) !== language) localStorage.setItem(key, language);
  } catch {
    // A browser that refuses localStorage paints the title once the school's settings have loaded.
  }
}
