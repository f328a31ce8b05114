import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
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
    ['Sara\u202egnp.exe', 'directionControls'],
    ['\u2067Sam\u2069', 'directionControls'],
    ['Jo\u202aJo', 'directionControls'],
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

describe('a name saved before direction controls were refused', () => {
  it('is read back with them taken out, so the pupil is not lost', async () => {
    const { ProfileSchema } = await import('../../../src/core/save/saved-data');
    const stored = { id: 'p1', name: 'Sara\u202egnp.exe', avatar: 'fox', createdAt: 1 };
    expect(v.parse(ProfileSchema, stored).name).toBe('Saragnp.exe');
  });
});
