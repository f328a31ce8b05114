import { clear, createStore, del, get, set, update, type UseStore } from 'idb-keyval';
import type { KeyValueStore } from './key-value-store';

/** IndexedDB through idb-keyval, in a database of the game's own. */
export class IdbStore implements KeyValueStore {
  private readonly store: UseStore;

  constructor() {
    this.store = createStore('safe-online-quest', 'saves');
  }

  get(key: string): Promise<unknown> {
    return get(key, this.store);
  }

  set(key: string, value: unknown): Promise<void> {
    return set(key, value, this.store);
  }

  del(key: string): Promise<void> {
    return del(key, this.store);
  }

  update(key: string, change: (stored: unknown) => unknown): Promise<void> {
    return update<unknown>(key, change, this.store);
  }

  clear(): Promise<void> {
    return clear(this.store);
  }
}

/** Opens IndexedDB and proves it can write and read back; `undefined` where the browser refuses. */
export async function openIdbStore(): Promise<IdbStore | undefined> {
  try {
    if (typeof indexedDB === 'undefined') return undefined;
    const store = new IdbStore();
    await store.set('probe', 1);
    return (await store.get('probe')) === 1 ? store : undefined;
  } catch {
    return undefined;
  }
}
