import i18next, { type ParseKeys } from 'i18next';
import type { KeyStage } from '../../core/content/key-stage';
import { englishLaterWords, englishResources, type TextTree } from './resources';
import { directionOf, isGameLanguage, type GameLanguage } from '../../core/school/languages';
import { pseudoLocale, pseudoLocalizeTree } from './pseudo-locale';
import { loadOnceEach } from '../load-once';
import { trustedStoryValues, type TrustedDefaults } from '../../core/school/trusted-adults';

export const i18n = i18next;

export type AupKey = ParseKeys<'aup'>;
export type SuggestionKey = ParseKeys<'suggestions'>;

/** Starts i18next with English built in; `useLanguage` then switches to the school's language. */
export async function startI18n(): Promise<void> {
  await i18n.init({
    lng: 'en',
    fallbackLng: 'en',
    defaultNS: 'ui',
    ns: [...Object.keys(englishResources), 'aup', 'guide', 'suggestions', 'teacherNotes'],
    resources: { en: englishResources },
    interpolation: { escapeValue: false },
    returnNull: false,
    // Every word it starts with is here already: nothing to wait a turn for before the title.
    initAsync: false,
  });
  // The stories' words for the school's trusted adults follow the language and the words loaded for it
  // (the title starts with only its own).
  const forgetStoryValues = (): void => void (storyValues = undefined);
  i18n.on('languageChanged', forgetStoryValues);
  i18n.store.on('added', forgetStoryValues);
}

/** The key stages whose scenarios have been opened: a language switched to later loads their words too. */
const keyStagesOpen = new Set<KeyStage>();
/** Where each language's word files are (loaded with the first of them). */
const wordFiles = (): Promise<typeof import('./word-files')> => import('./word-files');

/** Runs a load once for its key (again after a failure, so a dropped network can be retried). */
const once = loadOnceEach();

/** Adds a language's words for a key stage's scenarios (the pseudo-locale makes its own from English). */
async function loadScenarios(language: GameLanguage, keyStage: KeyStage): Promise<void> {
  if (language === pseudoLocale) {
    await loadScenarios('en', keyStage);
    const english = i18n.getResourceBundle('en', 'scenarios') as TextTree;
    i18n.addResourceBundle(pseudoLocale, 'scenarios', pseudoLocalizeTree(english), true, true);
    return;
  }
  await once(`${language}:scenarios:${keyStage}`, async () => {
    i18n.addResourceBundle(
      language,
      'scenarios',
      await (await wordFiles()).scenarioWords(language, keyStage),
      true,
      true,
    );
  });
}

/** Adds every word of a language but its scenarios'. English is built in. */
async function loadLanguage(language: GameLanguage): Promise<void> {
  if (language === 'en') return;
  if (language === pseudoLocale) {
    await once(pseudoLocale, async () => {
      await loadEnglishLaterWords();
      for (const ns of ['ui', 'aup', 'guide', 'suggestions']) {
        const english = i18n.getResourceBundle('en', ns) as TextTree;
        i18n.addResourceBundle(pseudoLocale, ns, pseudoLocalizeTree(english));
      }
    });
    return;
  }
  await once(language, async () => {
    for (const [ns, bundle] of Object.entries(await (await wordFiles()).languageWords(language)))
      i18n.addResourceBundle(language, ns, bundle, true, true);
  });
}

/**
 * The English words of the screens after the title (the controls', the statements, the guide, the
 * wording suggestions): each of those screens loads them with its code, so the title's first paint does
 * not carry them.
 */
export async function loadEnglishLaterWords(): Promise<void> {
  await once('en:later', async () => {
    for (const [ns, bundle] of Object.entries(await englishLaterWords()))
      i18n.addResourceBundle('en', ns, bundle, true, false);
  });
}

/**
 * The teacher's notes in English (and pseudo-English), which only grown-ups read: the grown-ups' area
 * brings them when it loads, so a pupil's first paint does not carry them.
 */
export function addEnglishTeacherNotes(notes: TextTree): void {
  i18n.addResourceBundle('en', 'teacherNotes', notes, true, false);
  i18n.addResourceBundle(pseudoLocale, 'teacherNotes', pseudoLocalizeTree(notes), true, false);
}

/** Loads every word of the languages given (for the key stages opened so far), so they can be printed. */
export async function loadLanguages(languages: Iterable<GameLanguage>): Promise<void> {
  const wanted = [...new Set(languages)];
  await Promise.all(wanted.map((language) => loadLanguage(language)));
  await Promise.all(
    wanted.flatMap((language) => [...keyStagesOpen].map((keyStage) => loadScenarios(language, keyStage))),
  );
}

/**
 * Switches the game's language: its words (loaded on first use), and the document's `lang` and `dir`, so
 * right-to-left languages lay out right to left everywhere.
 */
export async function useLanguage(language: GameLanguage): Promise<void> {
  await loadLanguages([language]);
  await i18n.changeLanguage(language);
  const root = document.documentElement;
  root.lang = language === pseudoLocale ? 'en' : language;
  root.dir = directionOf(language);
}

/** Loads the words of a key stage's scenarios (once): in English, the fallback, and in the language in use. */
export async function loadScenarioWords(keyStage: KeyStage): Promise<void> {
  keyStagesOpen.add(keyStage);
  const language = isGameLanguage(i18n.language) ? i18n.language : 'en';
  await Promise.all([loadScenarios('en', keyStage), loadScenarios(language, keyStage)]);
}

/** The trusted adults the school named (none: the stories say who, in the game's language). */
let trustedAtSchool: readonly string[] = [];
/**
 * Words a scenario may use that come from the school: `{{atSchool}}` and the rest, its trusted adults.
 * Worked out when first needed, and again once the language or its words change.
 */
let storyValues: Readonly<Record<string, string>> | undefined;

/** What the stories say where the school has named no trusted adult, in the game's language. */
export function trustedDefaults(): TrustedDefaults {
  return {
    atSchool: i18n.t('scenario.trusted.atSchool'),
    AtSchool: i18n.t('scenario.trusted.AtSchool'),
    oneAtSchool: i18n.t('scenario.trusted.oneAtSchool'),
    OneAtSchool: i18n.t('scenario.trusted.OneAtSchool'),
  };
}

/**
 * The school's trusted adults in the stories: `{{atSchool}}` mid-sentence and `{{AtSchool}}` to start
 * one ("Mrs Khan or Mr Lee"); `{{oneAtSchool}}` / `{{OneAtSchool}}` the first name only.
 */
export function tellTrustedAtSchool(names: readonly string[]): void {
  trustedAtSchool = names;
  storyValues = undefined;
}

/** The text of a level's key, or the key itself where a translation is missing (tests catch those). */
export function scenarioText(key: string): string {
  storyValues ??= { ...trustedStoryValues(trustedAtSchool, i18n.language, trustedDefaults()) };
  const text = i18n.t(key, { ns: 'scenarios', ...storyValues });
  return typeof text === 'string' ? text : key;
}
