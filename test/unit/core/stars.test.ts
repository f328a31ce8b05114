import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../../src/core/progress/merge-progress';
import { recordRun, starsOf, type Progress } from '../../../src/core/progress/progress';
import { starsFor } from '../../../src/core/progress/stars';

describe('stars', () => {
  it('gives three for safe choices first time, one fewer per step that needed another try, never less than one', () => {
    expect(starsFor({})).toBe(3);
    expect(starsFor({ a: 0 })).toBe(3);
    expect(starsFor({ a: 4 })).toBe(2);
    expect(starsFor({ a: 1, b: 1 })).toBe(1);
    expect(starsFor({ a: 1, b: 1, c: 1 })).toBe(1);
  });

  const finish = (progress: Progress, misses: Record<string, number>, now: number): Progress =>
    recordRun(progress, 'ks2-07', { scenarioId: 'x', stepIndex: 5, misses }, 5, now);

  it('are earned at the ending, and a replay keeps the best', () => {
    const halfway = recordRun({}, 'ks2-07', { scenarioId: 'x', stepIndex: 2, misses: {} }, 5, 1);
    expect(starsOf(halfway, 'ks2-07')).toBe(0);
    const first = finish(halfway, { a: 1 }, 2);
    expect(starsOf(first, 'ks2-07')).toBe(2);
    const replayStart = recordRun(
      first,
      'ks2-07',
      { scenarioId: 'x', stepIndex: 1, misses: { a: 3, b: 1 } },
      5,
      3,
    );
    expect(starsOf(replayStart, 'ks2-07')).toBe(2);
    expect(starsOf(finish(replayStart, { a: 3, b: 1 }, 4), 'ks2-07')).toBe(2);
    expect(starsOf(finish(replayStart, {}, 4), 'ks2-07')).toBe(3);
  });

  it('are kept at their best when two devices merge, whichever record is newer', () => {
    const older = finish({}, {}, 1);
    const newer = recordRun({}, 'ks2-07', { scenarioId: 'x', stepIndex: 1, misses: {} }, 5, 2);
    const merged = mergeProgress(newer, older);
    expect(merged['ks2-07']?.step).toBe(1);
    expect(starsOf(merged, 'ks2-07')).toBe(3);
  });
});
