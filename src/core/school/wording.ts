import { readsEnglish, type GameLanguage, type PupilLanguage } from './languages';

/**
 * The school's own wording of its AUP. By default every statement is the policy's, word for word; a
 * school may reword a statement, hide one it does not use, and restore the default. Every change makes
 * a new version, so a signed agreement can tell which wording it was signed against.
 */
export interface Wording {
  readonly version: number;
  /** The school's English words for a statement, by statement id; `**` marks bold words, as in the policy. */
  readonly texts: Readonly<Record<string, string>>;
  /** The school's corrections of the game's translations, by language then statement id. */
  readonly translated?: Readonly<Partial<Record<PupilLanguage, Readonly<Record<string, string>>>>>;
  readonly hidden: readonly string[];
}

/** English and pseudo-English share the school's English words; every other language has its own. */
function ownTexts(wording: Wording, language: GameLanguage): Readonly<Record<string, string>> {
  return readsEnglish(language) ? wording.texts : (wording.translated?.[language] ?? {});
}

function withTexts(
  wording: Wording,
  language: GameLanguage,
  texts: Readonly<Record<string, string>>,
): Wording {
  const next = { ...wording, version: wording.version + 1 };
  if (readsEnglish(language)) return { ...next, texts };
  return { ...next, translated: { ...wording.translated, [language]: texts } };
}

/** The school's own words for a statement in a language, if it wrote any. */
export function schoolText(
  wording: Wording,
  statementId: string,
  language: GameLanguage,
): string | undefined {
  return ownTexts(wording, language)[statementId];
}

export const defaultWording: Wording = { version: 1, texts: {}, hidden: [] };

export const maxStatementLength = 600;

export type WordingProblem = 'empty' | 'tooLong';

export function checkStatement(text: string): WordingProblem | undefined {
  const words = text.trim();
  if (words.replaceAll('*', '').trim() === '') return 'empty';
  if (words.length > maxStatementLength) return 'tooLong';
  return undefined;
}

/** The school rewords a statement in a language (English unless it says otherwise): a new version. */
export function reword(
  wording: Wording,
  statementId: string,
  text: string,
  language: GameLanguage = 'en',
): Wording {
  return withTexts(wording, language, { ...ownTexts(wording, language), [statementId]: text.trim() });
}

/** Back to the policy's words (or the game's translation of them) in a language: a new version. */
export function restoreDefault(
  wording: Wording,
  statementId: string,
  language: GameLanguage = 'en',
): Wording {
  const texts = Object.entries(ownTexts(wording, language)).filter(([id]) => id !== statementId);
  return withTexts(wording, language, Object.fromEntries(texts));
}

export function setHidden(wording: Wording, statementId: string, hidden: boolean): Wording {
  const others = wording.hidden.filter((id) => id !== statementId);
  return { ...wording, version: wording.version + 1, hidden: hidden ? [...others, statementId] : others };
}

/** The statements pupils play and sign, in the policy's order. */
export function shownStatements<T extends { readonly id: string }>(
  wording: Wording,
  statements: readonly T[],
): T[] {
  return statements.filter((statement) => !wording.hidden.includes(statement.id));
}
