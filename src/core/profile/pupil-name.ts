/** The longest name we keep, in characters as a person counts them (an emoji is one). */
export const maxNameLength = 30;

export type NameProblem = 'empty' | 'tooLong' | 'angleBrackets' | 'directionControls';

export type NameCheck = { ok: true; name: string } | { ok: false; problem: NameProblem };

/**
 * Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) can make "Sara\u202egnp.exe" show as
 * "Saraexe.png"; a name's direction is isolated wherever it is shown, so no name needs them.
 */
const directionControls = /[\u202a-\u202e\u2066-\u2069]/g;

/** A name saved or exported before such controls were refused, with them taken out so nothing is lost. */
export function withoutDirectionControls(name: string): string {
  return name.replace(directionControls, '');
}

/** Made on first need: making one loads the browser's rules for characters, a slow step on an old laptop. */
let segmenter: Intl.Segmenter | undefined;

export function countCharacters(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment) count += 1;
  return count;
}

/** A name of few code units has at most as many characters, so most names are measured without the rules. */
function isTooLong(name: string): boolean {
  return name.length > maxNameLength && countCharacters(name) > maxNameLength;
}

/**
 * Checks a first name or nickname as typed. Control characters (which could hide text or break a
 * line on the printed page) are removed and the ends trimmed; everything else, emoji and
 * right-to-left letters included, is kept exactly as typed; only < and > and the invisible controls
 * that reverse the text around them are refused.
 */
export function checkPupilName(typed: string): NameCheck {
  // eslint-disable-next-line no-control-regex
  const name = typed.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').trim();
  if (name.length === 0) return { ok: false, problem: 'empty' };
  if (isTooLong(name)) return { ok: false, problem: 'tooLong' };
  // No name needs < or >; refusing them keeps markup out of every file and page a name travels to.
  if (/[<>]/.test(name)) return { ok: false, problem: 'angleBrackets' };
  if (withoutDirectionControls(name) !== name) return { ok: false, problem: 'directionControls' };
  return { ok: true, name };
}
