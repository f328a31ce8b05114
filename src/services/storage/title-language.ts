import { isGameLanguage, type GameLanguage } from '../../core/school/languages';

/**
 * The school's language, copied into localStorage whenever it is known, so a repeat visit paints its
 * title in that language before IndexedDB (which holds the school's settings) has opened. Only a
 * language code is kept here; a copy that is missing or unreadable costs only that head start.
 */
const key = 'soq:title-language';

export function rememberedTitleLanguage(): GameLanguage | undefined {
  try {
    const stored = localStorage.getItem(key) ?? '';
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
