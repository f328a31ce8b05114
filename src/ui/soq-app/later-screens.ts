import { loadArt } from '../../content/art';
import { loadEnglishLaterWords } from '../../services/i18n/i18n';
import type { Screen } from '../../core/state/app-state';

/** Screens whose code is not in the first paint: each loads when first opened. */
export const laterScreens = [
  'map',
  'scenario',
  'grownUps',
  'promise',
] as const satisfies readonly Screen['name'][];
export type LaterScreen = (typeof laterScreens)[number];

// Each brings the pictures and the English words the first screens do not carry (shared by all four).
const later = (): Promise<unknown> => Promise.all([loadArt(), loadEnglishLaterWords()]);
const loaders: Record<LaterScreen, () => Promise<unknown>> = {
  map: () => Promise.all([import('../soq-world-map/soq-world-map'), later()]),
  scenario: () => Promise.all([import('../soq-scenario-view/soq-scenario-view'), later()]),
  grownUps: () => Promise.all([import('../soq-grown-ups/soq-grown-ups'), later()]),
  promise: () => Promise.all([import('../soq-my-promise/soq-my-promise'), later()]),
};

const loading = new Map<LaterScreen, Promise<unknown>>();

/** A screen's code, fetched once; a failed fetch (a dropped connection) is tried again next time. */
export function loadScreen(name: LaterScreen): Promise<unknown> {
  let promise = loading.get(name);
  if (!promise) {
    promise = loaders[name]();
    loading.set(name, promise);
    promise.catch(() => loading.delete(name));
  }
  return promise;
}

/** Fetches every later screen ahead, while the browser is idle, so opening one does not wait. */
export function prefetchScreens(): void {
  for (const name of laterScreens) void loadScreen(name).catch(() => undefined);
}
