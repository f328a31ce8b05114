import * as v from 'valibot';
import type { PupilRecord } from '../class/class-summary';
import type { SchoolSettings } from '../school/school-settings';
import type { Wording } from '../school/wording';
import {
  AgreementsSchema,
  ProfileSchema,
  ProgressSchema,
  SchoolSchema,
  WordingSchema,
} from '../save/saved-data';
import { addStars, listTrustedAdults } from '../save/migrations';

/** The largest file the game will read: far more than a whole school's pupils need. */
export const maxTransferBytes = 20 * 1024 * 1024;
/**
 * Version 2 added stars to each statement's progress; version 3 keeps the school's trusted adults as a
 * list of names. An older file is migrated as it is read.
 */
export const transferVersion = 3;
const marker = 'safe-online-quest/pupils';

export interface TransferFile {
  readonly pupils: readonly PupilRecord[];
  readonly school?: SchoolSettings;
  readonly wording?: Wording;
}

const TransferSchema = v.strictObject({
  format: v.literal(marker),
  version: v.number(),
  exportedAt: v.number(),
  pupils: v.pipe(
    v.array(
      v.strictObject({ profile: ProfileSchema, progress: ProgressSchema, agreements: AgreementsSchema }),
    ),
    v.maxLength(2000),
  ),
  school: v.optional(SchoolSchema),
  wording: v.optional(WordingSchema),
});

export type TransferProblem =
  | { reason: 'tooBig' }
  | { reason: 'notJson' }
  | { reason: 'notOurs' }
  | { reason: 'newerVersion' }
  | { reason: 'dangerousKey'; key: string }
  | { reason: 'invalid'; path: string }
  | { reason: 'mismatch'; name: string };

/** Builds the text of an export file. */
export function writeTransfer(file: TransferFile, now: number): string {
  return JSON.stringify({ format: marker, version: transferVersion, exportedAt: now, ...file });
}

/** A version 1 file's pupils, with the stars their finished statements earned. */
function fromVersion1(data: object): object {
  const pupils = (data as { pupils?: unknown }).pupils;
  if (!Array.isArray(pupils)) return data;
  return {
    ...data,
    pupils: pupils.map((pupil: unknown) =>
      typeof pupil === 'object' && pupil !== null && 'progress' in pupil
        ? { ...pupil, progress: addStars(pupil.progress) }
        : pupil,
    ),
  };
}

/** A version 2 (or older) file's school, with its trusted adults split into a list of names. */
function fromVersion2(data: object): object {
  return 'school' in data ? { ...data, school: listTrustedAdults(data.school) } : data;
}

/** An older file brought up to this version, one version at a time. */
function upgrade(data: object, version: unknown): object {
  if (version === 1) return fromVersion2(fromVersion1(data));
  if (version === 2) return fromVersion2(data);
  return data;
}

const dangerousKeys = new Set(['__proto__', 'constructor', 'prototype']);

function findDangerousKey(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const key of Object.keys(value)) {
    if (dangerousKeys.has(key)) return key;
    const inner = findDangerousKey((value as Record<string, unknown>)[key]);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * Reads an export file. Anything that is not exactly what the game writes is refused with its reason
 * and nothing from it is used: an oversized or truncated file, another program's file, a newer
 * version, keys that could change how objects behave, wrong types, or names the game would not accept.
 */
export function readTransfer(
  text: string,
  bytes: number,
): { ok: true; file: TransferFile } | { ok: false; problem: TransferProblem } {
  if (bytes > maxTransferBytes) return { ok: false, problem: { reason: 'tooBig' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { reason: 'notJson' } };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== marker) {
    return { ok: false, problem: { reason: 'notOurs' } };
  }
  const key = findDangerousKey(data);
  if (key) return { ok: false, problem: { reason: 'dangerousKey', key } };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > transferVersion)
    return { ok: false, problem: { reason: 'newerVersion' } };
  const result = v.safeParse(TransferSchema, upgrade(data, version));
  if (!result.success) {
    return {
      ok: false,
      problem: { reason: 'invalid', path: v.getDotPath(result.issues[0]) ?? '(top level)' },
    };
  }
  const { pupils, school, wording } = result.output;
  const ids = new Set<string>();
  for (const pupil of pupils) {
    const wrongOwner = Object.values(pupil.agreements).some(
      (a) => a !== undefined && a.profileId !== pupil.profile.id,
    );
    if (ids.has(pupil.profile.id) || wrongOwner)
      return { ok: false, problem: { reason: 'mismatch', name: pupil.profile.name } };
    ids.add(pupil.profile.id);
  }
  return { ok: true, file: { pupils, school, wording } };
}
