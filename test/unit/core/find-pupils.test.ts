import { describe, expect, it } from 'vitest';
import { findPupils } from '../../../src/core/profile/find-pupils';
import type { Profile } from '../../../src/core/profile/profile';

const pupil = (name: string): Profile => ({ id: name, name, avatar: 'cat', createdAt: 1 });

describe('finding a pupil', () => {
  const class3 = [pupil('Zoë'), pupil('amir'), pupil('Łukasz'), pupil('Chloe'), pupil('مريم')];

  it('matches part of a name, ignoring case and accents, in name order', () => {
    expect(findPupils(class3, 'ZOE').map((p) => p.name)).toEqual(['Zoë']);
    expect(findPupils(class3, 'lo').map((p) => p.name)).toEqual(['Chloe']);
    expect(findPupils(class3, 'mر').map((p) => p.name)).toEqual([]);
    expect(findPupils(class3, 'مر').map((p) => p.name)).toEqual(['مريم']);
  });

  it('shows everyone, sorted, when nothing is typed', () => {
    expect(findPupils(class3, '  ').map((p) => p.name)).toEqual(['amir', 'Chloe', 'Łukasz', 'Zoë', 'مريم']);
  });
});
