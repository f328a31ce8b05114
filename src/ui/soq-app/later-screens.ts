import type { Screen } from '../../core/state/app-state';

/** Screens whose code is not in the first paint: each loads when first opened. */
export const laterScreens = [
  'map',
  'scenario',
  'grownUps',
  'promise',
] as const satisfies readonly Screen['name'][];
export type LaterScreen = (typeof laterScreens)[number];

const loaders: Record<LaterScreen, () => Promise<unknown>> = {
  map: () => import('../soq-world-map/soq-world-map'),
  scenario: () => import('../soq-scenario-view/soq-scenario-view'),
  grownUps: () => import('../soq-grown-ups/soq-grown-ups'),
  promise: () => import('../soq-my-promise/soq-my-promise'),
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
