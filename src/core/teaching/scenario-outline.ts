import type { Scenario, Step } from '../content/schema';

/** The kinds of step a pupil acts in; a story step only tells. */
export type MechanicKind = Exclude<Step['kind'], 'story'>;

/** What a pupil does in a scenario: the kinds of its steps that ask something of them, in order of first use. */
export function mechanicsOf(scenario: Scenario): MechanicKind[] {
  const kinds: MechanicKind[] = [];
  for (const step of scenario.steps)
    if (step.kind !== 'story' && !kinds.includes(step.kind)) kinds.push(step.kind);
  return kinds;
}

/**
 * The class questions of a scenario, as text keys in the order they are asked: every key of a step
 * whose name starts with `discuss` (the question before a choice, and the one after its feedback).
 */
export function classQuestionsOf(scenario: Scenario): string[] {
  return scenario.steps.flatMap((step) =>
    Object.entries(step)
      .filter(([key, value]) => key.startsWith('discuss') && typeof value === 'string')
      .sort(([a], [b]) => questionOrder(a) - questionOrder(b))
      .map(([, value]) => String(value)),
  );
}

function questionOrder(key: string): number {
  if (key === 'discuss') return 0;
  return key === 'discussAfter' ? 2 : 1;
}
