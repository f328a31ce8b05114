import * as v from 'valibot';
import { mechanicRules, uniqueIds, type Add } from './mechanic-rules';
import {
  ScenarioSchema,
  StatementListSchema,
  type Choice,
  type Scenario,
  type StatementList,
} from './schema';

/** One problem found in a levels file: which file, where inside it, and why. */
export interface LevelProblem {
  file: string;
  path: string;
  reason: string;
}

export interface LevelFile {
  file: string;
  data: unknown;
}

export interface ValidLevels {
  statementLists: StatementList[];
  scenarios: Scenario[];
}

function issuesOf(file: string, result: v.SafeParseResult<v.GenericSchema>): LevelProblem[] {
  return (result.issues ?? []).map((issue) => ({
    file,
    path: v.getDotPath(issue) ?? '(top level)',
    reason: issue.message,
  }));
}

/** A choice step or a chat turn: unique ids and at least one safe choice; returns where the first safe one is. */
function choiceRules(choices: readonly Choice[], path: string, add: Add): number | undefined {
  uniqueIds(
    choices.map((choice) => choice.id),
    path,
    'choice',
    add,
  );
  const firstSafe = choices.findIndex((choice) => choice.safe);
  if (firstSafe < 0) add(path, 'needs at least one safe choice');
  if (choices.every((choice) => choice.safe)) add(path, 'needs at least one less safe choice to think about');
  return firstSafe < 0 ? undefined : firstSafe;
}

function scenarioRules(file: string, scenario: Scenario, statementIds: Set<string>): LevelProblem[] {
  const problems: LevelProblem[] = [];
  const add: Add = (path, reason) => void problems.push({ file, path, reason });
  if (!statementIds.has(scenario.statement)) add('statement', `no statement "${scenario.statement}" exists`);
  if (!scenario.id.startsWith(`${scenario.statement}-`))
    add('id', `must start with "${scenario.statement}-"`);
  const stepIds = new Set<string>();
  const safePositions: number[] = [];
  scenario.steps.forEach((step, index) => {
    const at = `steps.${index}`;
    if (stepIds.has(step.id)) add(`${at}.id`, `step id "${step.id}" is used twice`);
    stepIds.add(step.id);
    mechanicRules(step, at, add);
    if (step.kind === 'choice') safePositions.push(choiceRules(step.choices, `${at}.choices`, add) ?? -1);
    if (step.kind === 'chat') {
      step.turns.forEach((turn, turnIndex) => {
        safePositions.push(choiceRules(turn.replies, `${at}.turns.${turnIndex}.replies`, add) ?? -1);
      });
    }
  });
  if (safePositions.length >= 2 && new Set(safePositions).size === 1) {
    add('steps', 'the safe choice is always in the same place; move it in one step');
  }
  if (!scenario.steps.some((step) => step.kind !== 'story')) add('steps', 'needs at least one step to play');
  return problems;
}

/**
 * Checks every levels file against the schema and against the rules between files (each scenario's
 * statement exists, one scenario per statement). Returns the valid content, or every problem found.
 */
export function validateLevels(
  statementFiles: readonly LevelFile[],
  scenarioFiles: readonly LevelFile[],
): { ok: true; levels: ValidLevels } | { ok: false; problems: LevelProblem[] } {
  const problems: LevelProblem[] = [];
  const statementLists: StatementList[] = [];
  const scenarios: Scenario[] = [];
  for (const { file, data } of statementFiles) {
    const result = v.safeParse(StatementListSchema, data);
    if (result.success) statementLists.push(result.output);
    else problems.push(...issuesOf(file, result));
  }
  const statementIds = new Set(statementLists.flatMap((list) => list.statements.map((entry) => entry.id)));
  const seen = new Map<string, string>();
  for (const { file, data } of scenarioFiles) {
    const result = v.safeParse(ScenarioSchema, data);
    if (!result.success) {
      problems.push(...issuesOf(file, result));
      continue;
    }
    const scenario = result.output;
    problems.push(...scenarioRules(file, scenario, statementIds));
    const other = seen.get(scenario.statement);
    if (other)
      problems.push({ file, path: 'statement', reason: `${other} already plays ${scenario.statement}` });
    seen.set(scenario.statement, file);
    scenarios.push(scenario);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, levels: { statementLists, scenarios } };
}

export function describeProblems(problems: readonly LevelProblem[]): string {
  return problems.map((p) => `${p.file}: at ${p.path}: ${p.reason}`).join('\n');
}
