/** The little a saved game needs from storage. IndexedDB backs it in the browser; tests use a Map. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /**
   * Writes at once, without reading first or waiting for earlier writes to finish; resolves with when
   * it was written (`performance.now()`).
   */
  setNow(key: string, value: unknown): Promise<number>;
  del(key: string): Promise<void>;
  /** Reads, changes and writes one value as a single step, so two tabs never overwrite each other. */
  update(key: string, change: (stored: unknown) => unknown): Promise<void>;
  /** Removes everything the game keeps. */
  clear(): Promise<void>;
}

export class MemoryStore implements KeyValueStore {
  private readonly values = new Map<string, unknown>();

  get(key: string): Promise<unknown> {
    return Promise.resolve(structuredClone(this.values.get(key)));
  }

  set(key: string, value: unknown): Promise<void> {
    this.values.set(key, structuredClone(value));
    return Promise.resolve();
  }

  async setNow(key: string, value: unknown): Promise<number> {
    await this.set(key, value);
    return performance.now();
  }

  del(key: string): Promise<void> {
    this.values.delete(key);
    return Promise.resolve();
  }

  update(key: string, change: (stored: unknown) => unknown): Promise<void> {
    this.values.set(key, structuredClone(change(structuredClone(this.values.get(key)))));
    return Promise.resolve();
  }

  clear(): Promise<void> {
    this.values.clear();
    return Promise.resolve();
  }
}
