import aup from '../../../locales/en/aup.json';
import guide from '../../../locales/en/guide.json';
import ui from '../../../locales/en/ui.json';

type TextTree = { readonly [key: string]: string | TextTree };

// Each scenario's words live in their own file, locales/en/scenarios/<statement id>.json, so scenarios
// can be written side by side. Together they form the `scenarios` namespace: "ks1-04.intro.1".
const scenarioFiles = import.meta.glob<TextTree>('../../../locales/en/scenarios/*.json', {
  eager: true,
  import: 'default',
});
const scenarios: TextTree = Object.fromEntries(
  Object.entries(scenarioFiles).map(([path, texts]) => [path.replace(/^.*\/|\.json$/g, ''), texts]),
);

/** English ships in the main bundle; it is the fallback and the source of every other locale's keys. */
export const englishResources = { ui, aup, scenarios, guide } as const;

export type Resources = typeof englishResources;
