import { describe, expect, it } from 'vitest';
import { checkDraft, localDay, maxAdultsLength, signAgreement } from '../../../src/core/agreement/agreement';

describe('an agreement', () => {
  it('needs a signature, drawn or typed', () => {
    expect(checkDraft({ trustedAtSchool: '', trustedAtHome: '' })).toEqual(['noSignature']);
    expect(
      checkDraft({ trustedAtSchool: '', trustedAtHome: '', signature: { kind: 'typed', text: '   ' } }),
    ).toEqual(['noSignature']);
    expect(
      checkDraft({ trustedAtSchool: '', trustedAtHome: '', signature: { kind: 'typed', text: 'Ava' } }),
    ).toEqual([]);
  });

  it('refuses a list of trusted adults too long for the printed page', () => {
    const draft = {
      trustedAtSchool: 'x'.repeat(maxAdultsLength + 1),
      trustedAtHome: '',
      signature: { kind: 'typed', text: 'A' } as const,
    };
    expect(checkDraft(draft)).toEqual(['adultTooLong']);
  });

  it('is signed today, in the device’s own calendar, against a wording version, tidy', () => {
    const agreement = signAgreement(
      'p1',
      'ks1',
      { trustedAtSchool: ' Mrs Khan ', trustedAtHome: ' Nana ' },
      { kind: 'typed', text: ' Ava ' },
      new Date(2026, 0, 5, 23, 59),
      3,
    );
    expect(agreement).toEqual({
      profileId: 'p1',
      keyStage: 'ks1',
      trustedAtSchool: 'Mrs Khan',
      trustedAtHome: 'Nana',
      signature: { kind: 'typed', text: 'Ava' },
      signedOn: '2026-01-05',
      wordingVersion: 3,
    });
    expect(localDay(new Date(2026, 10, 22))).toBe('2026-11-22');
  });
});
