import { describe, expect, it } from 'vitest';
import type { PupilRecord } from '../../../src/core/class/class-summary';
import { countOutcomes, planImport } from '../../../src/core/transfer/import-plan';
import {
  maxTransferBytes,
  readTransfer,
  transferVersion,
  writeTransfer,
} from '../../../src/core/transfer/transfer-file';

const agreement = (text: string) => ({
  profileId: 'p1',
  keyStage: 'ks1' as const,
  trustedAtSchool: '',
  trustedAtHome: '',
  signature: { kind: 'typed' as const, text },
  signedOn: '2026-11-01',
  wordingVersion: 1,
});
const step = (n: number, updatedAt: number) => ({
  status: 'in-progress' as const,
  step: n,
  misses: {},
  stars: 0,
  updatedAt,
});
const pupil = (id: string, name: string, extra: Partial<PupilRecord> = {}): PupilRecord => ({
  profile: { id, name, avatar: 'fox', keyStage: 'ks1', createdAt: 1 },
  progress: {},
  agreements: {},
  ...extra,
});

describe('an export file', () => {
  it('reads back exactly what was written', () => {
    const pupils = [
      pupil('p1', 'Ada', { progress: { 'ks1-04': step(2, 9) }, agreements: { ks1: agreement('Ada') } }),
    ];
    const text = writeTransfer({ pupils }, 123);
    const read = readTransfer(text, text.length);
    expect(read).toEqual({ ok: true, file: { pupils, school: undefined, wording: undefined } });
  });

  it.each<[string, string, number, string]>([
    ['oversized', '{}', maxTransferBytes + 1, 'tooBig'],
    ['truncated', writeTransfer({ pupils: [] }, 1).slice(0, 20), 20, 'notJson'],
    ['another program', '{"format":"other"}', 18, 'notOurs'],
    [
      'newer',
      JSON.stringify({
        format: 'safe-online-quest/pupils',
        version: transferVersion + 1,
        exportedAt: 1,
        pupils: [],
      }),
      10,
      'newerVersion',
    ],
    [
      '__proto__',
      '{"format":"safe-online-quest/pupils","__proto__":{"x":1},"version":1,"exportedAt":1,"pupils":[]}',
      10,
      'dangerousKey',
    ],
    [
      'wrong types',
      JSON.stringify({ format: 'safe-online-quest/pupils', version: 1, exportedAt: '1', pupils: [] }),
      10,
      'invalid',
    ],
    ['markup name', writeTransfer({ pupils: [pupil('p1', '<b>x</b>')] }, 1), 10, 'invalid'],
    ['same pupil twice', writeTransfer({ pupils: [pupil('p1', 'A'), pupil('p1', 'A')] }, 1), 10, 'mismatch'],
  ])('is refused when %s', (_, text, bytes, reason) => {
    const read = readTransfer(text, bytes);
    expect(read.ok ? 'accepted' : read.problem.reason).toBe(reason);
  });
});

describe('an import plan', () => {
  it('adds new pupils, updates with the newer progress, and leaves the same alone', () => {
    const here = [pupil('p1', 'Ada', { progress: { 'ks1-01': step(1, 10) } }), pupil('p2', 'Bo')];
    const incoming = [
      pupil('p1', 'Ada', { progress: { 'ks1-01': step(3, 20), 'ks1-02': step(1, 5) } }),
      pupil('p2', 'Bo'),
      pupil('p3', 'Cy'),
    ];
    const plan = planImport(here, incoming);
    expect(countOutcomes(plan)).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect(plan[0]?.record.progress).toEqual({ 'ks1-01': step(3, 20), 'ks1-02': step(1, 5) });
  });

  it('never replaces a signed agreement already on this device, and says so', () => {
    const here = [pupil('p1', 'Ada', { agreements: { ks1: agreement('Ada here') } })];
    const plan = planImport(here, [pupil('p1', 'Ada', { agreements: { ks1: agreement('Ada there') } })]);
    expect(plan[0]?.record.agreements.ks1?.signature).toEqual({ kind: 'typed', text: 'Ada here' });
    expect(plan[0]?.keptAgreement).toBe(true);
    expect(plan[0]?.outcome).toBe('unchanged');
  });

  it('takes an agreement this device does not have', () => {
    const plan = planImport(
      [pupil('p1', 'Ada')],
      [pupil('p1', 'Ada', { agreements: { ks1: agreement('Ada') } })],
    );
    expect(plan[0]?.outcome).toBe('updated');
    expect(plan[0]?.keptAgreement).toBe(false);
  });
});
