/**
 * Whether anything may move: pictures, entrances, celebrations and the map's glow. A pupil's own
 * choice (`preferences.motion`, where the store has it) wins; otherwise the device's
 * `prefers-reduced-motion`. Everything that moves asks here, so "still" means still everywhere.
 */
export function motionWanted(state: object): boolean {
  const preferences: unknown = Reflect.get(state, 'preferences');
  if (typeof preferences === 'object' && preferences !== null) {
    const motion: unknown = Reflect.get(preferences, 'motion');
    if (typeof motion === 'boolean') return motion;
  }
  return typeof matchMedia !== 'function' || !matchMedia('(prefers-reduced-motion: reduce)').matches;
}
