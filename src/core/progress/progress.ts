import type { ScenarioRun } from '../scenario/scenario-run';
import { starsFor } from './stars';

export type StatementStatus = 'not-started' | 'in-progress' | 'done';

/** One pupil's progress on one statement's scenario. */
export interface StatementProgress {
  readonly status: StatementStatus;
  /** The step to resume at; equal to the number of steps once the ending is reached. */
  readonly step: number;
  /** Less safe choices or wrong sorts at each step, by step id: stars and the class table use them. */
  readonly misses: Readonly<Record<string, number>>;
  /** The most stars any finished play of this scenario earned; 0 until it is first finished. */
  readonly stars: number;
  /** When this record last changed (ms since 1970): the newer record wins when devices merge. */
  readonly updatedAt: number;
}

/** One pupil's progress, by statement id. */
export type Progress = Readonly<Record<string, StatementProgress>>;

export function statusOf(progress: Progress, statementId: string): StatementStatus {
  return progress[statementId]?.status ?? 'not-started';
}

/**
 * Records a run's position. Reaching the ending marks the statement done and earns stars; a statement
 * once done stays done when the pupil replays it, and keeps its best stars.
 */
export function recordRun(
  progress: Progress,
  statementId: string,
  run: ScenarioRun,
  stepCount: number,
  now: number,
): Progress {
  const before = progress[statementId];
  const finished = run.stepIndex >= stepCount;
  const status: StatementStatus = finished || before?.status === 'done' ? 'done' : 'in-progress';
  const stars = Math.max(before?.stars ?? 0, finished ? starsFor(run.misses) : 0);
  return {
    ...progress,
    [statementId]: {
      status,
      step: finished ? stepCount : run.stepIndex,
      misses: run.misses,
      stars,
      updatedAt: now,
    },
  };
}

/** Where to start a statement's scenario: the saved step while in progress, else the beginning. */
export function resumePoint(
  progress: Progress,
  statementId: string,
): { step: number; misses: Record<string, number> } {
  const saved = progress[statementId];
  if (saved?.status !== 'in-progress') return { step: 0, misses: {} };
  return { step: saved.step, misses: { ...saved.misses } };
}

export function countDone(progress: Progress, statementIds: readonly string[]): number {
  return statementIds.filter((id) => statusOf(progress, id) === 'done').length;
}

export function starsOf(progress: Progress, statementId: string): number {
  return progress[statementId]?.stars ?? 0;
}
