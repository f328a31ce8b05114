import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../../src/core/progress/merge-progress';
import {
  countDone,
  recordRun,
  resumePoint,
  statusOf,
  type Progress,
} from '../../../src/core/progress/progress';

const run = (stepIndex: number, misses: Record<string, number> = {}) => ({
  scenarioId: 's',
  stepIndex,
  misses,
});

describe('progress', () => {
  it('is in progress at the step taken, and done at the ending', () => {
    let progress: Progress = {};
    expect(statusOf(progress, 'ks1-04')).toBe('not-started');
    progress = recordRun(progress, 'ks1-04', run(2, { a: 1 }), 5, 100);
    expect(progress['ks1-04']).toEqual({
      status: 'in-progress',
      step: 2,
      misses: { a: 1 },
      stars: 0,
      updatedAt: 100,
    });
    expect(resumePoint(progress, 'ks1-04')).toEqual({ step: 2, misses: { a: 1 } });
    progress = recordRun(progress, 'ks1-04', run(5), 5, 200);
    expect(statusOf(progress, 'ks1-04')).toBe('done');
  });

  it('stays done when the pupil plays again, and a done scenario starts again from the beginning', () => {
    let progress = recordRun({}, 'ks1-04', run(5), 5, 1);
    progress = recordRun(progress, 'ks1-04', run(1), 5, 2);
    expect(statusOf(progress, 'ks1-04')).toBe('done');
    expect(resumePoint(progress, 'ks1-04')).toEqual({ step: 0, misses: {} });
  });

  it('counts only done statements of the list', () => {
    let progress = recordRun({}, 'ks1-01', run(3), 3, 1);
    progress = recordRun(progress, 'ks1-02', run(1), 3, 1);
    progress = recordRun(progress, 'ks2-01', run(3), 3, 1);
    expect(countDone(progress, ['ks1-01', 'ks1-02', 'ks1-03'])).toBe(1);
  });
});

describe('merging progress from two tabs or devices', () => {
  const at = (step: number, updatedAt: number) => ({
    status: 'in-progress' as const,
    step,
    misses: {},
    stars: 0,
    updatedAt,
  });

  it('keeps the newer record of each statement and every statement either side has', () => {
    const ours: Progress = { 'ks1-01': at(3, 50), 'ks1-02': at(1, 10) };
    const theirs: Progress = { 'ks1-02': at(2, 20), 'ks1-03': at(4, 5) };
    expect(mergeProgress(ours, theirs)).toEqual({
      'ks1-01': at(3, 50),
      'ks1-02': at(2, 20),
      'ks1-03': at(4, 5),
    });
  });

  it('keeps ours when both are as new', () => {
    expect(mergeProgress({ 'ks1-01': at(3, 7) }, { 'ks1-01': at(1, 7) })).toEqual({ 'ks1-01': at(3, 7) });
  });
});
