import * as v from 'valibot';
import type { KeyStage } from '../core/content/key-stage';
import type { Scenario, StatementEntry } from '../core/content/schema';
import { loadScenarioWords } from '../services/i18n/i18n';
import { loadOnceEach } from '../services/load-once';

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

const loadOnce = loadOnceEach<KeyStageContent>();

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

/** A key stage's content, loaded once. */
export function loadKeyStage(keyStage: KeyStage): Promise<KeyStageContent> {
  return loadOnce(keyStage, () => load(keyStage));
}
