import { describe, expect, it } from 'vitest';
import { classReport } from '../../../src/core/class/class-report';
import { classRows, type PupilRecord } from '../../../src/core/class/class-summary';
import { agreementsToPrint, filterRows, openingKeyStage, sortRows } from '../../../src/core/class/class-view';
import type { KeyStage } from '../../../src/core/content/key-stage';

const done = (misses: Record<string, number> = {}) => ({
  status: 'done' as const,
  step: 4,
  misses,
  stars: 3,
  updatedAt: 1,
});
const signed = (keyStage: KeyStage, signedOn: string) => ({
  [keyStage]: {
    profileId: 'x',
    keyStage,
    trustedAtSchool: '',
    trustedAtHome: '',
    signature: { kind: 'typed' as const, text: 'x' },
    signedOn,
    wordingVersion: 1,
  },
});
const pupil = (
  name: string,
  keyStage: KeyStage,
  progress: PupilRecord['progress'],
  agreements: PupilRecord['agreements'] = {},
): PupilRecord => ({
  profile: { id: name, name, avatar: 'fox', keyStage, createdAt: 1 },
  progress,
  agreements,
});

const ids = ['ks2-01', 'ks2-02', 'ks2-03'];
const everything = { 'ks2-01': done(), 'ks2-02': done(), 'ks2-03': done() };
const pupils = [
  pupil('Zoe', 'ks2', everything, signed('ks2', '2026-11-02')),
  pupil('Ben', 'ks2', { 'ks2-01': done({ pick: 2 }) }),
  pupil('Amara', 'ks2', everything, signed('ks2', '2026-11-20')),
  pupil('Cal', 'ks2', { 'ks2-01': done({ pick: 1 }), 'ks2-02': done({ a: 3, b: 1 }) }),
  pupil('Ada', 'ks1', {}),
];
const rows = classRows(pupils, 'ks2', ids);
const names = (list: readonly { profile: { name: string } }[]) => list.map((row) => row.profile.name);

describe('the class table', () => {
  it('sorts by name, by progress (most done first) and by signed date (latest first, unsigned last)', () => {
    expect(names(sortRows(rows, 'name'))).toEqual(['Amara', 'Ben', 'Cal', 'Zoe']);
    expect(names(sortRows(rows, 'progress'))).toEqual(['Amara', 'Zoe', 'Cal', 'Ben']);
    expect(names(sortRows(rows, 'signed'))).toEqual(['Amara', 'Zoe', 'Ben', 'Cal']);
  });

  it('filters pupils who have not finished, or not signed', () => {
    expect(names(filterRows(rows, 'all', ids.length))).toHaveLength(4);
    expect(names(filterRows(rows, 'notFinished', ids.length))).toEqual(['Ben', 'Cal']);
    expect(names(filterRows(rows, 'notSigned', ids.length))).toEqual(['Ben', 'Cal']);
  });

  it('opens on the key stage used last while it has pupils, else one that has pupils', () => {
    const ks2Only = pupils.filter((p) => p.profile.keyStage === 'ks2');
    expect(openingKeyStage(['ks1', 'ks2'], ks2Only)).toBe('ks2');
    expect(openingKeyStage(['ks1', 'ks2'], ks2Only, 'ks1')).toBe('ks2');
    expect(openingKeyStage(['ks1', 'ks2'], pupils, 'ks1')).toBe('ks1');
    expect(openingKeyStage(['ks1', 'ks2'], pupils)).toBe('ks1');
    expect(openingKeyStage(['ks1', 'ks2'], [], 'ks2')).toBe('ks2');
    expect(openingKeyStage(['ks2'], [], 'ks1')).toBe('ks2');
    expect(openingKeyStage(['ks1', 'ks2'], [])).toBe('ks1');
  });
});

describe('printing agreements', () => {
  const printed = (choice: Parameters<typeof agreementsToPrint>[3], sort: 'name' | 'signed' = 'name') =>
    agreementsToPrint(pupils, 'ks2', sort, choice).map((pupil) => pupil.profile.name);

  it('prints only signed agreements, in the order of the table', () => {
    expect(printed('signed')).toEqual(['Amara', 'Zoe']);
    expect(printed('signed', 'signed')).toEqual(['Amara', 'Zoe']);
    expect(printed({ chosen: new Set(['Zoe', 'Ben']) })).toEqual(['Zoe']);
    expect(printed({ profileId: 'Amara' })).toEqual(['Amara']);
    expect(printed({ profileId: 'Ben' })).toEqual([]);
  });
});

describe('the class report', () => {
  it('says who finished and signed, and which statements took most tries, by how many pupils', () => {
    const report = classReport(pupils, 'ks2', ids);
    expect(report.lines.map((line) => [line.name, line.done, line.finished, line.signedOn])).toEqual([
      ['Amara', 3, true, '2026-11-20'],
      ['Ben', 1, false, undefined],
      ['Cal', 2, false, undefined],
      ['Zoe', 3, true, '2026-11-02'],
    ]);
    expect([report.finished, report.signed, report.statementCount]).toEqual([2, 2, 3]);
    expect(report.hardest).toEqual([
      { statementId: 'ks2-02', misses: 4, pupils: 1 },
      { statementId: 'ks2-01', misses: 3, pupils: 2 },
    ]);
  });

  it('breaks a tie in tries by the number of pupils who needed another go', () => {
    const tie = [
      pupil('A', 'ks2', { 'ks2-01': done({ x: 2 }) }),
      pupil('B', 'ks2', { 'ks2-02': done({ x: 1 }) }),
      pupil('C', 'ks2', { 'ks2-02': done({ x: 1 }) }),
    ];
    expect(classReport(tie, 'ks2', ids).hardest.map((entry) => entry.statementId)).toEqual([
      'ks2-02',
      'ks2-01',
    ]);
  });
});
