import type { ArtName } from '../core/content/art-names';
import { loadOnceEach } from '../services/load-once';
import { titleArt } from './art-title';

/** A picture not loaded yet: nothing to see (the screens that show later pictures wait for them). */
const notYet = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E';

/** The pictures loaded so far: the title's come with the first chunk. */
const loaded: Partial<Record<ArtName, string>> = { ...titleArt };

const loadOnce = loadOnceEach();

/** Loads the pupils' pickers' pictures, once. */
export async function loadPickerArt(): Promise<void> {
  await loadOnce('pickers', () =>
    import('./art-pickers').then((module) => Object.assign(loaded, module.pickerArt)),
  );
}

/** Loads every other picture: the scenes', the map's, the grown-ups' (once, like the pickers'). */
export async function loadArt(): Promise<void> {
  await loadOnce('later', () =>
    import('./art-later').then((module) => Object.assign(loaded, module.laterArt)),
  );
}

/** A picture as a data URL: `<img src>` and Phaser's loader take it as it is. */
export function artUrl(name: ArtName): string {
  return loaded[name] ?? notYet;
}
