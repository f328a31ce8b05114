import { describe, expect, it } from 'vitest';
import { validateLevels, type LevelFile } from '../../../src/core/content/validate-levels';
import { checkLevelsOnDisk } from '../../../scripts/levels-check';
import { readJson, repoRoot } from '../levels';

const statements: LevelFile[] = ['ks1', 'ks2'].map((ks) => ({
  file: `levels/${ks}/statements.json`,
  data: readJson(`levels/${ks}/statements.json`),
}));
const file = 'levels/ks1/scenarios/ks1-04-funny-feeling.json';
type Json = Record<string, unknown> & { steps: Record<string, unknown>[] };
const fresh = (): Json => structuredClone(readJson(file)) as Json;
const choiceIndex = fresh().steps.findIndex((step) => step.kind === 'choice');

function problemsWith(change: (scenario: Json) => void): { path: string; reason: string }[] {
  const scenario = fresh();
  change(scenario);
  const result = validateLevels(statements, [{ file, data: scenario }]);
  return result.ok ? [] : result.problems.map(({ path, reason }) => ({ path, reason }));
}

const choices = (scenario: Json, index = choiceIndex) =>
  scenario.steps[index]?.choices as Record<string, unknown>[];

describe('the levels check', () => {
  it('passes every levels file the game ships, with every text key in locales/en', () => {
    expect(checkLevelsOnDisk(repoRoot)).toEqual([]);
  });

  it.each<[string, (scenario: Json) => void, string, RegExp]>([
    [
      'a choice step with no safe choice',
      (s) => choices(s).forEach((c) => (c.safe = false)),
      `steps.${choiceIndex}.choices`,
      /at least one safe choice/,
    ],
    [
      'a choice without feedback',
      (s) => delete choices(s)[0]?.feedback,
      `steps.${choiceIndex}.choices.0.feedback`,
      /./,
    ],
    ['one choice only', (s) => choices(s).splice(1), `steps.${choiceIndex}.choices`, /at least two choices/],
    [
      'an unknown picture',
      (s) => ((choices(s)[0] ?? {}).picture = 'spaceship'),
      `steps.${choiceIndex}.choices.0.picture`,
      /picture names/,
    ],
    [
      'a statement that does not exist',
      (s) => (s.statement = 'ks1-99'),
      'statement',
      /no statement "ks1-99"/,
    ],
    ['a step with no lines', (s) => ((s.steps[0] ?? {}).lines = []), 'steps.0.lines', /at least one line/],
    ['duplicate step ids', (s) => ((s.steps[1] ?? {}).id = s.steps[0]?.id), 'steps.1.id', /used twice/],
    ['an extra field', (s) => (s.colour = 'red'), 'colour', /./],
    [
      'a malformed text key',
      (s) => ((s.steps[0] ?? {}).lines = ['hello there']),
      'steps.0.lines.0',
      /text key/,
    ],
    [
      'the safe choice always in the same place',
      (s) =>
        s.steps.forEach((step) => {
          const list = step.choices as { safe: boolean }[] | undefined;
          list?.forEach((c, i) => (c.safe = i === 0));
        }),
      'steps',
      /always in the same place/,
    ],
  ])('names the place and reason for %s', (_, change, path, reason) => {
    const problems = problemsWith(change);
    expect(problems.map((p) => p.path)).toContain(path);
    expect(problems.find((p) => p.path === path)?.reason).toMatch(reason);
  });
});
