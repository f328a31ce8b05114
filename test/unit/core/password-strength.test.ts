import { describe, expect, it } from 'vitest';
import { passwordNeeds, passwordStrength } from '../../../src/core/scenario/password-strength';

describe('password strength', () => {
  it.each([
    [[], 'empty'],
    [['word'], 'weak'],
    [['word', 'number'], 'weak'],
    [['word', 'word', 'word'], 'better'],
    [['word', 'number', 'symbol'], 'better'],
    [['word', 'word', 'word', 'number'], 'better'],
    [['word', 'word', 'word', 'word', 'word'], 'better'],
    [['word', 'symbol', 'word', 'number', 'word'], 'strong'],
  ] as const)('%j is %s', (kinds, strength) => {
    expect(passwordStrength(kinds)).toBe(strength);
  });

  it('says what is still needed', () => {
    expect(passwordNeeds([])).toEqual(['word', 'number', 'symbol']);
    expect(passwordNeeds(['word', 'word', 'word', 'symbol'])).toEqual(['number']);
    expect(passwordNeeds(['word', 'word', 'word', 'symbol', 'number'])).toEqual([]);
  });
});
