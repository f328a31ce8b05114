import type { KeyValueStore } from './key-value-store';

/**
 * The store the game will use, before it has opened: each call waits for it. The game starts (and the
 * title paints) while IndexedDB is still opening.
 */
export class StoreWhenOpen implements KeyValueStore {
  constructor(private readonly opening: Promise<KeyValueStore>) {}

  async get(key: string): Promise<unknown> {
    return (await this.opening).get(key);
  }

  async set(key: string, value: unknown): Promise<void> {
    await (await this.opening).set(key, value);
  }

  async setNow(key: string, value: unknown): Promise<number> {
    return (await this.opening).setNow(key, value);
  }

  async del(key: string): Promise<void> {
    await (await this.opening).del(key);
  }

  async update(key: string, change: (stored: unknown) => unknown): Promise<void> {
    await (await this.opening).update(key, change);
  }

  async clear(): Promise<void> {
    await (await this.opening).clear();
  }
}
