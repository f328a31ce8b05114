import i18next, { type ParseKeys } from 'i18next';
import type { KeyStage } from '../../core/content/key-stage';
import { englishResources, scenarioWords, type Resources, type TextTree } from './resources';
import type { GameLanguage } from '../../core/school/languages';
import { pseudoLocale, pseudoLocalizeTree } from './pseudo-locale';
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
    ns: Object.keys(englishResources),
    resources: { en: englishResources },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

/**
 * Switches the game's language. Other languages load on demand; the pseudo-locale is made from the
 * English text itself, so it always has every key.
 */
export async function useLanguage(language: GameLanguage): Promise<void> {
  if (language === pseudoLocale && !i18n.hasResourceBundle(pseudoLocale, 'ui')) {
    const english: Resources = { ...englishResources, scenarios: scenariosLoaded };
    const tree: Resources = pseudoLocalizeTree(english);
    for (const [ns, bundle] of Object.entries(tree)) i18n.addResourceBundle(pseudoLocale, ns, bundle);
  }
  await i18n.changeLanguage(language);
  document.documentElement.lang = language === pseudoLocale ? 'en' : language;
}

let scenariosLoaded: TextTree = {};
const wordsLoading = new Map<KeyStage, Promise<void>>();

/** Loads the words of a key stage's scenarios (once), in English and in the pseudo-locale if in use. */
export function loadScenarioWords(keyStage: KeyStage): Promise<void> {
  let loading = wordsLoading.get(keyStage);
  if (!loading) {
    loading = scenarioWords(keyStage).then((words) => {
      scenariosLoaded = { ...scenariosLoaded, ...words };
      i18n.addResourceBundle('en', 'scenarios', words, true, true);
      if (i18n.hasResourceBundle(pseudoLocale, 'ui'))
        i18n.addResourceBundle(pseudoLocale, 'scenarios', pseudoLocalizeTree(words), true, true);
    });
    wordsLoading.set(keyStage, loading);
    loading.catch(() => wordsLoading.delete(keyStage));
  }
  return loading;
}

/** Words a scenario may use that come from the school: `{{atSchool}}` and the rest, its trusted adults. */
let storyValues: Readonly<Record<string, string>> = {};

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
  storyValues = { ...trustedStoryValues(names, i18n.language, trustedDefaults()) };
}

/** The text of a level's key, or the key itself where a translation is missing (tests catch those). */
export function scenarioText(key: string): string {
  const text = i18n.t(key, { ns: 'scenarios', ...storyValues });
  return typeof text === 'string' ? text : key;
}
