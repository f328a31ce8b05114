import type { ArtName } from '../../core/content/art-names';

export const expressions = ['happy', 'unsure', 'worried', 'relieved', 'proud', 'sad', 'thinking'] as const;
/** How a character feels, shown on their face and in their body. */
export type Expression = (typeof expressions)[number];

const byFace: Partial<Record<ArtName, Expression>> = {
  smiling: 'happy',
  thinking: 'thinking',
  confused: 'unsure',
  worried: 'worried',
  relieved: 'relieved',
  sad: 'sad',
};

/** What the picture is about: a step's face cue, feedback on a choice, or the ending. */
export interface Moment {
  readonly face?: ArtName;
  readonly feedback?: 'safe' | 'lessSafe';
  readonly ending?: boolean;
}

/**
 * The hero's expression at a moment of the story: proud at the ending, relieved after a safe choice,
 * unsure after a less safe one, else the step's face cue (happy where there is none).
 */
export function expressionFor(moment: Moment): Expression {
  if (moment.ending) return 'proud';
  if (moment.feedback === 'safe') return 'relieved';
  if (moment.feedback === 'lessSafe') return 'unsure';
  return (moment.face && byFace[moment.face]) ?? 'happy';
}
