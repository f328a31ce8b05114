/** The most stars a scenario can give. */
export const maxStars = 3;

/**
 * Stars for one play of a scenario, from the misses at each step: every step done safely the first
 * time keeps all three; each step that needed another try costs one; finishing always earns one.
 */
export function starsFor(misses: Readonly<Record<string, number>>): number {
  const stepsWithMisses = Object.values(misses).filter((count) => count > 0).length;
  return Math.max(1, maxStars - stepsWithMisses);
}
