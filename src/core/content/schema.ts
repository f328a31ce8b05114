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

export const settingNames = [
  'home',
  'bedroom',
  'classroom',
  'park',
  'library',
  'kitchen',
  'gamesRoom',
  'garden',
  'grandparents',
  'bus',
  'playground',
  'computerRoom',
  'club',
] as const;
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

const Lines = v.pipe(v.array(TextKey), v.minLength(1, 'needs at least one line'));
/**
 * What every step has: its id, the lines that tell the story, a picture cue, and for the class (KS1) a
 * question before choosing that opens the problem (`discuss`) and one after the safe feedback (`discussAfter`).
 */
const stepBase = {
  id: Id,
  lines: Lines,
  discuss: v.optional(TextKey),
  discussAfter: v.optional(TextKey),
  stage: v.optional(Stage),
};

/** Words for a thing placed right (`right`), and for a wrong try, when it stays out for another go (`wrong`). */
const rightAndWrong = { right: TextKey, wrong: TextKey };

const Choice = v.strictObject({
  id: Id,
  label: TextKey,
  picture: Art,
  safe: v.boolean(),
  feedback: TextKey,
});

const ChoiceStep = v.strictObject({
  kind: v.literal('choice'),
  ...stepBase,
  choices: v.pipe(
    v.array(Choice),
    v.minLength(2, 'needs at least two choices'),
    v.maxLength(4, 'has more than four choices'),
  ),
});

const StoryStep = v.strictObject({ kind: v.literal('story'), ...stepBase });

const SortBin = v.strictObject({ id: Id, label: TextKey, picture: Art });

const SortItem = v.strictObject({
  id: Id,
  label: TextKey,
  picture: Art,
  bin: Id,
  ...rightAndWrong,
});

/** Tap-to-sort: each item goes in one of two or three bins, such as "true", "false" and "check it". */
const SortStep = v.strictObject({
  kind: v.literal('sort'),
  ...stepBase,
  bins: v.pipe(
    v.array(SortBin),
    v.minLength(2, 'needs at least two bins'),
    v.maxLength(3, 'has more than three bins'),
  ),
  items: v.pipe(
    v.array(SortItem),
    v.minLength(3, 'needs at least three things to sort'),
    v.maxLength(8, 'has more than eight things to sort'),
  ),
});

/** A pretend chat: each turn, messages arrive and the pupil picks a reply (block and report are replies). */
const ChatStep = v.strictObject({
  kind: v.literal('chat'),
  ...stepBase,
  app: TextKey,
  contact: v.strictObject({ name: TextKey, picture: Art }),
  turns: v.pipe(
    v.array(
      v.strictObject({
        messages: v.pipe(v.array(TextKey), v.minLength(1, 'needs at least one message')),
        replies: v.pipe(
          v.array(Choice),
          v.minLength(2, 'needs at least two replies'),
          v.maxLength(4, 'has more than four replies'),
        ),
      }),
    ),
    v.minLength(1, 'needs at least one turn'),
    v.maxLength(4, 'has more than four turns'),
  ),
});

/** Spot the trap: a pretend screen; the pupil finds every thing on it that is not safe to click. */
const SpotStep = v.strictObject({
  kind: v.literal('spot'),
  ...stepBase,
  screen: TextKey,
  spots: v.pipe(
    v.array(
      v.strictObject({
        id: Id,
        label: TextKey,
        picture: Art,
        trap: v.boolean(),
        /** A trap's words when it is found. */
        right: v.optional(TextKey),
        /** A fine thing's words when it is tapped: not a trap, because... */
        wrong: v.optional(TextKey),
      }),
    ),
    v.minLength(3, 'needs at least three things on the screen'),
    v.maxLength(8, 'has more than eight things on the screen'),
  ),
});

/** Match each thing to its partner, one to one, such as each game to its age label. */
const MatchStep = v.strictObject({
  kind: v.literal('match'),
  ...stepBase,
  answers: v.pipe(
    v.array(v.strictObject({ id: Id, label: TextKey, picture: Art })),
    v.minLength(2, 'needs at least two answers'),
    v.maxLength(5, 'has more than five answers'),
  ),
  items: v.pipe(
    v.array(v.strictObject({ id: Id, label: TextKey, picture: Art, answer: Id, ...rightAndWrong })),
    v.minLength(2, 'needs at least two things to match'),
    v.maxLength(5, 'has more than five things to match'),
  ),
});

export const tileKinds = ['word', 'number', 'symbol', 'personal'] as const;

/** Build a strong password from tiles; tiles about the pupil themself are refused with a reason. */
const PasswordStep = v.strictObject({
  kind: v.literal('password'),
  ...stepBase,
  tiles: v.pipe(
    v.array(
      v.strictObject({
        id: Id,
        label: TextKey,
        picture: Art,
        kind: v.picklist(tileKinds),
        feedback: TextKey,
      }),
    ),
    v.minLength(5, 'needs at least five tiles'),
    v.maxLength(10, 'has more than ten tiles'),
  ),
});

/**
 * A feelings check: the pupil helps the character notice where a feeling is (one of three or four body
 * places; the story names the right one, `answer`) and how big it is. Any size is accepted, each with a
 * warm line that a feeling of that size is worth telling.
 */
const FeelingsStep = v.strictObject({
  kind: v.literal('feelings'),
  ...stepBase,
  /** The question about where, such as "Where does Kai feel it?" */
  whereAsk: TextKey,
  places: v.pipe(
    v.array(
      v.strictObject({
        id: Id,
        label: TextKey,
        picture: Art,
        right: v.optional(TextKey),
        wrong: v.optional(TextKey),
      }),
    ),
    v.minLength(3, 'needs at least three body places'),
    v.maxLength(4, 'has more than four body places'),
  ),
  answer: Id,
  /** The question about how big, such as "How big is Kai's funny feeling?" */
  sizeAsk: TextKey,
  /** The warm line for each size the pupil may choose. */
  sizes: v.strictObject({ small: TextKey, middle: TextKey, big: TextKey }),
});

export const ScenarioSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^ks[12]-\d{2}-[a-z-]+$/, 'must look like "ks1-04-funny-feeling"')),
  statement: StatementId,
  /** A sensitive statement or "something bad happens": the path every pupil sees says it is not their fault. */
  sensitive: v.optional(v.boolean()),
  setting: v.picklist(settingNames),
  hero: Art,
  guide: Art,
  steps: v.pipe(
    v.array(
      v.variant('kind', [
        StoryStep,
        ChoiceStep,
        SortStep,
        ChatStep,
        SpotStep,
        MatchStep,
        PasswordStep,
        FeelingsStep,
      ]),
    ),
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
export type ChatStep = Extract<Step, { kind: 'chat' }>;
export type SpotStep = Extract<Step, { kind: 'spot' }>;
export type MatchStep = Extract<Step, { kind: 'match' }>;
export type PasswordStep = Extract<Step, { kind: 'password' }>;
export type FeelingsStep = Extract<Step, { kind: 'feelings' }>;
export type TileKind = (typeof tileKinds)[number];
export type StageCue = NonNullable<Step['stage']>;
export type SettingName = (typeof settingNames)[number];
export type Motion = (typeof motions)[number];
export type StatementList = v.InferOutput<typeof StatementListSchema>;
export type StatementEntry = StatementList['statements'][number];
