import { describe, expect, it } from 'vitest';
import { checkPupilName, countCharacters, maxNameLength } from '../../../src/core/profile/pupil-name';

describe('a pupil name', () => {
  it.each([
    ['', 'empty'],
    ['     ', 'empty'],
    ['\t\n\r', 'empty'],
    ['A'.repeat(1000), 'tooLong'],
    ['A'.repeat(maxNameLength + 1), 'tooLong'],
    ['👨‍👩‍👧'.repeat(maxNameLength + 1), 'tooLong'],
    ['<img src=x onerror=alert(1)>', 'angleBrackets'],
    ['a > b', 'angleBrackets'],
  ])('%j is refused as %s', (typed, problem) => {
    expect(checkPupilName(typed)).toEqual({ ok: false, problem });
  });

  it.each([
    ['Zoë', 'Zoë'],
    ['  Sam  ', 'Sam'],
    ['Jo\u0000\u0007Jo', 'Jo  Jo'],
    ['مريم', 'مريم'],
    ['יעל', 'יעל'],
    ['🦄🌈', '🦄🌈'],
    ['A'.repeat(maxNameLength), 'A'.repeat(maxNameLength)],
    ['👨‍👩‍👧'.repeat(maxNameLength), '👨‍👩‍👧'.repeat(maxNameLength)],
    ['Bold & "quotes"', 'Bold & "quotes"'],
  ])('%j is kept as %j', (typed, name) => {
    expect(checkPupilName(typed)).toEqual({ ok: true, name });
  });

  it('counts an emoji family as one character, as a child would', () => {
    expect(countCharacters('👨‍👩‍👧a')).toBe(2);
  });
});
