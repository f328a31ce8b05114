import type { KeyStage } from '../../core/content/key-stage';
import type { Choice, Scenario, Step } from '../../core/content/schema';
import { feelingWhere, isPlacingStep, tryFeedbackKey } from '../../core/scenario/placing';
import {
  choicesShown,
  chosenChoice,
  isStepSettled,
  type ScenarioRun,
} from '../../core/scenario/scenario-run';
import { i18n, scenarioText } from '../../services/i18n/i18n';

/** The class question before choosing (KS1): one that opens the problem. */
export function discussBefore(step: Step, keyStage: KeyStage): string | undefined {
  if (keyStage !== 'ks1' || !step.discuss) return undefined;
  return i18n.t('scenario.talkAbout', { question: scenarioText(step.discuss) });
}

/** The class question after the step's safe or right feedback (KS1), once the step is settled. */
export function discussAfter(scenario: Scenario, run: ScenarioRun, step: Step, keyStage: KeyStage) {
  if (keyStage !== 'ks1' || !step.discussAfter || !isStepSettled(scenario, run)) return undefined;
  return i18n.t('scenario.talkAbout', { question: scenarioText(step.discussAfter) });
}

function joined(parts: readonly (string | undefined)[]): string {
  return parts.filter((part): part is string => Boolean(part)).join(' ');
}

function choiceWords(choices: readonly Choice[]): string | undefined {
  if (choices.length === 0) return undefined;
  return i18n.t('scenario.choicesAre', {
    list: choices.map((choice) => scenarioText(choice.label)).join('. '),
  });
}

/** The words of a step before any try: its lines, a chat's new messages, and the question to answer. */
function stepWords(
  scenario: Scenario,
  run: ScenarioRun,
  step: Step,
  keyStage: KeyStage,
  choicesVisible: boolean,
) {
  const lines = step.lines.map((key) => scenarioText(key));
  const ks1Choices =
    keyStage === 'ks1' && choicesVisible ? choiceWords(choicesShown(scenario, run)) : undefined;
  switch (step.kind) {
    case 'chat': {
      const turn = step.turns[run.answers?.length ?? 0];
      const contact = scenarioText(step.contact.name);
      const messages = (turn?.messages ?? []).map((key) =>
        i18n.t('scenario.messageFrom', { name: contact, message: scenarioText(key) }),
      );
      const opening = (run.answers?.length ?? 0) === 0 ? [...lines, discussBefore(step, keyStage)] : [];
      return joined([...opening, ...messages, ks1Choices]);
    }
    case 'feelings':
      return joined([...lines, discussBefore(step, keyStage), scenarioText(step.whereAsk)]);
    default:
      return joined([...lines, discussBefore(step, keyStage), ks1Choices]);
  }
}

/**
 * What "read again" says, and what KS1 hears as each change appears: the feedback on a choice (with the
 * after-question once safe), the words for the last try on a placing step (and what comes next), or the
 * step itself.
 */
export function spokenStepText(
  scenario: Scenario,
  run: ScenarioRun,
  step: Step,
  keyStage: KeyStage,
  choicesVisible: boolean,
): string {
  const after = discussAfter(scenario, run, step, keyStage);
  const choice = chosenChoice(scenario, run);
  if (choice) return joined([scenarioText(choice.feedback), after]);
  if (isPlacingStep(step) && run.lastTry) {
    const key = tryFeedbackKey(step, run.lastTry);
    const sizeNext =
      step.kind === 'feelings' && run.lastTry.itemId === feelingWhere && run.lastTry.right
        ? scenarioText(step.sizeAsk)
        : undefined;
    return joined([key && scenarioText(key), sizeNext, after]);
  }
  return joined([stepWords(scenario, run, step, keyStage, choicesVisible), after]);
}
