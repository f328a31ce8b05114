import type { ContentProblem, ContentScenario, ContentWords } from './content-rules';
import { guideName } from './content-rules';
import { interpolate, sentences, words } from './content-text';
import type { KeyStage } from './key-stage';
import type { Choice } from './schema';
import { textKeysOf } from './text-keys';

/** The figures of one key stage, printed by the content check. */
export interface KeyStageFigures {
  readonly keyStage: KeyStage;
  readonly sentences: number;
  readonly meanWords: number;
  readonly maxWords: number;
  /** Choice and chat groups, and how many of them have the safe option longest. */
  readonly groups: number;
  readonly safeLongest: number;
  /** Pictures only ever on safe options, with how often. */
  readonly safeOnlyPictures: Readonly<Record<string, number>>;
  readonly names: readonly string[];
}

/** At most this many uses of a picture that only ever marks the safe answer. */
export const safePictureLimit = 3;

/** Capitalised words that are not characters' names. */
const notNames = new Set(
  `${guideName} Mum Dad Mummy Daddy Gran Grandma Grandad Grandpa Nan Nana Granny Auntie Uncle Miss Mr Mrs Ms Sir
  I It It's This That These Those They He She We You Your His Her Their My Our Its The A An Some Someone
  Somebody Everyone Everybody Nobody Anyone No Yes Not Now Then Next Later Today When What Who Why How Where
  Here There If So But And Or Only Most All Every Each One Two Three Another Other Many Lots A Hmm Oh Well
  Wait Stop Look Please Thanks Thank Good Great Nice Right Wrong True False Let Let's Ask Tell Try Think Maybe
  Hold Even Still Just Also Sometimes Online Teacher Teachers School Class`.split(/\s+/),
);

/** Names used as the subject of a sentence: "Sam says", "Priya is", "Max's tablet", "Leo and". */
const subject =
  /\b([A-Z][a-z]+)(?:'s\b| (?:is|was|has|had|says|said|asks|asked|can|cannot|can't|could|wants|feels|gets|got|sees|saw|plays|likes|loves|knows|thinks|tells|told|finds|found|shows|sends|sent|makes|takes|goes|went|opens|clicks|taps|looks|hears|reads|writes|uses|will|would|should|does|did|doesn't|didn't|isn't|wasn't|and|nods|smiles|stops|checks|types|watches|joins|keeps|needs|gives|puts|decides|remembers|starts|posts|shares|comes|runs)\b)/g;

function choiceGroups(item: ContentScenario): { at: string; choices: readonly Choice[] }[] {
  return item.scenario.steps.flatMap((step, index) => {
    if (step.kind === 'choice') return [{ at: `steps.${index}.choices`, choices: step.choices }];
    if (step.kind === 'chat')
      return step.turns.map((turn, turnIndex) => ({
        at: `steps.${index}.turns.${turnIndex}.replies`,
        choices: turn.replies,
      }));
    return [];
  });
}

/** Is a safe option strictly longer than every less safe one? */
function safeIsLongest(choices: readonly Choice[], content: ContentWords): boolean {
  const length = (choice: Choice) => interpolate(content.text(choice.label) ?? '', content.defaults).length;
  const longestSafe = Math.max(...choices.filter((c) => c.safe).map(length));
  const longestOther = Math.max(...choices.filter((c) => !c.safe).map(length));
  return longestSafe > longestOther;
}

/** The sentences of a scenario where characters act: lines, class questions, feedback and messages. */
function storyKeys(item: ContentScenario): string[] {
  return item.scenario.steps.flatMap((step) => {
    const feedback = (() => {
      switch (step.kind) {
        case 'choice':
          return step.choices.map((choice) => choice.feedback);
        case 'chat':
          return step.turns.flatMap((turn) => [
            ...turn.messages,
            ...turn.replies.map((reply) => reply.feedback),
          ]);
        case 'sort':
        case 'match':
          return step.items.flatMap((thing) => [thing.right, thing.wrong]);
        case 'spot':
          return step.spots.flatMap((spot) => [spot.right ?? [], spot.wrong ?? []].flat());
        case 'feelings':
          return step.places.flatMap((place) => [place.right ?? [], place.wrong ?? []].flat());
        default:
          return [];
      }
    })();
    return [...step.lines, ...(step.discuss ? [step.discuss] : []), ...feedback];
  });
}

/**
 * Characters' names: capitalised words as the subject of a sentence ("Sam says", "Priya's tablet"), that
 * never appear in lower case (so "Keep it" or "Report means" are not names) and are not "-ing" words.
 */
function namesIn(item: ContentScenario, content: ContentWords, lowerWords: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  for (const key of storyKeys(item)) {
    const text = content.text(key);
    if (!text) continue;
    for (const match of interpolate(text, content.defaults).matchAll(subject)) {
      const name = match[1];
      if (name && !notNames.has(name) && !lowerWords.has(name.toLowerCase()) && !name.endsWith('ing'))
        names.add(name);
    }
  }
  return names;
}

/** The rules across a key stage (and across both), with the figures the check prints. */
export function keyStageRules(
  items: readonly ContentScenario[],
  content: ContentWords,
): { problems: ContentProblem[]; figures: KeyStageFigures[] } {
  const problems: ContentProblem[] = [];
  const lowerWords = new Set(
    items.flatMap((item) =>
      textKeysOf(item.scenario).flatMap((key) =>
        words(content.text(key) ?? '').filter((w) => /^\p{Ll}/u.test(w)),
      ),
    ),
  );
  const namesByStage = new Map<KeyStage, Map<string, string[]>>();
  const figures = (['ks1', 'ks2'] as const).flatMap((keyStage) => {
    const stage = items.filter((item) => item.keyStage === keyStage);
    if (stage.length === 0) return [];
    const lengths = stage.flatMap((item) =>
      textKeysOf(item.scenario).flatMap((key) =>
        sentences(interpolate(content.text(key) ?? '', content.defaults)).map((s) => words(s).length),
      ),
    );
    const groups = stage.flatMap((item) => choiceGroups(item).map((group) => ({ ...group, item })));
    const longest = groups.filter((group) => safeIsLongest(group.choices, content));
    if (longest.length * 2 > groups.length)
      problems.push({
        rule: 'safeLongest',
        file: `levels/${keyStage}/scenarios`,
        key: longest.map((group) => `${group.item.scenario.id} ${group.at}`).join(', '),
        reason: `the safe option is the longest in ${longest.length} of ${groups.length} choice and chat groups (more than half); lengthen the less safe ones`,
      });
    const onSafe = new Map<string, string[]>();
    const onOther = new Set<string>();
    for (const { choices, item, at } of groups) {
      for (const choice of choices) {
        if (!choice.safe) onOther.add(choice.picture);
        else onSafe.set(choice.picture, [...(onSafe.get(choice.picture) ?? []), `${item.scenario.id} ${at}`]);
      }
    }
    const safeOnly = [...onSafe].filter(([picture]) => !onOther.has(picture));
    for (const [picture, places] of safeOnly) {
      if (places.length > safePictureLimit)
        problems.push({
          rule: 'safePicture',
          file: `levels/${keyStage}/scenarios`,
          key: places.join(', '),
          reason: `the picture "${picture}" is only ever on safe options (${places.length} times): put it on a less safe one too, or vary it`,
        });
    }
    const names = new Map<string, string[]>();
    for (const item of stage) {
      for (const name of namesIn(item, content, lowerWords))
        names.set(name, [...(names.get(name) ?? []), item.localeFile]);
    }
    namesByStage.set(keyStage, names);
    return [
      {
        keyStage,
        sentences: lengths.length,
        meanWords: lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, lengths.length),
        maxWords: Math.max(0, ...lengths),
        groups: groups.length,
        safeLongest: longest.length,
        safeOnlyPictures: Object.fromEntries(safeOnly.map(([picture, places]) => [picture, places.length])),
        names: [...names.keys()].sort(),
      },
    ];
  });
  const ks2Names = namesByStage.get('ks2') ?? new Map<string, string[]>();
  for (const [name, files] of namesByStage.get('ks1') ?? []) {
    const others = ks2Names.get(name);
    if (others)
      problems.push({
        rule: 'sharedName',
        file: files.join(', '),
        key: name,
        reason: `"${name}" is a character in both key stages (also ${others.join(', ')}); give one of them another name`,
      });
  }
  return { problems, figures };
}
