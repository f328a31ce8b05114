import type { Choice, Scenario, Step } from './schema';

function choiceKeys(choices: readonly Choice[]): string[] {
  return choices.flatMap((choice) => [choice.label, choice.feedback]);
}

/** The words of a thing that may be placed right or wrong: its label and whichever feedback it has. */
function placedKeys(thing: { label: string; right?: string; wrong?: string }): string[] {
  return [thing.label, ...(thing.right ? [thing.right] : []), ...(thing.wrong ? [thing.wrong] : [])];
}

function stepKeys(step: Step): string[] {
  switch (step.kind) {
    case 'story':
      return [];
    case 'choice':
      return choiceKeys(step.choices);
    case 'sort':
      return [...step.bins.map((bin) => bin.label), ...step.items.flatMap(placedKeys)];
    case 'chat':
      return [
        step.app,
        step.contact.name,
        ...step.turns.flatMap((turn) => [...turn.messages, ...choiceKeys(turn.replies)]),
      ];
    case 'spot':
      return [step.screen, ...step.spots.flatMap(placedKeys)];
    case 'match':
      return [...step.answers.map((answer) => answer.label), ...step.items.flatMap(placedKeys)];
    case 'password':
      return step.tiles.flatMap((tile) => [tile.label, tile.feedback]);
    case 'feelings':
      return [
        step.whereAsk,
        ...step.places.flatMap(placedKeys),
        step.sizeAsk,
        step.sizes.small,
        step.sizes.middle,
        step.sizes.big,
      ];
  }
}

/** Every text key a step uses, in the order a pupil meets them. */
export function stepTextKeys(step: Step): string[] {
  return [
    ...(step.discuss ? [step.discuss] : []),
    ...step.lines,
    ...stepKeys(step),
    ...(step.discussAfter ? [step.discussAfter] : []),
  ];
}

/** Every text key a scenario uses, for checking that locales hold them all. */
export function textKeysOf(scenario: Scenario): string[] {
  return scenario.steps.flatMap(stepTextKeys);
}
