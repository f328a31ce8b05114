import type { Agreement } from '../agreement/agreement';
import type { PupilRecord } from '../class/class-summary';
import { keyStages } from '../content/key-stage';
import { mergeProgress } from '../progress/merge-progress';

export type PupilOutcome = 'added' | 'updated' | 'unchanged';

export interface PlannedPupil {
  readonly record: PupilRecord;
  readonly outcome: PupilOutcome;
  /** Where both devices hold a different signed agreement, the one on this device is kept. */
  readonly keptAgreement: boolean;
}

function sameAgreement(a: Agreement | undefined, b: Agreement | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What importing would do, worked out before anything is written: pupils are matched by id, the newer
 * progress of each statement wins, and a signed agreement already here is never replaced.
 */
export function planImport(
  existing: readonly PupilRecord[],
  incoming: readonly PupilRecord[],
): PlannedPupil[] {
  const here = new Map(existing.map((pupil) => [pupil.profile.id, pupil]));
  return incoming.map((pupil) => {
    const mine = here.get(pupil.profile.id);
    if (!mine) return { record: pupil, outcome: 'added', keptAgreement: false };
    const progress = mergeProgress(pupil.progress, mine.progress);
    const agreements: PupilRecord['agreements'] = { ...pupil.agreements, ...mine.agreements };
    const keptAgreement = keyStages.some(
      (ks) =>
        mine.agreements[ks] &&
        pupil.agreements[ks] &&
        !sameAgreement(mine.agreements[ks], pupil.agreements[ks]),
    );
    const record = {
      profile: { ...mine.profile, keyStage: mine.profile.keyStage ?? pupil.profile.keyStage },
      progress,
      agreements,
    };
    const changed =
      JSON.stringify(record.progress) !== JSON.stringify(mine.progress) ||
      keyStages.some((ks) => !sameAgreement(record.agreements[ks], mine.agreements[ks])) ||
      record.profile.keyStage !== mine.profile.keyStage;
    return { record, outcome: changed ? 'updated' : 'unchanged', keptAgreement };
  });
}

export function countOutcomes(plan: readonly PlannedPupil[]): Record<PupilOutcome, number> {
  const counts: Record<PupilOutcome, number> = { added: 0, updated: 0, unchanged: 0 };
  for (const entry of plan) counts[entry.outcome] += 1;
  return counts;
}
