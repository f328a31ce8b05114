import type { KeyStage } from '../../core/content/key-stage';
import { intlLocale, isGameLanguage, readsEnglish, type GameLanguage } from '../../core/school/languages';
import { defaultWording, schoolText, type Wording } from '../../core/school/wording';
import { type AupKey, type SuggestionKey, i18n } from '../../services/i18n/i18n';
import { pseudoLocale, pseudoLocalize } from '../../services/i18n/pseudo-locale';

function isAupKey(key: string): key is AupKey {
  return i18n.exists(key, { ns: 'aup' });
}

function aupText(key: string, language = i18n.language): string {
  return isAupKey(key) ? i18n.t(key, { ns: 'aup', lng: language }) : key;
}

function isSuggestionKey(key: string): key is SuggestionKey {
  return i18n.exists(key, { ns: 'suggestions' });
}

/** A child-friendly rewording a school may want for a dated statement, and why; undefined for most. */
export function wordingSuggestion(
  statementId: string,
  language = gameLanguage(),
): { why: string; text: string } | undefined {
  const why = `${statementId}.why`;
  const text = `${statementId}.text`;
  if (!isSuggestionKey(why) || !isSuggestionKey(text)) return undefined;
  return {
    why: i18n.t(why, { ns: 'suggestions' }),
    text: i18n.t(text, { ns: 'suggestions', lng: language }),
  };
}

let wording: Wording = defaultWording;

/** The school's wording, which every statement shown from now on uses. */
export function useWording(schoolWording: Wording): void {
  wording = schoolWording;
}

/**
 * The policy's default wording of a statement (in another language, the game's translation of it), with
 * `**` marking the words it shows in bold.
 */
export function defaultStatementText(
  keyStage: KeyStage,
  statementId: string,
  language = gameLanguage(),
): string {
  return aupText(`${keyStage}.statements.${statementId}`, language);
}

/**
 * A statement in the school's wording, in the game's language unless another is asked for (a pupil's, on
 * their printed agreement): the school's own words where it wrote them, else the policy's.
 */
export function statementText(keyStage: KeyStage, statementId: string, language = gameLanguage()): string {
  return schoolText(wording, statementId, language) ?? defaultStatementText(keyStage, statementId, language);
}

/** Whether a page in this language shows the school's English too (every language but English's own). */
export function englishAlongside(language: GameLanguage): boolean {
  return !readsEnglish(language);
}

/** The language the game speaks now. */
export function gameLanguage(): GameLanguage {
  return isGameLanguage(i18n.language) ? i18n.language : 'en';
}

/** The short name of a statement's place on the map. */
export function placeName(keyStage: KeyStage, statementId: string): string {
  return aupText(`${keyStage}.places.${statementId}`);
}

export function statementNumber(statementId: string): number {
  return Number(statementId.slice(-2));
}

/** Today's or a saved day, written out in the game's language or another (British English for English). */
export function formatDay(day: string, language = gameLanguage()): string {
  const [year, month, date] = day.split('-').map(Number);
  const text = new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long' }).format(
    new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1),
  );
  // Month names come from the browser, so the pseudo-locale marks them itself.
  return language === pseudoLocale ? pseudoLocalize(text) : text;
}
