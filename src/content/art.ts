import type { ArtName } from '../core/content/art-names';
import { earlyArt, type LaterArtName } from './art-early';

/** A picture not loaded yet: nothing to see (the screens that show later pictures wait for them). */
const notYet = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E';

let laterArt: Readonly<Record<LaterArtName, string>> | undefined;
let loading: Promise<void> | undefined;

/** Loads every picture but the first screens' (once; a failed load is tried again next time). */
export function loadArt(): Promise<void> {
  loading ??= import('./art-later').then(
    (module) => void (laterArt = module.laterArt),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

function isEarly(name: ArtName): name is keyof typeof earlyArt {
  return name in earlyArt;
}

/** A picture as a data URL: `<img src>` and Phaser's loader take it as it is. */
export function artUrl(name: ArtName): string {
  return isEarly(name) ? earlyArt[name] : (laterArt?.[name] ?? notYet);
}
