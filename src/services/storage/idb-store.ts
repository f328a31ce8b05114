import { clear, createStore, del, get, set, update, type UseStore } from 'idb-keyval';
import type { KeyValueStore } from './key-value-store';

const storeName = 'saves';
/**
 * Keys starting `step:` (each pupil's last step, written at once) live in a database of their own, so
 * a read-and-write of another record never holds them up: IndexedDB runs one write at a time per store.
 */
const stepPrefix = 'step:';

/** Opens a database as idb-keyval's `createStore` does (one object store, named `saves`). */
function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB refused'));
  });
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB refused'));
  });
}

/** IndexedDB through idb-keyval, in a database of the game's own, and the last steps beside it. */
export class IdbStore implements KeyValueStore {
  private readonly store: UseStore;

  constructor(private readonly steps: IDBDatabase) {
    this.store = createStore('safe-online-quest', storeName);
  }

  get(key: string): Promise<unknown> {
    if (key.startsWith(stepPrefix))
      return done(this.steps.transaction(storeName).objectStore(storeName).get(key));
    return get(key, this.store);
  }

  set(key: string, value: unknown): Promise<void> {
    return key.startsWith(stepPrefix) ? this.setNow(key, value) : set(key, value, this.store);
  }

  /**
   * A blind write in a transaction started and committed before this returns: no read, no wait for the
   * page's next task, so the browser has the value even while the page draws or closes. Relaxed
   * durability: it reaches the operating system, which keeps it when the browser closes.
   */
  setNow(key: string, value: unknown): Promise<void> {
    const transaction = this.steps.transaction(storeName, 'readwrite', { durability: 'relaxed' });
    transaction.objectStore(storeName).put(value, key);
    transaction.commit();
    return new Promise((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB refused'));
    });
  }

  async del(key: string): Promise<void> {
    if (key.startsWith(stepPrefix))
      await done(this.steps.transaction(storeName, 'readwrite').objectStore(storeName).delete(key));
    else await del(key, this.store);
  }

  update(key: string, change: (stored: unknown) => unknown): Promise<void> {
    return update<unknown>(key, change, this.store);
  }

  async clear(): Promise<void> {
    await done(this.steps.transaction(storeName, 'readwrite').objectStore(storeName).clear());
    await clear(this.store);
  }
}

/** Opens IndexedDB and proves it can write and read back; `undefined` where the browser refuses. */
export async function openIdbStore(): Promise<IdbStore | undefined> {
  try {
    if (typeof indexedDB === 'undefined') return undefined;
    const store = new IdbStore(await openDatabase('safe-online-quest-steps'));
    await store.set('probe', 1);
    return (await store.get('probe')) === 1 ? store : undefined;
  } catch {
    return undefined;
  }
}
