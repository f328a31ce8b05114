import aup from '../../../locales/en/aup.json';
import scenarios from '../../../locales/en/scenarios.json';
import ui from '../../../locales/en/ui.json';

/** English ships in the main bundle; it is the fallback and the source of every other locale's keys. */
export const englishResources = { ui, aup, scenarios } as const;

export type Resources = typeof englishResources;
export type Namespace = keyof Resources;
export const namespaces = Object.keys(englishResources) as Namespace[];
