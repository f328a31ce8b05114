/**
 * The school's own wording of its AUP. By default every statement is the policy's, word for word; a
 * school may reword a statement, hide one it does not use, and restore the default. Every change makes
 * a new version, so a signed agreement can tell which wording it was signed against.
 */
export interface Wording {
  readonly version: number;
  /** The school's words for a statement, by statement id; `**` marks bold words, as in the policy. */
  readonly texts: Readonly<Record<string, string>>;
  readonly hidden: readonly string[];
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

export function reword(wording: Wording, statementId: string, text: string): Wording {
  return {
    ...wording,
    version: wording.version + 1,
    texts: { ...wording.texts, [statementId]: text.trim() },
  };
}

export function restoreDefault(wording: Wording, statementId: string): Wording {
  const texts = Object.fromEntries(Object.entries(wording.texts).filter(([id]) => id !== statementId));
  return { ...wording, version: wording.version + 1, texts };
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
