import { readdirSync } from 'node:fs';
import * as v from 'valibot';
import type { ContentScenario, ContentWords } from '../../../src/core/content/content-rules';
import { isKeyStage } from '../../../src/core/content/key-stage';
import { ScenarioSchema } from '../../../src/core/content/schema';
import { readJson, repoRoot } from '../levels';

type Tree = { readonly [key: string]: Tree | string };

function lookup(tree: unknown, path: readonly string[]): string | undefined {
  let node: unknown = tree;
  for (const part of path)
    node = typeof node === 'object' && node !== null ? (node as Tree)[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** Every scenario in levels/ that the schema accepts (the levels check reports the rest), with its files. */
export function scenariosOnDisk(): ContentScenario[] {
  return ['ks1', 'ks2'].filter(isKeyStage).flatMap((keyStage) =>
    readdirSync(`${repoRoot}levels/${keyStage}/scenarios`)
      .filter((name) => name.endsWith('.json'))
      .flatMap((name) => {
        const file = `levels/${keyStage}/scenarios/${name}`;
        const parsed = v.safeParse(ScenarioSchema, readJson(file));
        if (!parsed.success) return [];
        const scenario = parsed.output;
        return [{ file, localeFile: `locales/en/scenarios/${scenario.statement}.json`, keyStage, scenario }];
      }),
  );
}

/** The English words of the scenarios, and what a pupil sees for `{{atSchool}}` and the rest by default. */
export function englishWords(): ContentWords {
  const files = new Map<string, unknown>();
  const ui = readJson('locales/en/ui.json') as { scenario: { trusted: Record<string, string> } };
  return {
    text: (key) => {
      const [statement, ...path] = key.split('.');
      if (!statement) return undefined;
      if (!files.has(statement)) files.set(statement, readJson(`locales/en/scenarios/${statement}.json`));
      return lookup(files.get(statement), path);
    },
    defaults: ui.scenario.trusted,
  };
}
