import { describe, expect, it } from 'vitest';
import type { Scenario, Step } from '../../../src/core/content/schema';
import {
  back,
  canGoNext,
  choicesNow,
  choose,
  chosenChoice,
  currentStep,
  isAtEnding,
  next,
  place,
  startRun,
  tryAgain,
  type ScenarioRun,
} from '../../../src/core/scenario/scenario-run';
import { allScenarios } from '../levels';
import { feelingSize, feelingWhere } from '../../../src/core/scenario/placing';

const sorting: Scenario = {
  id: 'ks1-10-sharing',
  statement: 'ks1-10',
  setting: 'home',
  hero: 'girl',
  guide: 'owl',
  steps: [
    {
      kind: 'sort',
      id: 'sort',
      lines: ['ks1-10.sort.1'],
      bins: [
        { id: 'share', label: 'ks1-10.sort.share', picture: 'thumbsUp' },
        { id: 'check', label: 'ks1-10.sort.check', picture: 'raisedHand' },
      ],
      items: [
        {
          id: 'colour',
          label: 'ks1-10.sort.colour',
          picture: 'palette',
          bin: 'share',
          right: 'ks1-10.sort.aR',
          wrong: 'ks1-10.sort.aW',
        },
        {
          id: 'address',
          label: 'ks1-10.sort.address',
          picture: 'house',
          bin: 'check',
          right: 'ks1-10.sort.bR',
          wrong: 'ks1-10.sort.bW',
        },
        {
          id: 'birthday',
          label: 'ks1-10.sort.birthday',
          picture: 'birthdayCake',
          bin: 'check',
          right: 'ks1-10.sort.cR',
          wrong: 'ks1-10.sort.cW',
        },
      ],
    },
    { kind: 'story', id: 'end', lines: ['ks1-10.end.1'] },
  ],
};

/** Answers the choices on screen: a less safe one first where there is one (a miss), then the safe one. */
function chooseSafely(scenario: Scenario, start: ScenarioRun): { run: ScenarioRun; misses: number } {
  let run = start;
  expect(canGoNext(scenario, run)).toBe(false);
  const choices = choicesNow(scenario, run);
  const unsafe = choices.find((choice) => !choice.safe);
  if (unsafe) {
    run = choose(scenario, run, unsafe.id);
    expect(run.feedback).toEqual({ choiceId: unsafe.id, safe: false });
    expect(next(scenario, run)).toBe(run);
    run = tryAgain(run);
    expect(run.feedback).toBeUndefined();
  }
  const safe = choices.find((choice) => choice.safe);
  run = choose(scenario, run, safe?.id ?? '');
  expect(chosenChoice(scenario, run)).toBe(safe);
  return { run, misses: unsafe ? 1 : 0 };
}

/** Puts every thing of a placing step where it belongs, with no miss (a feelings check's wrong place is none). */
function placeEverything(scenario: Scenario, start: ScenarioRun, step: Step): ScenarioRun {
  let run = start;
  if (step.kind === 'sort') for (const item of step.items) run = place(scenario, run, item.id, item.bin);
  if (step.kind === 'match') for (const item of step.items) run = place(scenario, run, item.id, item.answer);
  if (step.kind === 'spot')
    for (const spot of step.spots.filter((s) => s.trap)) run = place(scenario, run, spot.id, 'trap');
  if (step.kind === 'feelings') {
    const elsewhere = step.places.find((candidate) => candidate.id !== step.answer);
    run = place(scenario, run, feelingWhere, elsewhere?.id ?? '');
    expect(run.lastTry?.right).toBe(false);
    run = place(scenario, run, feelingWhere, step.answer);
    run = place(scenario, run, feelingSize, 'big');
  }
  if (step.kind === 'password') {
    const kinds = ['word', 'word', 'word', 'number', 'symbol'];
    const tiles = step.tiles.filter((tile) => tile.kind !== 'personal');
    for (const kind of new Set(kinds)) {
      const wanted = kinds.filter((k) => k === kind).length;
      for (const tile of tiles.filter((t) => t.kind === kind).slice(0, wanted))
        run = place(scenario, run, tile.id, 'password');
    }
  }
  return run;
}

describe.each(allScenarios().map((scenario) => [scenario.id, scenario] as const))('%s', (_, scenario) => {
  it('plays from start to its ending with safe choices, counting each less safe one as a miss', () => {
    let run = startRun(scenario);
    let expectedMisses = 0;
    while (!isAtEnding(scenario, run)) {
      const step = currentStep(scenario, run);
      if (!step) break;
      const turns = step.kind === 'chat' ? step.turns.length : step.kind === 'choice' ? 1 : 0;
      for (let turn = 0; turn < turns; turn += 1) {
        const answered = chooseSafely(scenario, run);
        expectedMisses += answered.misses;
        run = answered.run;
        if (turn < turns - 1) {
          run = next(scenario, run);
          expect(run.stepIndex).toBe(scenario.steps.indexOf(step));
        }
      }
      run = placeEverything(scenario, run, step);
      expect(canGoNext(scenario, run)).toBe(true);
      run = next(scenario, run);
    }
    expect(run.stepIndex).toBe(scenario.steps.length);
    expect(Object.values(run.misses).reduce((a, b) => a + b, 0)).toBe(expectedMisses);
  });
});

describe('a scenario run', () => {
  const scenario = allScenarios()[0];
  if (!scenario) throw new Error('no scenarios');
  const choiceIndex = scenario.steps.findIndex((step) => step.kind === 'choice');

  it('resumes at a saved step, and never past the ending or before the start', () => {
    expect(startRun(scenario, 2).stepIndex).toBe(2);
    expect(startRun(scenario, 99).stepIndex).toBe(scenario.steps.length);
    expect(startRun(scenario, -3).stepIndex).toBe(0);
    expect(startRun(scenario, 1.7).stepIndex).toBe(1);
  });

  it('ignores unknown choices, choices on story steps and a second choice while feedback shows', () => {
    const atStory = startRun(
      scenario,
      scenario.steps.findIndex((step) => step.kind === 'story'),
    );
    expect(choose(scenario, atStory, 'anything')).toBe(atStory);
    const atChoice = startRun(scenario, choiceIndex);
    expect(choose(scenario, atChoice, 'no-such-choice')).toBe(atChoice);
    const step = scenario.steps[choiceIndex];
    const [first, second] = step?.kind === 'choice' ? step.choices : [];
    const chosen = choose(scenario, atChoice, first?.id ?? '');
    expect(choose(scenario, chosen, second?.id ?? '')).toBe(chosen);
  });

  it('goes back a step, or from feedback back to the question, but not before the start', () => {
    const start = startRun(scenario);
    expect(back(start)).toBe(start);
    expect(back(startRun(scenario, 2)).stepIndex).toBe(1);
    const step = scenario.steps[choiceIndex];
    const chosen = choose(
      scenario,
      startRun(scenario, choiceIndex),
      step?.kind === 'choice' ? (step.choices[0]?.id ?? '') : '',
    );
    const backed = back(chosen);
    expect(backed.stepIndex).toBe(choiceIndex);
    expect(backed.feedback).toBeUndefined();
  });

  it('keeps its misses across steps', () => {
    const run = { ...startRun(scenario, 1), misses: { x: 2 } };
    expect(next(scenario, run).misses).toEqual({ x: 2 });
  });
});

describe('a sort step', () => {
  it('keeps a thing in its right bin, refuses the wrong bin with a miss, and opens Next when all are in', () => {
    let run = startRun(sorting);
    run = place(sorting, run, 'address', 'share');
    expect(run.placed ?? {}).toEqual({});
    expect(run.lastTry).toEqual({ itemId: 'address', targetId: 'share', right: false });
    expect(run.misses).toEqual({ sort: 1 });
    run = place(sorting, run, 'address', 'check');
    expect(run.placed).toEqual({ address: 'check' });
    expect(canGoNext(sorting, run)).toBe(false);
    expect(place(sorting, run, 'address', 'share')).toBe(run);
    expect(place(sorting, run, 'nothing', 'share')).toBe(run);
    expect(place(sorting, run, 'colour', 'nowhere')).toBe(run);
    run = place(sorting, run, 'colour', 'share');
    run = place(sorting, run, 'birthday', 'check');
    expect(canGoNext(sorting, run)).toBe(true);
    expect(run.misses).toEqual({ sort: 1 });
    const after = next(sorting, run);
    expect(after.stepIndex).toBe(1);
    expect(after.placed).toBeUndefined();
  });
});
