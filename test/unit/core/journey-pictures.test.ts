import { describe, expect, it } from 'vitest';
import { lookFor } from '../../../src/game/characters/character-look';
import { expressionFor } from '../../../src/game/characters/expression';
import { snakeCell } from '../../../src/ui/soq-world-map/snake-cell';

describe('the hero on the stage', () => {
  it('shows the step’s face cue, and never contradicts the moment', () => {
    expect(expressionFor({ face: 'worried' })).toBe('worried');
    expect(expressionFor({ face: 'confused' })).toBe('unsure');
    expect(expressionFor({})).toBe('happy');
    expect(expressionFor({ face: 'worried', feedback: 'safe' })).toBe('relieved');
    expect(expressionFor({ face: 'smiling', feedback: 'lessSafe' })).toBe('unsure');
    expect(expressionFor({ face: 'sad', ending: true })).toBe('proud');
  });

  it('is the same character all through a scenario, and another in another scenario', () => {
    expect(lookFor('girl', 'ks1-04-funny-feeling')).toEqual(lookFor('girl', 'ks1-04-funny-feeling'));
    expect(lookFor('girl', 'ks1-04-funny-feeling').hairStyle).toBe('bunches');
    const looks = ['ks1-01-use', 'ks1-02-ask', 'ks1-03-tell', 'ks1-05-friends'].map((id) =>
      JSON.stringify(lookFor('boy', id)),
    );
    expect(new Set(looks).size).toBeGreaterThan(1);
  });
});

describe('the road on the map', () => {
  it('winds like a board game: left to right, then right to left', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((index) => snakeCell(index, 3))).toEqual([
      { row: 1, column: 1 },
      { row: 1, column: 2 },
      { row: 1, column: 3 },
      { row: 2, column: 3 },
      { row: 2, column: 2 },
      { row: 2, column: 1 },
      { row: 3, column: 1 },
    ]);
    expect(snakeCell(4, 1)).toEqual({ row: 5, column: 1 });
  });
});
