import type { Agreement } from '../agreement/agreement';
import type { KeyStage } from '../content/key-stage';
import { countDone, starsOf, statusOf, type Progress, type StatementStatus } from '../progress/progress';
import type { Profile } from '../profile/profile';

/** One pupil as the class table needs them. */
export interface PupilRecord {
  readonly profile: Profile;
  readonly progress: Progress;
  readonly agreements: Readonly<Partial<Record<KeyStage, Agreement>>>;
}

/** One pupil against one statement: how far they are, and the best stars they earned. */
export interface ClassCell {
  readonly status: StatementStatus;
  readonly stars: number;
}

export interface ClassRow {
  readonly profile: Profile;
  readonly cells: readonly ClassCell[];
  readonly done: number;
  /** Stars across the shown statements. */
  readonly stars: number;
  readonly signedOn?: string;
}

export interface HardStatement {
  readonly statementId: string;
  /** Less safe choices and wrong sorts made across the class: the tries it took beyond the first. */
  readonly misses: number;
  /** How many pupils needed another try at it. */
  readonly pupils: number;
}

/** The pupils of one key stage against its statements. */
export function classRows(
  pupils: readonly PupilRecord[],
  keyStage: KeyStage,
  statementIds: readonly string[],
): ClassRow[] {
  return pupils
    .filter((pupil) => pupil.profile.keyStage === keyStage)
    .map((pupil) => ({
      profile: pupil.profile,
      cells: statementIds.map((id) => ({
        status: statusOf(pupil.progress, id),
        stars: starsOf(pupil.progress, id),
      })),
      done: countDone(pupil.progress, statementIds),
      stars: statementIds.reduce((sum, id) => sum + starsOf(pupil.progress, id), 0),
      signedOn: pupil.agreements[keyStage]?.signedOn,
    }))
    .sort((a, b) => a.profile.name.localeCompare(b.profile.name));
}

function missesOf(pupil: PupilRecord, statementId: string): number {
  return Object.values(pupil.progress[statementId]?.misses ?? {}).reduce((sum, count) => sum + count, 0);
}

/**
 * The statements that took most tries across the class, to plan the next lesson: most extra tries
 * first, then the one more pupils found hard, then the policy's order.
 */
export function hardestStatements(
  pupils: readonly PupilRecord[],
  statementIds: readonly string[],
  limit = 3,
): HardStatement[] {
  return statementIds
    .map((statementId) => ({
      statementId,
      misses: pupils.reduce((sum, pupil) => sum + missesOf(pupil, statementId), 0),
      pupils: pupils.filter((pupil) => missesOf(pupil, statementId) > 0).length,
    }))
    .filter((entry) => entry.misses > 0)
    .sort((a, b) => b.misses - a.misses || b.pupils - a.pupils)
    .slice(0, limit);
}
