import { loadArt, loadPickerArt } from '../../content/art';
import { loadEnglishLaterWords } from '../../services/i18n/i18n';
import { loadOnceEach } from '../../services/load-once';
import type { Screen } from '../../core/state/app-state';

/** Screens whose code is not in the first paint (only the title is): each loads when first opened. */
export const laterScreens = [
  'profiles',
  'keyStage',
  'map',
  'scenario',
  'grownUps',
  'promise',
] as const satisfies readonly Screen['name'][];
export type LaterScreen = (typeof laterScreens)[number];

/** The pupils' pickers, which the title leads to: fetched as soon as the title has painted. */
const pickers = ['profiles', 'keyStage'] as const satisfies readonly LaterScreen[];

// Every screen after the title brings the pictures and English words the title does not carry, and the
// pupil's "How I like to play" settings (beside the sound switch once a pupil plays); the screens after
// the pickers bring the rest of the pictures too.
const afterTitle = (): Promise<unknown> =>
  Promise.all([loadPickerArt(), loadEnglishLaterWords(), import('../soq-play-settings/soq-play-settings')]);
const afterPickers = (): Promise<unknown> => Promise.all([afterTitle(), loadArt()]);
const loaders: Record<LaterScreen, () => Promise<unknown>> = {
  profiles: () => Promise.all([import('../soq-profile-picker/soq-profile-picker'), afterTitle()]),
  keyStage: () => Promise.all([import('../soq-key-stage-picker/soq-key-stage-picker'), afterTitle()]),
  map: () => Promise.all([import('../soq-world-map/soq-world-map'), afterPickers()]),
  scenario: () => Promise.all([import('../soq-scenario-view/soq-scenario-view'), afterPickers()]),
  grownUps: () => Promise.all([import('../soq-grown-ups/soq-grown-ups'), afterPickers()]),
  promise: () => Promise.all([import('../soq-my-promise/soq-my-promise'), afterPickers()]),
};

const loadOnce = loadOnceEach();

/**
 * A screen's code, fetched once. The browser remembers a file that failed to arrive until the page
 * reloads, so a failed screen is shown again by reloading (see `Waiting` in src/ui/shared/waiting.ts).
 */
export function loadScreen(name: LaterScreen): Promise<unknown> {
  return loadOnce(name, loaders[name]);
}

/** Fetches screens ahead (the pickers, or else every later screen), so opening one does not wait. */
export function prefetchScreens(which: 'pickers' | 'all'): void {
  for (const name of which === 'pickers' ? pickers : laterScreens)
    void loadScreen(name).catch(() => undefined);
}
