import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/core/content/content-check';
import type { ContentRule, ContentScenario, ContentWords } from '../../../src/core/content/content-rules';
import type { KeyStage } from '../../../src/core/content/key-stage';
import type { Scenario } from '../../../src/core/content/schema';

type Words = Record<string, string>;

/** A small scenario that keeps every rule, in either key stage, and its words. */
function goodScenario(keyStage: KeyStage, hero: string): { scenario: Scenario; words: Words } {
  const s = `${keyStage}-01`;
  const scenario: Scenario = {
    id: `${s}-test`,
    statement: s,
    sensitive: true,
    setting: 'home',
    hero: 'girl',
    guide: 'owl',
    steps: [
      { kind: 'story', id: 'intro', lines: [`${s}.intro.1`, `${s}.intro.2`] },
      {
        kind: 'choice',
        id: 'pick',
        lines: [`${s}.pick.1`],
        discuss: `${s}.pick.discuss`,
        discussAfter: `${s}.pick.after`,
        choices: [
          {
            id: 'click',
            label: `${s}.pick.click`,
            picture: 'mouse',
            safe: false,
            feedback: `${s}.pick.clickF`,
          },
          {
            id: 'tell',
            label: `${s}.pick.tell`,
            picture: 'teacher',
            safe: true,
            feedback: `${s}.pick.tellF`,
          },
        ],
      },
      {
        kind: 'sort',
        id: 'sort',
        lines: [`${s}.sort.1`],
        bins: [
          { id: 'ok', label: `${s}.sort.ok`, picture: 'thumbsUp' },
          { id: 'ask', label: `${s}.sort.ask`, picture: 'raisedHand' },
        ],
        items: [
          {
            id: 'a',
            label: `${s}.sort.a`,
            picture: 'book',
            bin: 'ok',
            right: `${s}.sort.aR`,
            wrong: `${s}.sort.aW`,
          },
          {
            id: 'b',
            label: `${s}.sort.b`,
            picture: 'gift',
            bin: 'ask',
            right: `${s}.sort.bR`,
            wrong: `${s}.sort.bW`,
          },
          {
            id: 'c',
            label: `${s}.sort.c`,
            picture: 'pin',
            bin: 'ask',
            right: `${s}.sort.cR`,
            wrong: `${s}.sort.cW`,
          },
        ],
      },
    ],
  };
  const words: Words = {
    [`${s}.intro.1`]: `${hero} sees a funny message.`,
    [`${s}.intro.2`]: `It is not ${hero}'s fault.`,
    [`${s}.pick.1`]: `What could ${hero} do now?`,
    [`${s}.pick.discuss`]: `What could ${hero} do?`,
    [`${s}.pick.after`]: `Why is telling a good idea?`,
    [`${s}.pick.click`]: 'Click the big button',
    [`${s}.pick.clickF`]: 'Hmm, that could be a trick. Try again.',
    [`${s}.pick.tell`]: 'Tell {{oneAtSchool}}',
    [`${s}.pick.tellF`]: `Good thinking. {{AtSchool}} can help ${hero}.`,
    [`${s}.sort.1`]: 'Sort the things.',
    [`${s}.sort.ok`]: 'Fine',
    [`${s}.sort.ask`]: 'Ask first',
    [`${s}.sort.a`]: 'A book',
    [`${s}.sort.aR`]: 'Yes, a book is fine.',
    [`${s}.sort.aW`]: 'Not that box. A book is fine.',
    [`${s}.sort.b`]: 'A prize',
    [`${s}.sort.bR`]: 'Right, ask about prizes.',
    [`${s}.sort.bW`]: 'Try the other box. Prizes can be tricks.',
    [`${s}.sort.c`]: 'A map',
    [`${s}.sort.cR`]: 'Good, ask about maps.',
    [`${s}.sort.cW`]: 'Look again. A map shows where you are.',
  };
  return { scenario, words };
}

const defaults = {
  atSchool: 'a grown-up at school',
  AtSchool: 'A grown-up at school',
  oneAtSchool: 'my teacher',
  OneAtSchool: 'My teacher',
};

function wordsOf(all: Words): ContentWords {
  return { text: (key) => all[key], defaults };
}

function item(keyStage: KeyStage, scenario: Scenario): ContentScenario {
  return {
    file: `levels/${keyStage}/${scenario.id}.json`,
    localeFile: `${scenario.statement}.json`,
    keyStage,
    scenario,
  };
}

/** The rules the check breaks for a KS1 and a KS2 scenario after `change`. */
function rulesBroken(
  change: (ks1: { scenario: Scenario; words: Words }, ks2: { scenario: Scenario; words: Words }) => void,
  extra: readonly ContentScenario[] = [],
) {
  const ks1 = goodScenario('ks1', 'Ava');
  const ks2 = goodScenario('ks2', 'Omar');
  change(ks1, ks2);
  const { problems } = checkContent(
    [item('ks1', ks1.scenario), item('ks2', ks2.scenario), ...extra],
    wordsOf({ ...ks1.words, ...ks2.words }),
  );
  return problems;
}

const choiceStep = (scenario: Scenario) => {
  const step = scenario.steps[1];
  if (step?.kind !== 'choice') throw new Error('the fixture has a choice second');
  return step;
};

describe('the content check rules', () => {
  it('passes scenarios that keep every rule', () => {
    expect(rulesBroken(() => undefined)).toEqual([]);
  });

  it.each<[string, ContentRule, string, Parameters<typeof rulesBroken>[0]]>([
    [
      'a KS1 sentence over eight words',
      'reading',
      'ks1-01.intro.1',
      (a) => (a.words['ks1-01.intro.1'] = 'Ava sees a very funny message on her new tablet today.'),
    ],
    [
      'a KS2 sentence over fifteen words',
      'reading',
      'ks2-01.pick.1',
      (_, b) =>
        void (b.words['ks2-01.pick.1'] =
          'What could Omar do now that the message with the shiny prize and the big red button has arrived on his screen?'),
    ],
    [
      'a default value that makes a sentence too long',
      'reading',
      'ks1-01.pick.tellF',
      (a) => (a.words['ks1-01.pick.tellF'] = 'Good thinking. Ava can tell {{atSchool}} about it.'),
    ],
    [
      'a KS1 choice label over four words',
      'ks1Label',
      'ks1-01.pick.click',
      (a) => (a.words['ks1-01.pick.click'] = 'Click the big red button'),
    ],
    [
      'a KS1 choice label naming every trusted adult',
      'ks1Label',
      'ks1-01.pick.tell',
      (a) => (a.words['ks1-01.pick.tell'] = 'Tell {{atSchool}}'),
    ],
    [
      'a placed thing whose wrong words are its right words',
      'placedFeedback',
      'ks2-01.sort.aW',
      (_, b) => (b.words['ks2-01.sort.aW'] = b.words['ks2-01.sort.aR'] ?? ''),
    ],
    [
      'a placed thing with no wrong words',
      'placedFeedback',
      'ks1-01.sort.bW',
      (a) => delete a.words['ks1-01.sort.bW'],
    ],
    [
      'wrong feedback that starts with praise',
      'praise',
      'ks1-01.sort.aW',
      (a) => (a.words['ks1-01.sort.aW'] = 'Yes! A book is fine.'),
    ],
    [
      'a less safe choice praised',
      'praise',
      'ks2-01.pick.clickF',
      (_, b) => (b.words['ks2-01.pick.clickF'] = 'Well done, but try again.'),
    ],
    [
      'a scenario that names no trusted adult',
      'trustedAdult',
      'steps',
      (a) => {
        a.words['ks1-01.pick.tell'] = 'Tell Mum';
        a.words['ks1-01.pick.tellF'] = 'Good thinking. Mum can help Ava.';
      },
    ],
    [
      'a sensitive scenario with not-your-fault only in a less safe feedback',
      'notYourFault',
      'sensitive',
      (_, b) => {
        b.words['ks2-01.intro.2'] = 'Omar feels worried.';
        b.words['ks2-01.pick.clickF'] = "Hmm, that could be a trick. It is not Omar's fault.";
      },
    ],
    [
      'a class question that names the safe choice',
      'discussGivesAway',
      'ks1-01.pick.discuss',
      (a) => (a.words['ks1-01.pick.discuss'] = 'Why should Ava tell her teacher?'),
    ],
    [
      'a character called Ollie',
      'guideName',
      'ks2-01.intro.1',
      (_, b) => (b.words['ks2-01.intro.1'] = 'Ollie sees a funny message.'),
    ],
    [
      'the safe option longest in most groups',
      'safeLongest',
      'ks2-01-test steps.1.choices',
      (_, b) => (b.words['ks2-01.pick.tell'] = 'Tell {{oneAtSchool}} about the message and the prize'),
    ],
    [
      'a character name in both key stages',
      'sharedName',
      'Ava',
      (_, b) => (b.words['ks2-01.intro.1'] = 'Ava sees a funny message.'),
    ],
  ])('fails on %s, naming the file and key', (_, rule, key, change) => {
    const problems = rulesBroken(change);
    expect(problems.map((p) => p.rule)).toContain(rule);
    const found = problems.find((p) => p.rule === rule);
    expect(found?.key).toBe(key);
    expect(found?.file).toMatch(/\S/);
  });

  it('fails on a picture only ever on safe options, four times, naming where', () => {
    const copies = [2, 3, 4].map((n) =>
      item('ks1', { ...goodScenario('ks1', 'Ava').scenario, id: `ks1-0${n}-test` }),
    );
    const found = rulesBroken(() => undefined, copies).find((p) => p.rule === 'safePicture');
    expect(found?.key).toBe(
      'ks1-01-test steps.1.choices, ks1-02-test steps.1.choices, ks1-03-test steps.1.choices, ks1-04-test steps.1.choices',
    );
    expect(found?.reason).toMatch(/"teacher" is only ever on safe options \(4 times\)/);
  });

  it('counts the safe-is-longest share over choice and chat groups', () => {
    const ks1 = goodScenario('ks1', 'Ava');
    choiceStep(ks1.scenario).choices.reverse();
    const { figures } = checkContent([item('ks1', ks1.scenario)], wordsOf(ks1.words));
    expect(figures[0]).toMatchObject({ keyStage: 'ks1', groups: 1, safeLongest: 0, maxWords: 7 });
  });
});
