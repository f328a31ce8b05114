import { feelingSizes } from '../content/feeling-sizes';
import type { FeelingsStep, MatchStep, PasswordStep, SortStep, SpotStep, TileKind } from '../content/schema';
import { passwordStrength } from './password-strength';

/**
 * The steps where the pupil places things: sorting, matching, spotting traps, building a password, and
 * a feelings check (where the feeling is, then how big).
 */
export type PlacingStep = SortStep | MatchStep | SpotStep | PasswordStep | FeelingsStep;

export type Placed = Readonly<Record<string, string>>;

/** What one try does: whether it was right, and where the thing now sits (unchanged when not right). */
export interface PlaceResult {
  readonly right: boolean;
  readonly placed: Placed;
}

/** Where the password's tiles go, and where a found trap goes, in `placed`. */
export const inPassword = 'password';
export const foundTrap = 'trap';
/** In a feelings check, `placed.where` holds the body place found and `placed.size` the size chosen. */
export const feelingWhere = 'where';
export const feelingSize = 'size';

export function isPlacingStep(step: { kind: string }): step is PlacingStep {
  return ['sort', 'match', 'spot', 'password', 'feelings'].includes(step.kind);
}

function sort(step: SortStep, placed: Placed, itemId: string, binId: string): PlaceResult | undefined {
  const item = step.items.find((candidate) => candidate.id === itemId);
  if (!item || !step.bins.some((bin) => bin.id === binId)) return undefined;
  const right = item.bin === binId;
  return { right, placed: right ? { ...placed, [itemId]: binId } : placed };
}

/** Matching is one to one: an answer already matched cannot be used again. */
function match(step: MatchStep, placed: Placed, itemId: string, answerId: string): PlaceResult | undefined {
  const item = step.items.find((candidate) => candidate.id === itemId);
  if (!item || !step.answers.some((answer) => answer.id === answerId)) return undefined;
  if (Object.values(placed).includes(answerId)) return undefined;
  const right = item.answer === answerId;
  return { right, placed: right ? { ...placed, [itemId]: answerId } : placed };
}

/** Tapping a trap finds it; tapping something that is fine explains why it is fine. */
function spot(step: SpotStep, placed: Placed, spotId: string): PlaceResult | undefined {
  const found = step.spots.find((candidate) => candidate.id === spotId);
  if (!found) return undefined;
  return { right: found.trap, placed: found.trap ? { ...placed, [spotId]: foundTrap } : placed };
}

/** The kinds of the tiles in the password so far, in the order they were added. */
export function passwordKinds(step: PasswordStep, placed: Placed): TileKind[] {
  return Object.keys(placed).flatMap((tileId) => step.tiles.find((tile) => tile.id === tileId)?.kind ?? []);
}

/** A tile about the pupil (a pet's name, a birthday) is refused; any other tile joins the password. */
function addTile(step: PasswordStep, placed: Placed, tileId: string): PlaceResult | undefined {
  const tile = step.tiles.find((candidate) => candidate.id === tileId);
  if (!tile || passwordStrength(passwordKinds(step, placed)) === 'strong') return undefined;
  const right = tile.kind !== 'personal';
  return { right, placed: right ? { ...placed, [tileId]: inPassword } : placed };
}

/**
 * A feelings check: first where the feeling is (the place the story names is right, another gets a
 * gentle reason and another go), then how big it is (every size is right).
 */
function feel(step: FeelingsStep, placed: Placed, what: string, choice: string): PlaceResult | undefined {
  if (what === feelingWhere && step.places.some((place) => place.id === choice)) {
    const right = step.answer === choice;
    return { right, placed: right ? { ...placed, [feelingWhere]: choice } : placed };
  }
  const sizes: readonly string[] = feelingSizes;
  if (what === feelingSize && placed[feelingWhere] !== undefined && sizes.includes(choice))
    return { right: true, placed: { ...placed, [feelingSize]: choice } };
  return undefined;
}

/** One try on a placing step; undefined when it changes nothing (unknown, or already placed). */
export function place(
  step: PlacingStep,
  placed: Placed,
  itemId: string,
  targetId: string,
): PlaceResult | undefined {
  if (placed[itemId] !== undefined) return undefined;
  switch (step.kind) {
    case 'sort':
      return sort(step, placed, itemId, targetId);
    case 'match':
      return match(step, placed, itemId, targetId);
    case 'spot':
      return spot(step, placed, itemId);
    case 'password':
      return addTile(step, placed, itemId);
    case 'feelings':
      return feel(step, placed, itemId, targetId);
  }
}

/** Is the step finished: everything sorted or matched, every trap found, the password strong? */
export function isPlacingDone(step: PlacingStep, placed: Placed): boolean {
  switch (step.kind) {
    case 'sort':
    case 'match':
      return step.items.every((item) => placed[item.id] !== undefined);
    case 'spot':
      return step.spots.every((candidate) => !candidate.trap || placed[candidate.id] !== undefined);
    case 'password':
      return passwordStrength(passwordKinds(step, placed)) === 'strong';
    case 'feelings':
      return placed[feelingWhere] !== undefined && placed[feelingSize] !== undefined;
  }
}

/** Does a wrong try on this step count as a miss? Not in a feelings check, which has no unsafe answer. */
export function wrongTryIsMiss(step: PlacingStep): boolean {
  return step.kind !== 'feelings';
}

/**
 * The words for a try: a thing placed right gets its `right` words, a wrong try its `wrong` words (kind,
 * never praise); a password tile has one feedback (a personal tile's is its refusal); a feeling's size
 * has its warm line.
 */
export function tryFeedbackKey(
  step: PlacingStep,
  lastTry: { readonly itemId: string; readonly targetId: string; readonly right: boolean },
): string | undefined {
  const words = (thing: { right?: string; wrong?: string } | undefined) =>
    lastTry.right ? thing?.right : thing?.wrong;
  switch (step.kind) {
    case 'sort':
    case 'match':
      return words(step.items.find((item) => item.id === lastTry.itemId));
    case 'spot':
      return words(step.spots.find((spot) => spot.id === lastTry.itemId));
    case 'password':
      return step.tiles.find((tile) => tile.id === lastTry.itemId)?.feedback;
    case 'feelings': {
      if (lastTry.itemId !== feelingSize)
        return words(step.places.find((place) => place.id === lastTry.targetId));
      const size = feelingSizes.find((candidate) => candidate === lastTry.targetId);
      return size && step.sizes[size];
    }
  }
}
