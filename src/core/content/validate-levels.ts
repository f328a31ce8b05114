import * as v from 'valibot';
import { ScenarioSchema, StatementListSchema, type Scenario, type StatementList } from './schema';

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

function scenarioRules(file: string, scenario: Scenario, statementIds: Set<string>): LevelProblem[] {
  const problems: LevelProblem[] = [];
  const add = (path: string, reason: string): void => void problems.push({ file, path, reason });
  if (!statementIds.has(scenario.statement)) add('statement', `no statement "${scenario.statement}" exists`);
  if (!scenario.id.startsWith(`${scenario.statement}-`))
    add('id', `must start with "${scenario.statement}-"`);
  const stepIds = new Set<string>();
  const safePositions: number[] = [];
  scenario.steps.forEach((step, index) => {
    if (stepIds.has(step.id)) add(`steps.${index}.id`, `step id "${step.id}" is used twice`);
    stepIds.add(step.id);
    if (step.kind === 'sort') {
      const binIds = new Set(step.bins.map((bin) => bin.id));
      step.items.forEach((item, itemIndex) => {
        if (!binIds.has(item.bin))
          add(`steps.${index}.items.${itemIndex}.bin`, `no bin "${item.bin}" in this step`);
      });
      for (const bin of binIds) {
        if (!step.items.some((item) => item.bin === bin))
          add(`steps.${index}.bins`, `nothing belongs in bin "${bin}"`);
      }
      return;
    }
    if (step.kind !== 'choice') return;
    const choiceIds = new Set(step.choices.map((choice) => choice.id));
    if (choiceIds.size !== step.choices.length) add(`steps.${index}.choices`, 'choice ids must be unique');
    const firstSafe = step.choices.findIndex((choice) => choice.safe);
    if (firstSafe < 0) add(`steps.${index}.choices`, 'needs at least one safe choice');
    else safePositions.push(firstSafe);
  });
  if (safePositions.length >= 2 && new Set(safePositions).size === 1) {
    add('steps', 'the safe choice is always in the same place; move it in one step');
  }
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

/** Every text key a scenario uses, for checking that locales hold them all. */
export function textKeysOf(scenario: Scenario): string[] {
  return scenario.steps.flatMap((step) => [
    ...step.lines,
    ...(step.discuss ? [step.discuss] : []),
    ...(step.kind === 'choice' ? step.choices.flatMap((choice) => [choice.label, choice.feedback]) : []),
    ...(step.kind === 'sort'
      ? [...step.bins.map((bin) => bin.label), ...step.items.flatMap((item) => [item.label, item.feedback])]
      : []),
  ]);
}
