import type { Choice, Step } from './schema';

/** The options of a choice step, or every reply of a chat. */
export function choicesOf(step: Step): readonly Choice[] {
  if (step.kind === 'choice') return step.choices;
  if (step.kind === 'chat') return step.turns.flatMap((turn) => turn.replies);
  return [];
}

/** The words of wrong tries: less safe choices, wrong placings, fine spots, personal tiles. */
export function wrongKeys(step: Step): string[] {
  switch (step.kind) {
    case 'sort':
    case 'match':
      return step.items.map((item) => item.wrong);
    case 'spot':
      return step.spots.flatMap((spot) => spot.wrong ?? []);
    case 'password':
      return step.tiles.filter((tile) => tile.kind === 'personal').map((tile) => tile.feedback);
    case 'feelings':
      return step.places.flatMap((place) => place.wrong ?? []);
    default:
      return choicesOf(step)
        .filter((choice) => !choice.safe)
        .map((choice) => choice.feedback);
  }
}

/** The words every pupil meets on the way through: lines, safe feedback and right words. */
export function safePathKeys(step: Step): string[] {
  const safeFeedback = choicesOf(step)
    .filter((choice) => choice.safe)
    .map((choice) => choice.feedback);
  const right = (() => {
    switch (step.kind) {
      case 'sort':
      case 'match':
        return step.items.map((item) => item.right);
      case 'spot':
        return step.spots.flatMap((spot) => spot.right ?? []);
      case 'feelings':
        return [
          ...step.places.flatMap((place) => place.right ?? []),
          step.sizes.small,
          step.sizes.middle,
          step.sizes.big,
        ];
      default:
        return [];
    }
  })();
  return [...step.lines, ...safeFeedback, ...right, ...(step.discussAfter ? [step.discussAfter] : [])];
}
