import type { Choice, Scenario, Step } from '../content/schema';
import { isPlacingDone, isPlacingStep, place as placeRule, wrongTryIsMiss } from './placing';

/**
 * Where a pupil is in one scenario. `stepIndex === steps.length` is the ending, which shows the
 * statement itself. `feedback` is set while the pupil reads what their last choice or reply means.
 */
export interface ScenarioRun {
  readonly scenarioId: string;
  readonly stepIndex: number;
  /** How many less safe choices or wrong tries the pupil made at each step, by step id. */
  readonly misses: Readonly<Record<string, number>>;
  readonly feedback?: { readonly choiceId: string; readonly safe: boolean };
  /** On a sort, match, spot or password step: what is already in place, by item id. */
  readonly placed?: Readonly<Record<string, string>>;
  /** On a sort, match, spot or password step: the pupil's last try, and whether it was right. */
  readonly lastTry?: { readonly itemId: string; readonly targetId: string; readonly right: boolean };
  /** On a chat step: the safe reply the pupil gave at each turn so far. */
  readonly answers?: readonly string[];
  /** How many places the choices turn on a replay, so the safe one is not found by where it was. */
  readonly rotation?: number;
}

export function startRun(
  scenario: Scenario,
  resumeAt = 0,
  misses: Record<string, number> = {},
  rotation = 0,
): ScenarioRun {
  const stepIndex = Math.min(Math.max(0, Math.trunc(resumeAt)), scenario.steps.length);
  return { scenarioId: scenario.id, stepIndex, misses: { ...misses }, ...(rotation ? { rotation } : {}) };
}

/** A fresh slate at a step: what carries over is the misses and the replay's order of choices. */
function atStep(run: ScenarioRun, stepIndex: number, answers?: readonly string[]): ScenarioRun {
  return {
    scenarioId: run.scenarioId,
    stepIndex,
    misses: run.misses,
    ...(answers ? { answers } : {}),
    ...(run.rotation ? { rotation: run.rotation } : {}),
  };
}

export function currentStep(scenario: Scenario, run: ScenarioRun): Step | undefined {
  return scenario.steps[run.stepIndex];
}

export function isAtEnding(scenario: Scenario, run: ScenarioRun): boolean {
  return run.stepIndex >= scenario.steps.length;
}

/** The choices on screen now: a choice step's choices, or the replies of a chat's current turn. */
export function choicesNow(scenario: Scenario, run: ScenarioRun): readonly Choice[] {
  const step = currentStep(scenario, run);
  if (step?.kind === 'choice') return step.choices;
  if (step?.kind === 'chat') return step.turns[run.answers?.length ?? 0]?.replies ?? [];
  return [];
}

/** The choices in the order shown: turned by the run's rotation on a replay (the same every time). */
export function choicesShown(scenario: Scenario, run: ScenarioRun): readonly Choice[] {
  const choices = choicesNow(scenario, run);
  const turn = (run.rotation ?? 0) % Math.max(1, choices.length);
  return [...choices.slice(turn), ...choices.slice(0, turn)];
}

export function chosenChoice(scenario: Scenario, run: ScenarioRun): Choice | undefined {
  if (!run.feedback) return undefined;
  return choicesNow(scenario, run).find((choice) => choice.id === run.feedback?.choiceId);
}

function withMiss(run: ScenarioRun, stepId: string, missed: boolean): Readonly<Record<string, number>> {
  return missed ? { ...run.misses, [stepId]: (run.misses[stepId] ?? 0) + 1 } : run.misses;
}

/** The pupil picks a choice or a chat reply: they see its feedback. Anything else changes nothing. */
export function choose(scenario: Scenario, run: ScenarioRun, choiceId: string): ScenarioRun {
  const step = currentStep(scenario, run);
  const choice = choicesNow(scenario, run).find((candidate) => candidate.id === choiceId);
  if (!step || !choice || run.feedback) return run;
  return {
    ...run,
    misses: withMiss(run, step.id, !choice.safe),
    feedback: { choiceId: choice.id, safe: choice.safe },
  };
}

/** After a less safe choice's feedback: back to the same question, with nothing lost. */
export function tryAgain(run: ScenarioRun): ScenarioRun {
  if (!run.feedback || run.feedback.safe) return run;
  return withoutFeedback(run);
}

function withoutFeedback(run: ScenarioRun): ScenarioRun {
  return { ...run, feedback: undefined };
}

/**
 * One try on a sort, match, spot, password or feelings step. Right: the thing stays in place. Not right: it
 * stays out, with a reason, and the pupil can try again at once; that counts as a miss.
 */
export function place(scenario: Scenario, run: ScenarioRun, itemId: string, targetId: string): ScenarioRun {
  const step = currentStep(scenario, run);
  if (!step || !isPlacingStep(step)) return run;
  const result = placeRule(step, run.placed ?? {}, itemId, targetId);
  if (!result) return run;
  return {
    ...run,
    misses: withMiss(run, step.id, !result.right && wrongTryIsMiss(step)),
    placed: result.placed,
    lastTry: { itemId, targetId, right: result.right },
  };
}

/** Can the pupil move on? Story steps always; choices and replies once a safe one was made; the rest when done. */
export function canGoNext(scenario: Scenario, run: ScenarioRun): boolean {
  const step = currentStep(scenario, run);
  if (!step) return false;
  if (isPlacingStep(step)) return isPlacingDone(step, run.placed ?? {});
  return step.kind === 'story' || run.feedback?.safe === true;
}

/**
 * Has the pupil finished what this step asks, so its after-question (`discussAfter`) can show? A story at
 * once; a choice after its safe feedback; a chat after the safe reply to its last turn; the rest when done.
 */
export function isStepSettled(scenario: Scenario, run: ScenarioRun): boolean {
  const step = currentStep(scenario, run);
  if (step?.kind === 'chat')
    return run.feedback?.safe === true && (run.answers?.length ?? 0) === step.turns.length - 1;
  return canGoNext(scenario, run);
}

/** Moves on: to the chat's next turn, or to the next step with a clean slate. */
export function next(scenario: Scenario, run: ScenarioRun): ScenarioRun {
  if (!canGoNext(scenario, run)) return run;
  const step = currentStep(scenario, run);
  if (step?.kind === 'chat' && run.feedback) {
    const answers = [...(run.answers ?? []), run.feedback.choiceId];
    if (answers.length < step.turns.length) return atStep(run, run.stepIndex, answers);
  }
  return atStep(run, run.stepIndex + 1);
}

/** Back: out of feedback to the question, or to the start of the step before. */
export function back(run: ScenarioRun): ScenarioRun {
  if (run.feedback) return withoutFeedback(run);
  if (run.stepIndex === 0) return run;
  return atStep(run, run.stepIndex - 1);
}
