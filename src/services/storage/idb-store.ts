import { clear, createStore, del, get, set, update, type UseStore } from 'idb-keyval';
import type { KeyValueStore } from './key-value-store';
import type { StepWriter } from './step-writer';
import { keepsWrites, openDatabase, stepsDatabaseName, storeName, writeAtOnce } from './steps-database';

/**
 * Keys starting `step:` (each pupil's last step, written at once) live in a database of their own, so
 * a read-and-write of another record never holds them up: IndexedDB runs one write at a time per store.
 */
const stepPrefix = 'step:';

/** Written and read back once at the start, to prove this browser lets the game keep things. */
const probeKey = `${stepPrefix}probe`;

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB refused'));
  });
}

/** IndexedDB through idb-keyval, in a database of the game's own, and the last steps beside it. */
export class IdbStore implements KeyValueStore {
  private writer: StepWriter | undefined;

  constructor(
    private readonly steps: IDBDatabase,
    private readonly store: UseStore,
  ) {}

  get(key: string): Promise<unknown> {
    if (key.startsWith(stepPrefix))
      return done(this.steps.transaction(storeName).objectStore(storeName).get(key));
    return get(key, this.store);
  }

  set(key: string, value: unknown): Promise<void> {
    return key.startsWith(stepPrefix)
      ? this.setNow(key, value).then(() => undefined)
      : set(key, value, this.store);
  }

  /**
   * A blind write, started before this returns, on the step writer's thread once it has started (the
   * page's own thread may be busy drawing), or here. Resolves with when it was written.
   */
  async setNow(key: string, value: unknown): Promise<number> {
    if (this.writer) {
      try {
        return await this.writer.write(key, value);
      } catch {
        this.writer = undefined;
      }
    }
    await writeAtOnce(this.steps, key, value);
    return performance.now();
  }

  /** Starts the thread that writes steps, once the first screen is up (it is not needed before). */
  async startStepWriter(): Promise<void> {
    const { StepWriter } = await import('./step-writer');
    this.writer ??= StepWriter.start();
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
    // Both databases open at once (idb-keyval's `createStore` starts opening its own straight away).
    const keyValues = createStore('safe-online-quest', storeName);
    const steps = await openDatabase(stepsDatabaseName);
    // The game waits on this proof before it reads anything: one quick transaction, as a step's.
    return (await keepsWrites(steps, probeKey)) ? new IdbStore(steps, keyValues) : undefined;
  } catch {
    return undefined;
  }
}
