import * as v from 'valibot';
import { artNames } from './art-names';
import { keyStages } from './key-stage';

/** A key into the `scenarios` namespace of locales/, such as `ks1-04.intro.1`. */
const TextKey = v.pipe(
  v.string(),
  v.regex(/^ks[12]-\d{2}\.[a-z][a-zA-Z0-9]*\.[a-zA-Z0-9]+$/, 'must be a text key like "ks1-04.intro.1"'),
);
const Art = v.picklist(artNames, 'must be one of the picture names in src/core/content/art-names.ts');
const Id = v.pipe(v.string(), v.regex(/^[a-z][a-zA-Z0-9]*$/, 'must be a short camelCase id'));
const StatementId = v.pipe(v.string(), v.regex(/^ks[12]-\d{2}$/, 'must be a statement id like "ks1-04"'));

export const settingNames = ['home', 'bedroom', 'classroom', 'park'] as const;
export const motions = ['bob', 'wobble', 'bounce', 'shrug'] as const;
/** `copies`: the prop is copied again and again and flies off, as a shared picture travels. */
export const effects = ['copies'] as const;

/** What the picture shows during a step: the hero's face and motion, and a prop beside them. */
const Stage = v.strictObject({
  face: v.optional(Art),
  motion: v.optional(v.picklist(motions)),
  prop: v.optional(Art),
  effect: v.optional(v.picklist(effects)),
});

const Choice = v.strictObject({
  id: Id,
  label: TextKey,
  picture: Art,
  safe: v.boolean(),
  feedback: TextKey,
});

const StoryStep = v.strictObject({
  kind: v.literal('story'),
  id: Id,
  lines: v.pipe(v.array(TextKey), v.minLength(1, 'needs at least one line')),
  discuss: v.optional(TextKey),
  stage: v.optional(Stage),
});

const ChoiceStep = v.strictObject({
  kind: v.literal('choice'),
  id: Id,
  lines: v.pipe(v.array(TextKey), v.minLength(1, 'needs at least one line')),
  discuss: v.optional(TextKey),
  stage: v.optional(Stage),
  choices: v.pipe(
    v.array(Choice),
    v.minLength(2, 'needs at least two choices'),
    v.maxLength(4, 'has more than four choices'),
  ),
});

const SortBin = v.strictObject({ id: Id, label: TextKey, picture: Art });

const SortItem = v.strictObject({
  id: Id,
  label: TextKey,
  picture: Art,
  bin: Id,
  feedback: TextKey,
});

/** Tap-to-sort: each item goes in one of two bins, such as "OK to share" and "check first". */
const SortStep = v.strictObject({
  kind: v.literal('sort'),
  id: Id,
  lines: v.pipe(v.array(TextKey), v.minLength(1, 'needs at least one line')),
  discuss: v.optional(TextKey),
  stage: v.optional(Stage),
  bins: v.pipe(v.array(SortBin), v.length(2, 'needs exactly two bins')),
  items: v.pipe(
    v.array(SortItem),
    v.minLength(3, 'needs at least three things to sort'),
    v.maxLength(8, 'has more than eight things to sort'),
  ),
});

export const ScenarioSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^ks[12]-\d{2}-[a-z-]+$/, 'must look like "ks1-04-funny-feeling"')),
  statement: StatementId,
  setting: v.picklist(settingNames),
  hero: Art,
  guide: Art,
  steps: v.pipe(
    v.array(v.variant('kind', [StoryStep, ChoiceStep, SortStep])),
    v.minLength(2, 'needs at least two steps'),
  ),
});

export const StatementListSchema = v.strictObject({
  keyStage: v.picklist(keyStages),
  statements: v.pipe(
    v.array(v.strictObject({ id: StatementId, icon: Art })),
    v.minLength(1, 'needs at least one statement'),
  ),
});

export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type Step = Scenario['steps'][number];
export type ChoiceStep = Extract<Step, { kind: 'choice' }>;
export type Choice = ChoiceStep['choices'][number];
export type SortStep = Extract<Step, { kind: 'sort' }>;
export type SortItem = SortStep['items'][number];
export type StageCue = NonNullable<Step['stage']>;
export type SettingName = (typeof settingNames)[number];
export type Motion = (typeof motions)[number];
export type StatementList = v.InferOutput<typeof StatementListSchema>;
export type StatementEntry = StatementList['statements'][number];
