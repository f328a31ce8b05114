import type { AppState } from '../core/state/app-state';

/**
 * Whether anything may move: pictures, entrances, celebrations and the map's glow. The pupil's own
 * choice wins; without one, the device's (`prefers-reduced-motion`), as `state.preferences` works out.
 * Everything that moves asks here, so "still" means still everywhere.
 */
export function motionWanted(state: Pick<AppState, 'preferences'>): boolean {
  return state.preferences.motion;
}
