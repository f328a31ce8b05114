import { wordsNeeded } from '../scenario/password-strength';
import type { FeelingsStep, SpotStep, Step } from './schema';

export type Add = (path: string, reason: string) => void;

export function uniqueIds(ids: readonly string[], path: string, what: string, add: Add): void {
  if (new Set(ids).size !== ids.length) add(path, `${what} ids must be unique`);
}

/** A thing that is right to pick has `right` words (and no `wrong`); any other has `wrong` words only. */
function rightOrWrong(
  thing: { right?: string; wrong?: string },
  isRight: boolean,
  at: string,
  add: Add,
): void {
  if (isRight && !thing.right) add(`${at}.right`, 'needs "right" words, shown when it is found');
  if (isRight && thing.wrong) add(`${at}.wrong`, 'is the right one: give it "right" words, not "wrong"');
  if (!isRight && !thing.wrong) add(`${at}.wrong`, 'needs "wrong" words, shown when it is tapped by mistake');
  if (!isRight && thing.right) add(`${at}.right`, 'is not the right one: give it "wrong" words, not "right"');
}

function spotRules(step: SpotStep, at: string, add: Add): void {
  uniqueIds([...step.spots.map((spot) => spot.id)], `${at}.spots`, 'spot', add);
  if (!step.spots.some((spot) => spot.trap)) add(`${at}.spots`, 'needs at least one trap to find');
  if (step.spots.every((spot) => spot.trap)) add(`${at}.spots`, 'needs at least one thing that is fine');
  step.spots.forEach((spot, index) => rightOrWrong(spot, spot.trap, `${at}.spots.${index}`, add));
}

function feelingsRules(step: FeelingsStep, at: string, add: Add): void {
  uniqueIds([...step.places.map((place) => place.id)], `${at}.places`, 'place', add);
  if (!step.places.some((place) => place.id === step.answer))
    add(`${at}.answer`, `no body place "${step.answer}" in this step`);
  step.places.forEach((place, index) =>
    rightOrWrong(place, place.id === step.answer, `${at}.places.${index}`, add),
  );
}

/** The rules of each mechanic that the schema alone cannot say. */
export function mechanicRules(step: Step, at: string, add: Add): void {
  switch (step.kind) {
    case 'sort': {
      const binIds = new Set(step.bins.map((bin) => bin.id));
      uniqueIds([...step.items.map((item) => item.id)], `${at}.items`, 'item', add);
      step.items.forEach((item, itemIndex) => {
        if (!binIds.has(item.bin)) add(`${at}.items.${itemIndex}.bin`, `no bin "${item.bin}" in this step`);
      });
      for (const bin of binIds) {
        if (!step.items.some((item) => item.bin === bin))
          add(`${at}.bins`, `nothing belongs in bin "${bin}"`);
      }
      return;
    }
    case 'match': {
      uniqueIds([...step.items.map((item) => item.id)], `${at}.items`, 'item', add);
      if (step.answers.length !== step.items.length) add(`${at}.answers`, 'needs one answer for each thing');
      step.answers.forEach((answer, answerIndex) => {
        const partners = step.items.filter((item) => item.answer === answer.id).length;
        if (partners !== 1)
          add(`${at}.answers.${answerIndex}`, `"${answer.id}" must match exactly one thing`);
      });
      if (step.items.every((item, itemIndex) => step.answers[itemIndex]?.id === item.answer))
        add(`${at}.answers`, 'the answers are in the same order as the things; mix them up');
      return;
    }
    case 'spot':
      spotRules(step, at, add);
      return;
    case 'feelings':
      feelingsRules(step, at, add);
      return;
    case 'password': {
      uniqueIds([...step.tiles.map((tile) => tile.id)], `${at}.tiles`, 'tile', add);
      const count = (kind: string): number => step.tiles.filter((tile) => tile.kind === kind).length;
      if (count('word') < wordsNeeded) add(`${at}.tiles`, `needs at least ${wordsNeeded} word tiles`);
      if (count('number') < 1 || count('symbol') < 1)
        add(`${at}.tiles`, 'needs a number tile and a symbol tile');
      if (count('personal') < 1) add(`${at}.tiles`, 'needs a personal tile to refuse');
      return;
    }
    default:
      return;
  }
}
