import type { Page } from '@playwright/test';

/**
 * What this device's IndexedDB holds for the game: the first pupil's saved step of a statement (the
 * newer of their progress record and the last step written alone, as the game reads them), and how
 * many records were kept aside as unreadable.
 */
export async function stored(page: Page, statementId: string): Promise<{ step?: number; broken: number }> {
  return page.evaluate(async (statement) => {
    const done = <T>(request: IDBRequest<T>): Promise<T> =>
      new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB refused'));
      });
    const everything = async (name: string): Promise<(readonly [string, unknown])[]> => {
      const open = indexedDB.open(name);
      open.onupgradeneeded = () => open.result.createObjectStore('saves');
      const db = await done(open);
      const store = db.transaction('saves').objectStore('saves');
      const [keys, values] = await Promise.all([done(store.getAllKeys()), done(store.getAll())]);
      db.close();
      return keys.map(
        (key, index) => [typeof key === 'string' ? key : '', values[index] as unknown] as const,
      );
    };
    type Saved = { step: number; updatedAt: number };
    const [entries, steps] = await Promise.all([
      everything('safe-online-quest'),
      everything('safe-online-quest-steps'),
    ]);
    const progress = entries.find(([key]) => key.startsWith('progress:'))?.[1] as
      { progress: Record<string, Saved> } | undefined;
    const last = steps.find(([key]) => key.startsWith('step:'))?.[1] as
      { statementId: string; record: Saved } | undefined;
    const fromRecord = progress?.progress[statement];
    const fromLast = last?.statementId === statement ? last.record : undefined;
    const newer =
      fromLast && (!fromRecord || fromLast.updatedAt >= fromRecord.updatedAt) ? fromLast : fromRecord;
    return {
      step: newer?.step,
      broken: entries.filter(([key]) => key.startsWith('broken:')).length,
    };
  }, statementId);
}
