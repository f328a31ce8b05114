import type { Progress } from './progress';

/**
 * Two records of one pupil's progress (two tabs, or two devices) become one: for each statement the
 * newer record wins, so no step taken anywhere is lost, and the best stars earned anywhere are kept.
 */
export function mergeProgress(ours: Progress, theirs: Progress): Progress {
  const merged: Record<string, Progress[string]> = { ...theirs };
  for (const [statementId, mine] of Object.entries(ours)) {
    const other = merged[statementId];
    const newer = !other || mine.updatedAt >= other.updatedAt ? mine : other;
    const stars = Math.max(mine.stars, other?.stars ?? 0);
    merged[statementId] = newer.stars === stars ? newer : { ...newer, stars };
  }
  return merged;
}
