import { describe, expect, it } from 'vitest';
import { pseudoLocalize, pseudoLocalizeTree } from '../../../src/services/i18n/pseudo-locale';

describe('the pseudo-locale', () => {
  it('accents every letter, keeps placeholders, and runs at least 40% longer', () => {
    const text = 'Hello {{name}}, play again!';
    const pseudo = pseudoLocalize(text);
    expect(pseudo).toContain('{{name}}');
    expect(pseudo.replace('{{name}}', '')).not.toMatch(/[A-Za-z]/);
    expect(pseudo.length).toBeGreaterThanOrEqual(text.length * 1.4);
  });

  it('keeps the shape of a tree of strings', () => {
    const tree = { a: 'One', b: { c: 'Two', d: ['Three'] } };
    const pseudo = pseudoLocalizeTree(tree);
    expect(Object.keys(pseudo)).toEqual(['a', 'b']);
    expect(pseudo.b.d).toHaveLength(1);
    expect(pseudo.b.c).toBe(pseudoLocalize('Two'));
  });
});
