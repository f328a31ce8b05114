import * as v from 'valibot';
import { wordsNeeded } from '../scenario/password-strength';
import {
  ScenarioSchema,
  StatementListSchema,
  type Choice,
  type Scenario,
  type StatementList,
  type Step,
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

type Add = (path: string, reason: string) => void;

function uniqueIds(ids: readonly string[], path: string, what: string, add: Add): void {
  if (new Set(ids).size !== ids.length) add(path, `${what} ids must be unique`);
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

/** The rules of each mechanic that the schema alone cannot say. */
function mechanicRules(step: Step, at: string, add: Add): void {
  switch (step.kind) {
    case 'sort': {
      const binIds = new Set(step.bins.map((bin) => bin.id));
      uniqueIds([...step.items.map((item) => item.id)], `${at}.items`, 'item', add);
      step.items.forEach((item, itemIndex) => {
        if (!binIds.has(item.bin)) add(`${at}.items.${itemIndex}.bin`, `no bin "${item.bin}" in this step`);
      });
      for (const bin of binIds) {
        if (!step.items.some((item) => item.bin === bin))
          add(`${at}.bins`, `nothing belongs in bin "${bin}"`);
      }
      return;
    }
    case 'match': {
      uniqueIds([...step.items.map((item) => item.id)], `${at}.items`, 'item', add);
      if (step.answers.length !== step.items.length) add(`${at}.answers`, 'needs one answer for each thing');
      step.answers.forEach((answer, answerIndex) => {
        const partners = step.items.filter((item) => item.answer === answer.id).length;
        if (partners !== 1)
          add(`${at}.answers.${answerIndex}`, `"${answer.id}" must match exactly one thing`);
      });
      if (step.items.every((item, itemIndex) => step.answers[itemIndex]?.id === item.answer))
        add(`${at}.answers`, 'the answers are in the same order as the things; mix them up');
      return;
    }
    case 'spot':
      uniqueIds([...step.spots.map((spot) => spot.id)], `${at}.spots`, 'spot', add);
      if (!step.spots.some((spot) => spot.trap)) add(`${at}.spots`, 'needs at least one trap to find');
      if (step.spots.every((spot) => spot.trap)) add(`${at}.spots`, 'needs at least one thing that is fine');
      return;
    case 'password': {
      uniqueIds([...step.tiles.map((tile) => tile.id)], `${at}.tiles`, 'tile', add);
      const count = (kind: string): number => step.tiles.filter((tile) => tile.kind === kind).length;
      if (count('word') < wordsNeeded) add(`${at}.tiles`, `needs at least ${wordsNeeded} word tiles`);
      if (count('number') < 1 || count('symbol') < 1)
        add(`${at}.tiles`, 'needs a number tile and a symbol tile');
      if (count('personal') < 1) add(`${at}.tiles`, 'needs a personal tile to refuse');
      return;
    }
    default:
      return;
  }
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

function choiceKeys(choices: readonly Choice[]): string[] {
  return choices.flatMap((choice) => [choice.label, choice.feedback]);
}

function stepKeys(step: Step): string[] {
  switch (step.kind) {
    case 'story':
      return [];
    case 'choice':
      return choiceKeys(step.choices);
    case 'sort':
      return [
        ...step.bins.map((bin) => bin.label),
        ...step.items.flatMap((item) => [item.label, item.feedback]),
      ];
    case 'chat':
      return [
        step.app,
        step.contact.name,
        ...step.turns.flatMap((turn) => [...turn.messages, ...choiceKeys(turn.replies)]),
      ];
    case 'spot':
      return [step.screen, ...step.spots.flatMap((spot) => [spot.label, spot.feedback])];
    case 'match':
      return [
        ...step.answers.map((answer) => answer.label),
        ...step.items.flatMap((item) => [item.label, item.feedback]),
      ];
    case 'password':
      return step.tiles.flatMap((tile) => [tile.label, tile.feedback]);
  }
}

/** Every text key a scenario uses, for checking that locales hold them all. */
export function textKeysOf(scenario: Scenario): string[] {
  return scenario.steps.flatMap((step) => [
    ...step.lines,
    ...(step.discuss ? [step.discuss] : []),
    ...stepKeys(step),
  ]);
}
