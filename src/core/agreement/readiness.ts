import { statusOf, type Progress } from '../progress/progress';

export interface Readiness {
  /** Statements whose scenario the pupil has not finished yet. */
  readonly unplayed: readonly string[];
  /** Statements the pupil has not yet said "I agree" to. */
  readonly unagreed: readonly string[];
  /** Whether the school lets the pupil sign now. */
  readonly mayOpenSigning: boolean;
}

/**
 * Whether a pupil is ready to sign: every statement that has a scenario played (unless the school
 * allows signing earlier) and every statement agreed to.
 */
export function readiness(
  statementIds: readonly string[],
  playable: ReadonlySet<string>,
  progress: Progress,
  agreed: ReadonlySet<string>,
  earlySigning: boolean,
): Readiness {
  const unplayed = statementIds.filter((id) => playable.has(id) && statusOf(progress, id) !== 'done');
  return {
    unplayed,
    unagreed: statementIds.filter((id) => !agreed.has(id)),
    mayOpenSigning: earlySigning || unplayed.length === 0,
  };
}
