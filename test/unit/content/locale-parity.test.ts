import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJson, repoRoot } from '../levels';

/**
 * Every language has every English key, with every plural form its own grammar needs, the same
 * `{{variables}}` and `**bold**` marks, and no value left in English (except the keys listed in
 * test/unit/content/same-as-english/<language>.json: names, and words the language shares with English).
 */

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function leaves(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  if (typeof tree !== 'object' || tree === null) return [[path, String(tree)]];
  return Object.entries(tree).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
}

/** The namespace files of a language, as paths under locales/<language>/. */
function namespaceFiles(language: string): string[] {
  const scenarios = `${repoRoot}locales/${language}/scenarios`;
  const top = readdirSync(`${repoRoot}locales/${language}`).filter((name) => name.endsWith('.json'));
  const stories = existsSync(scenarios) ? readdirSync(scenarios).map((name) => `scenarios/${name}`) : [];
  return [...top, ...stories].sort();
}

function textsOf(language: string): Map<string, string> {
  return new Map(
    namespaceFiles(language).flatMap((file) =>
      leaves(readJson(`locales/${language}/${file}`)).map(
        ([key, value]) => [`${file}:${key}`, value] as const,
      ),
    ),
  );
}

const variables = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1] ?? '').sort();
const boldMarks = (text: string): number => text.split('**').length - 1;
/** Text that has no letters once its variables are gone ("{{count}}/{{total}}") cannot be "left in English". */
const hasWords = (text: string): boolean => /\p{L}{2,}/u.test(text.replace(/\{\{[^}]*\}\}/g, ''));

const english = textsOf('en');
const englishFiles = namespaceFiles('en');
const languages = readdirSync(`${repoRoot}locales`).filter((name) => name !== 'en');

function sameAsEnglishAllowed(language: string): Set<string> {
  const file = `test/unit/content/same-as-english/${language}.json`;
  return new Set(existsSync(`${repoRoot}${file}`) ? (readJson(file) as string[]) : []);
}

/** The English keys, with each plural group as its base key and the forms English gives it. */
function englishGroups(): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const key of english.keys()) {
    const match = pluralSuffix.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    groups.set(base, [...(groups.get(base) ?? []), ...(match ? [match[1] ?? ''] : [])]);
  }
  return groups;
}

describe.each(languages)('the %s words', (language) => {
  const texts = textsOf(language);
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];

  it('come in the same files as English', () => {
    expect(namespaceFiles(language)).toEqual(englishFiles);
  });

  it('have every English key, and every plural form the language needs', () => {
    const missing: string[] = [];
    for (const [base, forms] of englishGroups()) {
      if (forms.length === 0) {
        if (!texts.has(base)) missing.push(base);
        continue;
      }
      const needed = new Set([...categories, ...forms.filter((form) => form === 'zero')]);
      for (const form of needed) if (!texts.has(`${base}_${form}`)) missing.push(`${base}_${form}`);
    }
    expect(missing).toEqual([]);
  });

  it('have no key that English does not have', () => {
    const groups = englishGroups();
    const extra = [...texts.keys()].filter((key) => {
      if (english.has(key)) return false;
      const match = pluralSuffix.exec(key);
      return !(match && groups.has(key.slice(0, match.index)));
    });
    expect(extra).toEqual([]);
  });

  it('keep the variables and bold marks of the English', () => {
    const wrong: string[] = [];
    for (const [key, text] of texts) {
      const match = pluralSuffix.exec(key);
      const source = english.get(key) ?? english.get(`${match ? key.slice(0, match.index) : key}_other`);
      if (source === undefined) continue;
      // A plural form may leave out {{count}} where the language says the number in words ("one", "no").
      const own = variables(text);
      const expected = variables(source).filter(
        (name) => !(match && name === 'count' && !own.includes('count')),
      );
      if (own.join() !== expected.join())
        wrong.push(`${key}: ${own.join() || '-'} (English ${expected.join() || '-'})`);
      if (boldMarks(text) !== boldMarks(source))
        wrong.push(`${key}: ** marks ${boldMarks(text)} vs ${boldMarks(source)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('leave nothing in English', () => {
    const allowed = sameAsEnglishAllowed(language);
    const untranslated = [...texts].filter(
      ([key, text]) => english.get(key) === text && hasWords(text) && !allowed.has(key),
    );
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});
