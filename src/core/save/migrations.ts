import { starsFor } from '../progress/stars';
import { splitTrustedAdults } from '../school/trusted-adults';

/** The version of every record this code writes. Records carry it so later code can migrate them. */
export const saveVersion = 3;

type StoredObject = Record<string, unknown>;

function isObject(value: unknown): value is StoredObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Version 2 added stars. A statement finished under version 1 earns the stars its saved misses give;
 * anything not finished has none yet.
 */
export function addStars(progress: unknown): unknown {
  if (!isObject(progress)) return progress;
  const entries = Object.entries(progress).map(([statementId, entry]) => {
    if (!isObject(entry) || entry.stars !== undefined) return [statementId, entry];
    const misses = isObject(entry.misses) ? entry.misses : {};
    const counts = Object.fromEntries(Object.entries(misses).map(([step, n]) => [step, Number(n) || 0]));
    return [statementId, { ...entry, stars: entry.status === 'done' ? starsFor(counts) : 0 }];
  });
  return Object.fromEntries(entries);
}

/** Version 3 keeps the school's trusted adults as a list of names: "Mrs Khan, Mr Lee" becomes two. */
export function listTrustedAdults(school: unknown): unknown {
  if (!isObject(school) || typeof school.trustedAtSchool !== 'string') return school;
  return { ...school, trustedAtSchool: splitTrustedAdults(school.trustedAtSchool) };
}

/** Each migration takes a record of one version to the next. */
const migrations: Readonly<Record<number, (record: StoredObject) => StoredObject>> = {
  1: (record) => ({
    ...record,
    version: 2,
    ...('progress' in record ? { progress: addStars(record.progress) } : {}),
  }),
  2: (record) => ({
    ...record,
    version: 3,
    ...('school' in record ? { school: listTrustedAdults(record.school) } : {}),
  }),
};

/**
 * Brings a stored record written by an older version of the game up to `saveVersion`, one version at
 * a time. Anything it does not recognise is returned as it is, for validation to refuse.
 */
export function migrate(stored: unknown): unknown {
  let record = stored;
  while (isObject(record) && typeof record.version === 'number' && record.version < saveVersion) {
    const step = migrations[record.version];
    if (!step) return record;
    record = step(record);
  }
  return record;
}
