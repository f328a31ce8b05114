import * as v from 'valibot';
import { avatarNames } from '../content/art-names';
import { keyStages } from '../content/key-stage';
import { gameLanguages, pupilLanguages } from '../school/languages';
import { checkPupilName, withoutDirectionControls } from '../profile/pupil-name';
import { fonts, textSizes, tints, voiceRates } from '../preferences/preferences';
import { maxStars } from '../progress/stars';

import { migrate, saveVersion } from './migrations';

export { saveVersion };

const Name = v.pipe(
  v.string(),
  v.transform(withoutDirectionControls),
  v.check((name) => {
    const check = checkPupilName(name);
    return check.ok && check.name === name;
  }, 'is not a first name or nickname the game accepts'),
);
const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}$/));

/** A pupil's choices as saved in their record (every field optional; absent means the device decides). */
export const PupilPreferencesSchema = v.strictObject({
  readAloud: v.optional(v.boolean()),
  voiceRate: v.optional(v.picklist(voiceRates)),
  sounds: v.optional(v.boolean()),
  motion: v.optional(v.boolean()),
  textSize: v.optional(v.picklist(textSizes)),
  font: v.optional(v.picklist(fonts)),
  tint: v.optional(v.picklist(tints)),
  language: v.optional(v.picklist(pupilLanguages)),
});

export const ProfileSchema = v.object({
  id: Id,
  name: Name,
  avatar: v.picklist(avatarNames),
  keyStage: v.optional(v.picklist(keyStages)),
  createdAt: v.number(),
  preferences: v.optional(PupilPreferencesSchema),
});

export const ProfilesRecord = v.object({ version: v.literal(saveVersion), profiles: v.array(ProfileSchema) });

export const StatementProgressSchema = v.object({
  status: v.picklist(['not-started', 'in-progress', 'done']),
  step: v.pipe(v.number(), v.integer(), v.minValue(0)),
  misses: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))),
  stars: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(maxStars)),
  updatedAt: v.number(),
});

const StatementId = v.pipe(v.string(), v.regex(/^ks[12]-\d{2}$/));

export const ProgressSchema = v.record(StatementId, StatementProgressSchema);

export const ProgressRecord = v.object({ version: v.literal(saveVersion), progress: ProgressSchema });

/** The last step a pupil took, written alone the moment they take it (see SaveRepository.saveStep). */
export const LastStepRecord = v.object({
  version: v.literal(saveVersion),
  statementId: StatementId,
  record: StatementProgressSchema,
});

const SignatureSchema = v.variant('kind', [
  v.object({ kind: v.literal('drawn'), image: v.pipe(v.string(), v.startsWith('data:image/png;base64,')) }),
  v.object({ kind: v.literal('typed'), text: v.pipe(v.string(), v.nonEmpty()) }),
]);

const AgreementSchema = v.object({
  profileId: Id,
  keyStage: v.picklist(keyStages),
  trustedAtSchool: v.string(),
  trustedAtHome: v.string(),
  signature: SignatureSchema,
  signedOn: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  wordingVersion: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 1),
});

export const AgreementsSchema = v.object({
  ks1: v.optional(AgreementSchema),
  ks2: v.optional(AgreementSchema),
});

export const AgreementsRecord = v.object({ version: v.literal(saveVersion), agreements: AgreementsSchema });

export const SettingsRecord = v.object({
  version: v.literal(saveVersion),
  soundOn: v.boolean(),
  classVote: v.optional(v.boolean(), false),
  narrationOn: v.optional(v.boolean(), true),
  slowNarration: v.optional(v.boolean(), false),
});

export const SchoolSchema = v.object({
  earlySigning: v.optional(v.boolean(), false),
  language: v.optional(v.picklist(gameLanguages), 'en'),
  name: v.pipe(v.string(), v.maxLength(200)),
  policyUrl: v.pipe(v.string(), v.maxLength(400)),
  // Lax on purpose: a list split from older saved text is read whole, and the form asks for it shorter.
  trustedAtSchool: v.pipe(v.array(v.pipe(v.string(), v.maxLength(400))), v.maxLength(200)),
  keyStages: v.array(v.picklist(keyStages)),
  signers: v.picklist(['pupil', 'parent', 'both']),
  logo: v.optional(
    v.union([
      v.literal(''),
      v.pipe(v.string(), v.startsWith('data:image/png;base64,'), v.maxLength(2_000_000)),
    ]),
    '',
  ),
});

export const SchoolRecord = v.object({ version: v.literal(saveVersion), school: SchoolSchema });

export const WordingSchema = v.object({
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  texts: v.record(StatementId, v.pipe(v.string(), v.maxLength(2000))),
  translated: v.optional(
    v.partial(
      v.object(
        Object.fromEntries(
          pupilLanguages.map((code) => [code, v.record(StatementId, v.pipe(v.string(), v.maxLength(2000)))]),
        ),
      ),
    ),
  ),
  hidden: v.array(StatementId),
});

export const WordingRecord = v.object({ version: v.literal(saveVersion), wording: WordingSchema });

/** The grown-ups' PIN, never stored as typed: a salted PBKDF2 hash. */
export const PinRecord = v.object({
  version: v.literal(saveVersion),
  salt: v.pipe(v.string(), v.nonEmpty()),
  hash: v.pipe(v.string(), v.nonEmpty()),
});

/** Reads a stored record, migrated to this version: its valid value, or why there is none. */
export function readRecord<S extends v.GenericSchema>(
  schema: S,
  stored: unknown,
): { state: 'missing' } | { state: 'valid'; value: v.InferOutput<S> } | { state: 'invalid' } {
  if (stored === undefined) return { state: 'missing' };
  const result = v.safeParse(schema, migrate(stored));
  return result.success ? { state: 'valid', value: result.output } : { state: 'invalid' };
}

/** The key stage the grown-ups' Class tab showed last, so it opens there again. */
export const ClassViewRecord = v.object({ version: v.literal(saveVersion), keyStage: v.picklist(keyStages) });

/** Every record the game keeps, by kind: the repository checks each as it reads it. */
export const savedRecords = {
  profiles: ProfilesRecord,
  progress: ProgressRecord,
  lastStep: LastStepRecord,
  agreements: AgreementsRecord,
  settings: SettingsRecord,
  school: SchoolRecord,
  wording: WordingRecord,
  pin: PinRecord,
  classView: ClassViewRecord,
} as const;
