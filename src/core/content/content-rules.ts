import {
  interpolate,
  ks1LabelWords,
  notYourFault,
  readingLimits,
  sentences,
  startsWithPraise,
  wordStem,
  words,
} from './content-text';
import type { KeyStage } from './key-stage';
import { choicesOf, safePathKeys, wrongKeys } from './content-paths';
import type { Scenario, Step } from './schema';
import { stepTextKeys } from './text-keys';

/** One scenario to check: where its levels file and its words live, and its key stage. */
export interface ContentScenario {
  readonly file: string;
  readonly localeFile: string;
  readonly keyStage: KeyStage;
  readonly scenario: Scenario;
}

export type ContentRule =
  | 'reading'
  | 'ks1Label'
  | 'placedFeedback'
  | 'praise'
  | 'trustedAdult'
  | 'notYourFault'
  | 'discussGivesAway'
  | 'guideName'
  | 'safeLongest'
  | 'safePicture'
  | 'sharedName';

/** A rule a scenario breaks: which file, which key (or path) in it, and why. */
export interface ContentProblem {
  readonly rule: ContentRule;
  readonly file: string;
  readonly key: string;
  readonly reason: string;
}

/** How the check reads words: raw text by key, and the values a pupil sees for `{{...}}` by default. */
export interface ContentWords {
  readonly text: (key: string) => string | undefined;
  readonly defaults: Readonly<Record<string, string>>;
}

/** The guide's name, used on the title only: no story character may have it. */
export const guideName = 'Ollie';
const trustedAdult = /\{\{\s*(atSchool|AtSchool|oneAtSchool|OneAtSchool)\s*\}\}/;
/** Words too common to give an answer away when a class question shares them with the safe choice. */
const commonWords = new Set(
  'a an the and or to of in on at it is be do can could should would will with for my me we you your his her their they he she this that what who why how if not no yes so too'.split(
    ' ',
  ),
);

type Report = (rule: ContentRule, key: string, reason: string, inLevels?: boolean) => void;

/** Placed things need their right and their wrong words, and the two must differ. */
function placedFeedbackRules(step: Step, words: ContentWords, report: Report): void {
  if (step.kind !== 'sort' && step.kind !== 'match') return;
  for (const item of step.items) {
    const right = words.text(item.right)?.trim();
    const wrong = words.text(item.wrong)?.trim();
    if (!right) report('placedFeedback', item.right, 'has no words for a right try');
    if (!wrong) report('placedFeedback', item.wrong, 'has no words for a wrong try');
    if (right && right === wrong)
      report('placedFeedback', item.wrong, 'says the same after a wrong try as a right one');
  }
}

function discussRules(step: Step, words: ContentWords, report: Report): void {
  const question = step.discuss && words.text(step.discuss);
  if (!step.discuss || !question) return;
  const asked = new Set(wordsOf(question, words));
  for (const choice of choicesOf(step).filter((candidate) => candidate.safe)) {
    const label = words.text(choice.label);
    if (!label) continue;
    const content = wordsOf(label, words).filter((word) => !commonWords.has(word));
    const shared = content.filter((word) => asked.has(word));
    if (content.length > 0 && shared.length * 2 > content.length)
      report(
        'discussGivesAway',
        step.discuss,
        `names the safe choice ("${interpolate(label, words.defaults)}") before the class chooses; ask what could happen, and move the "why" to discussAfter`,
      );
  }
}

function wordsOf(text: string, content: ContentWords): string[] {
  return words(interpolate(text, content.defaults)).map(wordStem);
}

function readingRules(
  keys: readonly string[],
  keyStage: KeyStage,
  content: ContentWords,
  report: Report,
): void {
  for (const key of keys) {
    const text = content.text(key);
    if (text === undefined) continue;
    for (const sentence of sentences(interpolate(text, content.defaults))) {
      const count = words(sentence).length;
      if (count > readingLimits[keyStage])
        report(
          'reading',
          key,
          `"${sentence}" has ${count} words; ${keyStage.toUpperCase()} reads at most ${readingLimits[keyStage]}`,
        );
    }
    if (new RegExp(`\\b${guideName}\\b`).test(text))
      report('guideName', key, `${guideName} is the guide's name; give the character another`);
  }
}

function ks1LabelRules(step: Step, content: ContentWords, report: Report): void {
  for (const choice of choicesOf(step)) {
    const text = content.text(choice.label);
    if (text === undefined) continue;
    if (/\{\{\s*(atSchool|AtSchool)\s*\}\}/.test(text))
      report('ks1Label', choice.label, 'names every trusted adult, which can grow long: use {{oneAtSchool}}');
    const count = words(interpolate(text, content.defaults)).length;
    if (count > ks1LabelWords)
      report('ks1Label', choice.label, `has ${count} words; a KS1 choice has at most ${ks1LabelWords}`);
  }
}

/** The rules one scenario must keep, on its own. */
export function scenarioContentRules(item: ContentScenario, content: ContentWords): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report: Report = (rule, key, reason, inLevels = false) =>
    void problems.push({ rule, file: inLevels ? item.file : item.localeFile, key, reason });
  const { scenario, keyStage } = item;
  for (const step of scenario.steps) {
    readingRules(stepTextKeys(step), keyStage, content, report);
    if (keyStage === 'ks1') ks1LabelRules(step, content, report);
    placedFeedbackRules(step, content, report);
    discussRules(step, content, report);
    for (const key of wrongKeys(step)) {
      const text = content.text(key);
      if (text && startsWithPraise(text))
        report('praise', key, `a wrong try's words start with praise: "${text.split(/[.!?]/)[0] ?? text}"`);
    }
  }
  const allKeys = scenario.steps.flatMap(stepTextKeys);
  if (!allKeys.some((key) => trustedAdult.test(content.text(key) ?? '')))
    report(
      'trustedAdult',
      'steps',
      'names no trusted adult: use {{atSchool}} (or {{oneAtSchool}} in a KS1 choice)',
      true,
    );
  const safePath = scenario.steps.flatMap(safePathKeys);
  if (scenario.sensitive && !safePath.some((key) => notYourFault.test(content.text(key) ?? '')))
    report(
      'notYourFault',
      'sensitive',
      'is sensitive, but no line every pupil sees says it is not their fault',
      true,
    );
  return problems;
}
