import type { TileKind } from '../content/schema';

export type PasswordStrength = 'empty' | 'weak' | 'better' | 'strong';

/** What a strong password needs here: three random words, a number and a symbol. */
export const wordsNeeded = 3;

/**
 * How strong a password built from these tiles is. Points come from up to three words, a number and a
 * symbol; all five points make it strong. Personal tiles never count: they are refused before this.
 */
export function passwordStrength(kinds: readonly TileKind[]): PasswordStrength {
  if (kinds.length === 0) return 'empty';
  const words = Math.min(wordsNeeded, kinds.filter((kind) => kind === 'word').length);
  const points = words + (kinds.includes('number') ? 1 : 0) + (kinds.includes('symbol') ? 1 : 0);
  if (points >= wordsNeeded + 2) return 'strong';
  return points >= 3 ? 'better' : 'weak';
}

/** What the pupil still needs to add, in the order the game suggests it. */
export function passwordNeeds(kinds: readonly TileKind[]): ('word' | 'number' | 'symbol')[] {
  const needs: ('word' | 'number' | 'symbol')[] = [];
  if (kinds.filter((kind) => kind === 'word').length < wordsNeeded) needs.push('word');
  if (!kinds.includes('number')) needs.push('number');
  if (!kinds.includes('symbol')) needs.push('symbol');
  return needs;
}
