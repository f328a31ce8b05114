import type { KeyStage } from '../../core/content/key-stage';
import { defaultWording, type Wording } from '../../core/school/wording';
import { type AupKey, type SuggestionKey, i18n } from '../../services/i18n/i18n';
import { pseudoLocale, pseudoLocalize } from '../../services/i18n/pseudo-locale';

function isAupKey(key: string): key is AupKey {
  return i18n.exists(key, { ns: 'aup' });
}

function aupText(key: string): string {
  return isAupKey(key) ? i18n.t(key, { ns: 'aup' }) : key;
}

function isSuggestionKey(key: string): key is SuggestionKey {
  return i18n.exists(key, { ns: 'suggestions' });
}

/** A child-friendly rewording a school may want for a dated statement, and why; undefined for most. */
export function wordingSuggestion(statementId: string): { why: string; text: string } | undefined {
  const why = `${statementId}.why`;
  const text = `${statementId}.text`;
  if (!isSuggestionKey(why) || !isSuggestionKey(text)) return undefined;
  return { why: i18n.t(why, { ns: 'suggestions' }), text: i18n.t(text, { ns: 'suggestions' }) };
}

let wording: Wording = defaultWording;

/** The school's wording, which every statement shown from now on uses. */
export function useWording(schoolWording: Wording): void {
  wording = schoolWording;
}

/** The policy's default wording of a statement, with `**` marking the words it shows in bold. */
export function defaultStatementText(keyStage: KeyStage, statementId: string): string {
  return aupText(`${keyStage}.statements.${statementId}`);
}

/** A statement in the school's wording: its own where it reworded it, else the policy's. */
export function statementText(keyStage: KeyStage, statementId: string): string {
  return wording.texts[statementId] ?? defaultStatementText(keyStage, statementId);
}

/** The short name of a statement's place on the map. */
export function placeName(keyStage: KeyStage, statementId: string): string {
  return aupText(`${keyStage}.places.${statementId}`);
}

export function statementNumber(statementId: string): number {
  return Number(statementId.slice(-2));
}

/** Today's or a saved day, written out in the game's language (British English for English). */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const locale = i18n.language.startsWith('en') ? 'en-GB' : i18n.language;
  const text = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(
    new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1),
  );
  // Month names come from the browser, so the pseudo-locale marks them itself.
  return i18n.language === pseudoLocale ? pseudoLocalize(text) : text;
}
