import { statusOf, type Progress } from './progress';

/**
 * The stop the pupil reached on the journey: the first statement, in the policy's order, that is
 * not done yet. Undefined once every stop is done.
 */
export function nextStop(statementIds: readonly string[], progress: Progress): string | undefined {
  return statementIds.find((id) => statusOf(progress, id) !== 'done');
}

/** Whether every stop of the journey that has a scenario is done: the last stop's big celebration. */
export function journeyDone(
  statementIds: readonly string[],
  playable: ReadonlySet<string>,
  progress: Progress,
): boolean {
  return statementIds.every((id) => !playable.has(id) || statusOf(progress, id) === 'done');
}
