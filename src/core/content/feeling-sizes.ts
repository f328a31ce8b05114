/** How big a feeling is, in a feelings check: the sizes a pupil can choose from, smallest first. */
export const feelingSizes = ['small', 'middle', 'big'] as const;

export type FeelingSize = (typeof feelingSizes)[number];
