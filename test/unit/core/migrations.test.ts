import { describe, expect, it } from 'vitest';
import { migrate, saveVersion } from '../../../src/core/save/migrations';
import { ProgressRecord, ProfilesRecord, readRecord } from '../../../src/core/save/saved-data';
import { readTransfer } from '../../../src/core/transfer/transfer-file';

/** A pupil's progress as version 1 of the game saved it, before stars. */
const version1Progress = {
  version: 1,
  progress: {
    'ks1-04': { status: 'done', step: 5, misses: { choice: 2 }, updatedAt: 10 },
    'ks1-05': { status: 'done', step: 4, misses: {}, updatedAt: 11 },
    'ks1-06': { status: 'in-progress', step: 2, misses: { a: 1 }, updatedAt: 12 },
  },
};

describe('saved data from older versions', () => {
  it('migrates version 1 progress: finished statements earn the stars their misses give', () => {
    const read = readRecord(ProgressRecord, version1Progress);
    expect(read.state).toBe('valid');
    if (read.state !== 'valid') return;
    expect(read.value.version).toBe(saveVersion);
    expect(read.value.progress['ks1-04']).toEqual({
      status: 'done',
      step: 5,
      misses: { choice: 2 },
      stars: 2,
      updatedAt: 10,
    });
    expect(read.value.progress['ks1-05']?.stars).toBe(3);
    expect(read.value.progress['ks1-06']?.stars).toBe(0);
  });

  it('migrates records without progress by their version alone', () => {
    const profiles = { version: 1, profiles: [{ id: 'p1', name: 'Ada', avatar: 'cat', createdAt: 1 }] };
    const read = readRecord(ProfilesRecord, profiles);
    expect(read).toEqual({ state: 'valid', value: { ...profiles, version: saveVersion } });
  });

  it('leaves what it does not know for validation to refuse', () => {
    expect(migrate('text')).toBe('text');
    expect(migrate({ version: 99 })).toEqual({ version: 99 });
    expect(migrate({ version: 0 })).toEqual({ version: 0 });
    expect(readRecord(ProgressRecord, { version: 0, progress: {} }).state).toBe('invalid');
  });

  it('does not change the record it was given', () => {
    const copy = structuredClone(version1Progress);
    migrate(copy);
    expect(copy).toEqual(version1Progress);
  });

  it('reads a version 1 export file, adding stars', () => {
    const file = JSON.stringify({
      format: 'safe-online-quest/pupils',
      version: 1,
      exportedAt: 1,
      pupils: [
        {
          profile: { id: 'p1', name: 'Ada', avatar: 'cat', createdAt: 1 },
          progress: version1Progress.progress,
          agreements: {},
        },
      ],
    });
    const read = readTransfer(file, file.length);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.file.pupils[0]?.progress['ks1-04']?.stars).toBe(2);
  });
});
