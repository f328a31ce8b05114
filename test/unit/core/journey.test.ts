import { describe, expect, it } from 'vitest';
import { journeyDone, nextStop } from '../../../src/core/progress/journey';
import type { Progress, StatementProgress } from '../../../src/core/progress/progress';

const done: StatementProgress = { status: 'done', step: 5, misses: {}, stars: 3, updatedAt: 1 };
const started: StatementProgress = { ...done, status: 'in-progress', step: 1, stars: 0 };

describe('the journey', () => {
  it('reaches the first stop, in order, that is not done', () => {
    const progress: Progress = { 'ks1-01': done, 'ks1-02': started, 'ks1-04': done };
    expect(nextStop(['ks1-01', 'ks1-02', 'ks1-03'], progress)).toBe('ks1-02');
    expect(nextStop(['ks1-01', 'ks1-04'], progress)).toBeUndefined();
  });

  it('is done when every stop with a scenario is done', () => {
    const playable = new Set(['ks1-01', 'ks1-02']);
    expect(journeyDone(['ks1-01', 'ks1-02', 'ks1-03'], playable, { 'ks1-01': done })).toBe(false);
    expect(journeyDone(['ks1-01', 'ks1-02', 'ks1-03'], playable, { 'ks1-01': done, 'ks1-02': done })).toBe(
      true,
    );
  });
});
