import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { ScenarioSchema, type Scenario } from '../../src/core/content/schema';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(`${repoRoot}${path}`, 'utf8'));
}

/** Every scenario in levels/, parsed by the game's own schema. */
export function allScenarios(): Scenario[] {
  return ['ks1', 'ks2'].flatMap((keyStage) =>
    readdirSync(`${repoRoot}levels/${keyStage}/scenarios`)
      .filter((name) => name.endsWith('.json'))
      .map((name) => v.parse(ScenarioSchema, readJson(`levels/${keyStage}/scenarios/${name}`))),
  );
}
