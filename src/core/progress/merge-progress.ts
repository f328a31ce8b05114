import type { Progress } from './progress';

/**
 * Two records of one pupil's progress (two tabs, or two devices) become one: for each statement the
 * newer record wins, so no step taken anywhere is lost.
 */
export function mergeProgress(ours: Progress, theirs: Progress): Progress {
  const merged: Record<string, Progress[string]> = { ...theirs };
  for (const [statementId, mine] of Object.entries(ours)) {
    const other = merged[statementId];
    if (!other || mine.updatedAt >= other.updatedAt) merged[statementId] = mine;
  }
  return merged;
}
