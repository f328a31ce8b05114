import { describe, expect, it } from 'vitest';
import type { FeelingsStep, Scenario } from '../../../src/core/content/schema';
import { feelingSize, feelingWhere, tryFeedbackKey } from '../../../src/core/scenario/placing';
import {
  canGoNext,
  choicesNow,
  choicesShown,
  choose,
  chosenChoice,
  next,
  place,
  startRun,
  tryAgain,
} from '../../../src/core/scenario/scenario-run';

const choice = (id: string, safe: boolean) => ({
  id,
  label: `ks2-01.t.${id}`,
  picture: 'ok' as const,
  safe,
  feedback: `ks2-01.t.${id}F`,
});

/** One scenario with a step of each mechanic, then a story step to finish. */
const scenario: Scenario = {
  id: 'ks2-01-mechanics',
  statement: 'ks2-01',
  setting: 'home',
  hero: 'girl',
  guide: 'owl',
  steps: [
    {
      kind: 'chat',
      id: 'chat',
      lines: ['ks2-01.chat.1'],
      app: 'ks2-01.chat.app',
      contact: { name: 'ks2-01.chat.name', picture: 'stranger' },
      turns: [
        { messages: ['ks2-01.chat.m1'], replies: [choice('tellSchool', false), choice('noThanks', true)] },
        { messages: ['ks2-01.chat.m2'], replies: [choice('block', true), choice('sendPhoto', false)] },
      ],
    },
    {
      kind: 'spot',
      id: 'spot',
      lines: ['ks2-01.spot.1'],
      screen: 'ks2-01.spot.screen',
      spots: [
        { id: 'prize', label: 'ks2-01.spot.prize', picture: 'gift', trap: true, right: 'ks2-01.spot.a' },
        { id: 'play', label: 'ks2-01.spot.play', picture: 'ok', trap: false, wrong: 'ks2-01.spot.b' },
        { id: 'gems', label: 'ks2-01.spot.gems', picture: 'gem', trap: true, right: 'ks2-01.spot.c' },
      ],
    },
    {
      kind: 'match',
      id: 'match',
      lines: ['ks2-01.match.1'],
      answers: [
        { id: 'pegi18', label: 'ks2-01.match.p18', picture: 'over18' },
        { id: 'pegi3', label: 'ks2-01.match.p3', picture: 'numbers' },
      ],
      items: [
        {
          id: 'farm',
          label: 'ks2-01.match.farm',
          picture: 'plant',
          answer: 'pegi3',
          right: 'ks2-01.match.aR',
          wrong: 'ks2-01.match.aW',
        },
        {
          id: 'war',
          label: 'ks2-01.match.war',
          picture: 'dragon',
          answer: 'pegi18',
          right: 'ks2-01.match.bR',
          wrong: 'ks2-01.match.bW',
        },
      ],
    },
    {
      kind: 'password',
      id: 'password',
      lines: ['ks2-01.password.1'],
      tiles: [
        { id: 'pet', label: 'ks2-01.pw.pet', picture: 'dog', kind: 'personal', feedback: 'ks2-01.pw.a' },
        {
          id: 'purple',
          label: 'ks2-01.pw.purple',
          picture: 'palette',
          kind: 'word',
          feedback: 'ks2-01.pw.b',
        },
        { id: 'tiger', label: 'ks2-01.pw.tiger', picture: 'lion', kind: 'word', feedback: 'ks2-01.pw.b' },
        { id: 'jelly', label: 'ks2-01.pw.jelly', picture: 'cake', kind: 'word', feedback: 'ks2-01.pw.b' },
        {
          id: 'seven',
          label: 'ks2-01.pw.seven',
          picture: 'numbers',
          kind: 'number',
          feedback: 'ks2-01.pw.c',
        },
        { id: 'bang', label: 'ks2-01.pw.bang', picture: 'symbols', kind: 'symbol', feedback: 'ks2-01.pw.d' },
      ],
    },
    { kind: 'story', id: 'end', lines: ['ks2-01.end.1'] },
  ],
};

describe('a pretend chat', () => {
  it('goes turn by turn: a less safe reply is explained and retried, a safe one opens the next turn', () => {
    let run = startRun(scenario);
    expect(choicesNow(scenario, run).map((reply) => reply.id)).toEqual(['tellSchool', 'noThanks']);
    run = choose(scenario, run, 'tellSchool');
    expect(chosenChoice(scenario, run)?.feedback).toBe('ks2-01.t.tellSchoolF');
    expect(canGoNext(scenario, run)).toBe(false);
    run = tryAgain(run);
    expect(choose(scenario, run, 'block')).toBe(run);
    run = next(scenario, choose(scenario, run, 'noThanks'));
    expect(run.stepIndex).toBe(0);
    expect(run.answers).toEqual(['noThanks']);
    expect(run.feedback).toBeUndefined();
    expect(choicesNow(scenario, run).map((reply) => reply.id)).toEqual(['block', 'sendPhoto']);
    run = next(scenario, choose(scenario, run, 'block'));
    expect(run.stepIndex).toBe(1);
    expect(run.answers).toBeUndefined();
    expect(run.misses).toEqual({ chat: 1 });
  });
});

describe('spot the trap', () => {
  it('flags each trap found, explains a fine thing with a miss, and finishes when every trap is found', () => {
    let run = startRun(scenario, 1);
    run = place(scenario, run, 'play', 'trap');
    expect(run.lastTry).toEqual({ itemId: 'play', targetId: 'trap', right: false });
    expect(run.misses).toEqual({ spot: 1 });
    run = place(scenario, run, 'prize', 'trap');
    expect(canGoNext(scenario, run)).toBe(false);
    expect(place(scenario, run, 'prize', 'trap')).toBe(run);
    run = place(scenario, run, 'gems', 'trap');
    expect(canGoNext(scenario, run)).toBe(true);
    expect(run.misses).toEqual({ spot: 1 });
  });
});

describe('matching', () => {
  it('is one to one: a wrong answer is a miss, a matched answer cannot be used again', () => {
    let run = startRun(scenario, 2);
    run = place(scenario, run, 'farm', 'pegi18');
    expect(run.lastTry?.right).toBe(false);
    run = place(scenario, run, 'war', 'pegi18');
    expect(run.placed).toEqual({ war: 'pegi18' });
    expect(place(scenario, run, 'farm', 'pegi18')).toBe(run);
    expect(canGoNext(scenario, run)).toBe(false);
    run = place(scenario, run, 'farm', 'pegi3');
    expect(canGoNext(scenario, run)).toBe(true);
    expect(run.misses).toEqual({ match: 1 });
  });
});

describe('building a password', () => {
  it('refuses personal tiles, and is done once three words, a number and a symbol are in', () => {
    let run = startRun(scenario, 3);
    run = place(scenario, run, 'pet', 'password');
    expect(run.lastTry?.right).toBe(false);
    expect(run.placed ?? {}).toEqual({});
    for (const tile of ['purple', 'tiger', 'seven']) run = place(scenario, run, tile, 'password');
    expect(canGoNext(scenario, run)).toBe(false);
    run = place(scenario, run, 'jelly', 'password');
    expect(canGoNext(scenario, run)).toBe(false);
    run = place(scenario, run, 'bang', 'password');
    expect(canGoNext(scenario, run)).toBe(true);
    expect(Object.keys(run.placed ?? {})).toEqual(['purple', 'tiger', 'seven', 'jelly', 'bang']);
    expect(run.misses).toEqual({ password: 1 });
  });

  it('takes no more tiles once strong', () => {
    let run = startRun(scenario, 3);
    for (const tile of ['purple', 'tiger', 'jelly', 'seven', 'bang'])
      run = place(scenario, run, tile, 'password');
    expect(place(scenario, run, 'pet', 'password')).toBe(run);
  });
});

describe('a feelings check', () => {
  const feelings: FeelingsStep = {
    kind: 'feelings',
    id: 'notice',
    lines: ['ks1-04.notice.1'],
    whereAsk: 'ks1-04.notice.where',
    places: [
      { id: 'head', label: 'ks1-04.notice.head', picture: 'bodyHead', wrong: 'ks1-04.notice.headWrong' },
      { id: 'tummy', label: 'ks1-04.notice.tummy', picture: 'bodyTummy', right: 'ks1-04.notice.tummyRight' },
      { id: 'hands', label: 'ks1-04.notice.hands', picture: 'bodyHands', wrong: 'ks1-04.notice.handsWrong' },
    ],
    answer: 'tummy',
    sizeAsk: 'ks1-04.notice.size',
    sizes: { small: 'ks1-04.notice.small', middle: 'ks1-04.notice.middle', big: 'ks1-04.notice.big' },
  };
  const withFeelings: Scenario = { ...scenario, steps: [feelings, ...scenario.steps] };

  it('finds where the feeling is (a wrong place is explained, not a miss), then takes any size', () => {
    let run = startRun(withFeelings);
    expect(place(withFeelings, run, feelingSize, 'big')).toBe(run);
    run = place(withFeelings, run, feelingWhere, 'head');
    expect(run.lastTry).toEqual({ itemId: feelingWhere, targetId: 'head', right: false });
    expect(tryFeedbackKey(feelings, run.lastTry ?? { itemId: '', targetId: '', right: false })).toBe(
      'ks1-04.notice.headWrong',
    );
    expect(run.misses).toEqual({});
    run = place(withFeelings, run, feelingWhere, 'tummy');
    expect(canGoNext(withFeelings, run)).toBe(false);
    run = place(withFeelings, run, feelingSize, 'small');
    expect(run.lastTry?.right).toBe(true);
    expect(tryFeedbackKey(feelings, run.lastTry ?? { itemId: '', targetId: '', right: false })).toBe(
      'ks1-04.notice.small',
    );
    expect(canGoNext(withFeelings, run)).toBe(true);
    expect(place(withFeelings, run, feelingSize, 'huge')).toBe(run);
  });
});

describe('the words for a try', () => {
  it('are the right words when placed right and the wrong words after a wrong try', () => {
    const spot = scenario.steps.find((step) => step.kind === 'spot');
    if (spot?.kind !== 'spot') throw new Error('the fixture has a spot step');
    expect(tryFeedbackKey(spot, { itemId: 'prize', targetId: 'trap', right: true })).toBe('ks2-01.spot.a');
    expect(tryFeedbackKey(spot, { itemId: 'play', targetId: 'trap', right: false })).toBe('ks2-01.spot.b');
    const match = scenario.steps.find((step) => step.kind === 'match');
    if (match?.kind !== 'match') throw new Error('the fixture has a match step');
    expect(tryFeedbackKey(match, { itemId: 'farm', targetId: 'pegi18', right: false })).toBe(
      'ks2-01.match.aW',
    );
    expect(tryFeedbackKey(match, { itemId: 'farm', targetId: 'pegi3', right: true })).toBe('ks2-01.match.aR');
  });
});

describe('a replay', () => {
  it('shows the same choices in another order, the same every time, and keeps it from step to step', () => {
    const first = startRun(scenario);
    const replay = startRun(scenario, 0, {}, 1);
    const ids = (run: ReturnType<typeof startRun>) => choicesShown(scenario, run).map((c) => c.id);
    expect(ids(first)).toEqual(['tellSchool', 'noThanks']);
    expect(ids(replay)).toEqual(['noThanks', 'tellSchool']);
    expect(ids(startRun(scenario, 0, {}, 2))).toEqual(ids(first));
    const answered = next(scenario, choose(scenario, replay, 'noThanks'));
    expect(answered.rotation).toBe(1);
    expect(ids(answered)).toEqual(['sendPhoto', 'block']);
  });
});
