import { describe, expect, it } from 'vitest';
import { readJson } from '../levels';

const suggestions = readJson('locales/en/wording-suggestions.json') as Record<
  string,
  { why: string; text: string }
>;
const aup = readJson('locales/en/aup.json') as Record<'ks1' | 'ks2', { statements: Record<string, string> }>;

describe("the suggested rewordings of the policy's dated statements", () => {
  it('offers KS2 2 without "because of coronavirus" or "or nor do teachers or tutors"', () => {
    expect(aup.ks2.statements['ks2-02']).toContain('because of coronavirus');
    const text = suggestions['ks2-02']?.text ?? '';
    expect(text).not.toMatch(/coronavirus|or nor/);
    expect(text).toMatch(/^\*\*I learn even when I can't go to school\*\*/);
  });

  it.each(Object.entries(suggestions))(
    'suggests for %s, a statement of the policy, new words and why',
    (id, s) => {
      const policy = id.startsWith('ks1') ? aup.ks1 : aup.ks2;
      expect(policy.statements[id]).toEqual(expect.any(String));
      expect(s.text).not.toBe(policy.statements[id]);
      expect(s.why.trim()).not.toBe('');
    },
  );
});
