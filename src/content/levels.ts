import * as v from 'valibot';
import type { KeyStage } from '../core/content/key-stage';
import type { Scenario, StatementEntry } from '../core/content/schema';
import { loadScenarioWords } from '../services/i18n/i18n';

/** One key stage's content: its statements in the policy's order, and the scenario of each. */
export interface KeyStageContent {
  readonly keyStage: KeyStage;
  readonly statements: readonly StatementEntry[];
  readonly scenarios: ReadonlyMap<string, Scenario>;
}

// Levels arrive by dynamic import when a key stage is chosen. The build has already checked them
// against the schema (see vite.config.ts); parsing again here gives them their types.
const statementFiles = import.meta.glob<unknown>('/levels/*/statements.json', { import: 'default' });
const scenarioFiles = import.meta.glob<unknown>('/levels/*/scenarios/*.json', { import: 'default' });

const cache = new Map<KeyStage, Promise<KeyStageContent>>();

async function load(keyStage: KeyStage): Promise<KeyStageContent> {
  const loadStatements = statementFiles[`/levels/${keyStage}/statements.json`];
  if (!loadStatements) throw new Error(`No statements for ${keyStage}`);
  // The schema comes with the first key stage, not with the title.
  const [statements, { ScenarioSchema, StatementListSchema }] = await Promise.all([
    loadStatements(),
    import('../core/content/schema'),
    loadScenarioWords(keyStage),
  ]);
  const list = v.parse(StatementListSchema, statements);
  const scenarioLoaders = Object.entries(scenarioFiles)
    .filter(([path]) => path.startsWith(`/levels/${keyStage}/`))
    .map(([, loadScenario]) => loadScenario);
  const scenarios = (await Promise.all(scenarioLoaders.map((loadScenario) => loadScenario()))).map((data) =>
    v.parse(ScenarioSchema, data),
  );
  return {
    keyStage,
    statements: list.statements,
    scenarios: new Map(scenarios.map((scenario) => [scenario.statement, scenario])),
  };
}

export function loadKeyStage(keyStage: KeyStage): Promise<KeyStageContent> {
  let content = cache.get(keyStage);
  if (!content) {
    content = load(keyStage);
    cache.set(keyStage, content);
    // A failed load (a dropped connection) is not remembered, so the next visit tries again.
    content.catch(() => cache.delete(keyStage));
  }
  return content;
}
