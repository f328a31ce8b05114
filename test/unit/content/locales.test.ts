import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textKeysOf } from '../../../src/core/content/text-keys';
import { allScenarios, readJson, repoRoot } from '../levels';

function leaves(tree: unknown, path = ''): [string, unknown][] {
  if (typeof tree !== 'object' || tree === null) return [[path, tree]];
  return Object.entries(tree).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
}

const files = [
  'locales/en/ui.json',
  'locales/en/aup.json',
  'locales/en/teacher-notes.json',
  ...readdirSync(`${repoRoot}locales/en/scenarios`).map((name) => `locales/en/scenarios/${name}`),
];

describe('the English text', () => {
  it.each(files)('%s has a non-empty string at every key', (file) => {
    for (const [key, value] of leaves(readJson(file))) {
      expect(typeof value, `${file}: ${key}`).toBe('string');
      expect(String(value).trim(), `${file}: ${key}`).not.toBe('');
    }
  });

  it('has every plural form English needs wherever a key is plural', () => {
    const keys = leaves(readJson('locales/en/ui.json')).map(([key]) => key);
    for (const key of keys.filter((k) => k.endsWith('_one')))
      expect(keys).toContain(key.replace(/_one$/, '_other'));
  });

  it('has the words for every text key of every scenario', () => {
    for (const scenario of allScenarios()) {
      const texts = new Map(leaves(readJson(`locales/en/scenarios/${scenario.statement}.json`)));
      for (const key of textKeysOf(scenario)) {
        expect(texts.get(key.split('.').slice(1).join('.')), `${scenario.id}: ${key}`).toEqual(
          expect.any(String),
        );
      }
    }
  });
});
