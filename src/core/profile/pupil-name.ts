/** The longest name we keep, in characters as a person counts them (an emoji is one). */
export const maxNameLength = 30;

export type NameProblem = 'empty' | 'tooLong' | 'angleBrackets';

export type NameCheck = { ok: true; name: string } | { ok: false; problem: NameProblem };

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function countCharacters(text: string): number {
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment) count += 1;
  return count;
}

/**
 * Checks a first name or nickname as typed. Control characters (which could hide text or break a
 * line on the printed page) are removed and the ends trimmed; everything else, emoji and
 * right-to-left letters included, is kept exactly as typed; only < and > are refused.
 */
export function checkPupilName(typed: string): NameCheck {
  // eslint-disable-next-line no-control-regex
  const name = typed.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').trim();
  if (name.length === 0) return { ok: false, problem: 'empty' };
  if (countCharacters(name) > maxNameLength) return { ok: false, problem: 'tooLong' };
  // No name needs < or >; refusing them keeps markup out of every file and page a name travels to.
  if (/[<>]/.test(name)) return { ok: false, problem: 'angleBrackets' };
  return { ok: true, name };
}
