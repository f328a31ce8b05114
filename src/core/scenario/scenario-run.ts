import type { Choice, Scenario, Step } from '../content/schema';

/**
 * Where a pupil is in one scenario. `stepIndex === steps.length` is the ending, which shows the
 * statement itself. `feedback` is set while the pupil reads what their last choice means.
 */
export interface ScenarioRun {
  readonly scenarioId: string;
  readonly stepIndex: number;
  /** How many less safe choices or wrong sorts the pupil made at each step, by step id. */
  readonly misses: Readonly<Record<string, number>>;
  readonly feedback?: { readonly choiceId: string; readonly safe: boolean };
  /** On a sort step: the items already in their right bin, by item id. */
  readonly sorted?: Readonly<Record<string, string>>;
  /** On a sort step: the pupil's last try, and whether the item belonged there. */
  readonly sortTry?: { readonly itemId: string; readonly binId: string; readonly right: boolean };
}

export function startRun(scenario: Scenario, resumeAt = 0, misses: Record<string, number> = {}): ScenarioRun {
  const stepIndex = Math.min(Math.max(0, Math.trunc(resumeAt)), scenario.steps.length);
  return { scenarioId: scenario.id, stepIndex, misses: { ...misses } };
}

export function currentStep(scenario: Scenario, run: ScenarioRun): Step | undefined {
  return scenario.steps[run.stepIndex];
}

export function isAtEnding(scenario: Scenario, run: ScenarioRun): boolean {
  return run.stepIndex >= scenario.steps.length;
}

export function chosenChoice(scenario: Scenario, run: ScenarioRun): Choice | undefined {
  const step = currentStep(scenario, run);
  if (!run.feedback || step?.kind !== 'choice') return undefined;
  return step.choices.find((choice) => choice.id === run.feedback?.choiceId);
}

/** The pupil picks a choice: they see its feedback. Unknown choices and story steps change nothing. */
export function choose(scenario: Scenario, run: ScenarioRun, choiceId: string): ScenarioRun {
  const step = currentStep(scenario, run);
  if (step?.kind !== 'choice' || run.feedback) return run;
  const choice = step.choices.find((candidate) => candidate.id === choiceId);
  if (!choice) return run;
  return {
    ...run,
    misses: choice.safe ? run.misses : { ...run.misses, [step.id]: (run.misses[step.id] ?? 0) + 1 },
    feedback: { choiceId: choice.id, safe: choice.safe },
  };
}

/** After a less safe choice's feedback: back to the same question, with nothing lost. */
export function tryAgain(run: ScenarioRun): ScenarioRun {
  if (!run.feedback || run.feedback.safe) return run;
  return { scenarioId: run.scenarioId, stepIndex: run.stepIndex, misses: run.misses };
}

/**
 * The pupil puts an item in a bin. Right: it stays there. Not right: it stays out, with a reason,
 * and the pupil can try again at once; that counts as a miss.
 */
export function sortItem(scenario: Scenario, run: ScenarioRun, itemId: string, binId: string): ScenarioRun {
  const step = currentStep(scenario, run);
  if (step?.kind !== 'sort' || run.sorted?.[itemId] !== undefined) return run;
  const item = step.items.find((candidate) => candidate.id === itemId);
  if (!item || !step.bins.some((bin) => bin.id === binId)) return run;
  const right = item.bin === binId;
  return {
    ...run,
    misses: right ? run.misses : { ...run.misses, [step.id]: (run.misses[step.id] ?? 0) + 1 },
    sorted: right ? { ...run.sorted, [itemId]: binId } : run.sorted,
    sortTry: { itemId, binId, right },
  };
}

/** Can the pupil move on? Story steps always; choices once a safe one was made; sorts once all are in. */
export function canGoNext(scenario: Scenario, run: ScenarioRun): boolean {
  const step = currentStep(scenario, run);
  if (!step) return false;
  if (step.kind === 'sort') return step.items.every((item) => run.sorted?.[item.id] !== undefined);
  return step.kind === 'story' || run.feedback?.safe === true;
}

export function next(scenario: Scenario, run: ScenarioRun): ScenarioRun {
  if (!canGoNext(scenario, run)) return run;
  return { scenarioId: run.scenarioId, stepIndex: run.stepIndex + 1, misses: run.misses };
}

export function back(run: ScenarioRun): ScenarioRun {
  if (run.stepIndex === 0 && !run.feedback) return run;
  const stepIndex = run.feedback ? run.stepIndex : run.stepIndex - 1;
  return { scenarioId: run.scenarioId, stepIndex, misses: run.misses };
}
