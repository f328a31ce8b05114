/** The one object store of each of the game's databases (as idb-keyval's `createStore` makes it). */
export const storeName = 'saves';

/** Each pupil's last step lives in a database of its own (see idb-store.ts). */
export const stepsDatabaseName = 'safe-online-quest-steps';

/** Opens a database as idb-keyval's `createStore` does (one object store, named `saves`). */
export function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB refused'));
  });
}

/**
 * A blind write in a transaction started and committed at once: no read, no wait for anything else.
 * Relaxed durability: it reaches the operating system, which keeps it when the browser closes.
 */
export function writeAtOnce(database: IDBDatabase, key: string, value: unknown): Promise<void> {
  const transaction = database.transaction(storeName, 'readwrite', { durability: 'relaxed' });
  transaction.objectStore(storeName).put(value, key);
  transaction.commit();
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB refused'));
  });
}

/** Writes a value and reads it back in one transaction: whether this browser really keeps things. */
export function keepsWrites(database: IDBDatabase, key: string): Promise<boolean> {
  const transaction = database.transaction(storeName, 'readwrite', { durability: 'relaxed' });
  const store = transaction.objectStore(storeName);
  store.put(1, key);
  const readBack = store.get(key);
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve(readBack.result === 1);
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB refused'));
  });
}
