import { plainText } from '../../core/content/emphasis';
import type { KeyStage } from '../../core/content/key-stage';
import { feelingSizes } from '../../core/content/feeling-sizes';
import type { Scenario, StatementEntry, Step } from '../../core/content/schema';
import { passwordNeeds, passwordStrength } from '../../core/scenario/password-strength';
import {
  feelingWhere,
  foundTrap,
  inPassword,
  passwordKinds,
  tryFeedbackKey,
  type PlacingStep,
} from '../../core/scenario/placing';
import { choicesNow, chosenChoice, isStepSettled, type ScenarioRun } from '../../core/scenario/scenario-run';
import { maxStars } from '../../core/progress/stars';
import { i18n, scenarioText } from '../../services/i18n/i18n';
import { statementText } from '../shared/text';

/**
 * One piece of the words on screen. `news` are the words the game's live region tells a screen reader
 * when they appear (lines, messages, questions, stars). Feedback is not news here: it shows in its
 * own polite status, which screen readers hear. The rest are labels of controls, which a screen
 * reader meets by moving to them.
 */
export interface Word {
  readonly text: string;
  readonly news: boolean;
  /** The words for the last try: heard again after every try, even when the same words come back. */
  readonly feedback?: boolean;
}

const news = (text: string): Word => ({ text, news: true });
const label = (text: string): Word => ({ text, news: false });
/** Feedback: spoken, and announced by its own status on screen. */
const feedback = (text: string): Word => ({ text, news: false, feedback: true });

/** Where a step is and how it is shown: what every step kind's words are worked out from. */
export interface StepView<S extends Step = Step> {
  readonly scenario: Scenario;
  readonly step: S;
  readonly run: ScenarioRun;
  readonly keyStage: KeyStage;
  readonly choicesHidden: boolean;
}

type KindWords = { [K in Step['kind']]: (view: StepView<Extract<Step, { kind: K }>>) => Word[] };

/** The right or wrong words for the last try of a placing step. */
function lastTryWords(run: ScenarioRun, step: PlacingStep): Word[] {
  const key = run.lastTry && tryFeedbackKey(step, run.lastTry);
  return key ? [feedback(scenarioText(key))] : [];
}

/**
 * Every step kind lists the words it shows, in reading order, after the step's lines. A new step kind
 * must be added here (tsc insists), and it is then read aloud, announced and read on demand like the rest.
 */
const playWords: KindWords = {
  story: () => [],
  choice: ({ step, choicesHidden }) =>
    choicesHidden
      ? [label(i18n.t('scenario.voteHint'))]
      : step.choices.map((c) => label(scenarioText(c.label))),
  chat: ({ scenario, step, run }) => {
    const answers = run.answers ?? [];
    const messages = step.turns.slice(0, answers.length + 1).flatMap((turn, index) => {
      const sent = turn.replies.find((reply) => reply.id === answers[index]);
      return [
        ...turn.messages.map((key) => news(scenarioText(key))),
        ...(sent ? [label(scenarioText(sent.label))] : []),
      ];
    });
    const replies = run.feedback ? [] : choicesNow(scenario, run).map((c) => label(scenarioText(c.label)));
    return [label(scenarioText(step.contact.name)), ...messages, ...replies];
  },
  sort: ({ step, run }) => [
    ...step.items.flatMap((item) => {
      const bin = step.bins.find((candidate) => candidate.id === run.placed?.[item.id]);
      const placed = bin ? [label(i18n.t('scenario.sortedInto', { bin: scenarioText(bin.label) }))] : [];
      return [label(scenarioText(item.label)), ...placed];
    }),
    ...step.bins.map((bin) => label(scenarioText(bin.label))),
    ...lastTryWords(run, step),
  ],
  match: ({ step, run }) => {
    const used = new Set(Object.values(run.placed ?? {}));
    return [
      ...step.items.map((item) => label(scenarioText(item.label))),
      ...step.answers.filter((a) => !used.has(a.id)).map((a) => label(scenarioText(a.label))),
      ...lastTryWords(run, step),
    ];
  },
  spot: ({ step, run }) => {
    const traps = step.spots.filter((spot) => spot.trap).length;
    const found = step.spots.filter((spot) => run.placed?.[spot.id] === foundTrap).length;
    return [
      label(scenarioText(step.screen)),
      ...step.spots.map((spot) =>
        run.placed?.[spot.id] === foundTrap
          ? label(i18n.t('scenario.spotFound', { thing: scenarioText(spot.label) }))
          : label(scenarioText(spot.label)),
      ),
      label(i18n.t('scenario.spotCount', { found, total: traps })),
      ...lastTryWords(run, step),
    ];
  },
  password: ({ step, run }) => {
    const placed = run.placed ?? {};
    const kinds = passwordKinds(step, placed);
    const strength = passwordStrength(kinds);
    const needs = passwordNeeds(kinds).map((need) => i18n.t(`scenario.password.need.${need}`));
    const strengthText = i18n.t(`scenario.password.strength.${strength}`);
    const tiles = strength === 'strong' ? [] : step.tiles.filter((tile) => placed[tile.id] !== inPassword);
    return [
      label(i18n.t('scenario.password.strengthLabel', { strength: strengthText })),
      ...(needs.length > 0 ? [label(i18n.t('scenario.password.needs', { list: needs.join(', ') }))] : []),
      ...tiles.map((tile) => label(scenarioText(tile.label))),
      ...lastTryWords(run, step),
    ];
  },
  feelings: ({ step, run }) => {
    const whereFound = run.placed?.[feelingWhere] !== undefined;
    const asking = whereFound
      ? [
          news(scenarioText(step.sizeAsk)),
          ...feelingSizes.map((size) => label(i18n.t(`scenario.feelings.size.${size}`))),
        ]
      : [news(scenarioText(step.whereAsk)), ...step.places.map((place) => label(scenarioText(place.label)))];
    return [...lastTryWords(run, step), ...asking];
  },
};

function wordsOfPlay<S extends Step>(view: StepView<S>): Word[] {
  const list = playWords[view.step.kind] as (view: StepView<S>) => Word[];
  return list(view);
}

const talkAbout = (key: string): Word => news(i18n.t('scenario.talkAbout', { question: scenarioText(key) }));

/**
 * Every word on a step, in reading order: lines, the class question that opens the problem (KS1), each
 * choice or thing, the feedback, and once the step is settled the class question after it (KS1).
 */
export function stepWords(view: StepView): Word[] {
  const { scenario, step, run, keyStage } = view;
  const choice = chosenChoice(scenario, run);
  const ks1 = keyStage === 'ks1';
  const before = ks1 && step.discuss ? [talkAbout(step.discuss)] : [];
  const after =
    ks1 && step.discussAfter && isStepSettled(scenario, run) ? [talkAbout(step.discussAfter)] : [];
  return [
    ...step.lines.map((key) => news(scenarioText(key))),
    ...before,
    ...(choice && step.kind === 'choice' ? [] : wordsOfPlay(view)),
    ...(choice ? [feedback(scenarioText(choice.feedback))] : []),
    ...after,
  ];
}

/** The words of a scenario's ending: the statement, the stars the play earned and the new sticker. */
export function endingWords(
  keyStage: KeyStage,
  statement: StatementEntry,
  hasScenario: boolean,
  stars: number,
) {
  const heading = i18n.t(hasScenario ? 'scenario.statementHeading' : 'scenario.notReady');
  const starsLine =
    stars > 0
      ? [
          news(
            [
              i18n.t('scenario.starsEarned', { count: stars, max: maxStars }),
              stars < maxStars ? i18n.t('scenario.starsMore') : '',
            ].join(' '),
          ),
        ]
      : [];
  const sticker = hasScenario ? [news(i18n.t('stickers.earned'))] : [];
  return [label(heading), news(plainText(statementText(keyStage, statement.id))), ...starsLine, ...sticker];
}

/**
 * The words in `now` that were not in `before`, in order: what just appeared. After a try (`tried`), its
 * words are heard again even when the same words come back.
 */
export function newWords(before: readonly Word[], now: readonly Word[], tried = false): Word[] {
  const seen = new Set(before.map((word) => word.text));
  return now.filter((word) => !seen.has(word.text) || (tried && word.feedback));
}
