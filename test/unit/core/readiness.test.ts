import { describe, expect, it } from 'vitest';
import { readiness } from '../../../src/core/agreement/readiness';

const done = { status: 'done' as const, step: 4, misses: {}, stars: 3, updatedAt: 1 };

describe('readiness to sign', () => {
  const ids = ['ks2-16', 'ks2-17', 'ks2-18'];
  const playable = new Set(['ks2-17', 'ks2-18']);

  it('waits for every statement that has a scenario, and for an "I agree" to each statement', () => {
    const ready = readiness(ids, playable, { 'ks2-17': done }, new Set(['ks2-16']), false);
    expect(ready).toEqual({ unplayed: ['ks2-18'], unagreed: ['ks2-17', 'ks2-18'], mayOpenSigning: false });
  });

  it('opens when all are played, or earlier when the school allows it', () => {
    const progress = { 'ks2-17': done, 'ks2-18': done };
    expect(readiness(ids, playable, progress, new Set(ids), false)).toEqual({
      unplayed: [],
      unagreed: [],
      mayOpenSigning: true,
    });
    expect(readiness(ids, playable, {}, new Set(), true).mayOpenSigning).toBe(true);
  });
});
