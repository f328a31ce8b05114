import type { Page } from '@playwright/test';

/**
 * What this device's IndexedDB holds for the game: the first pupil's saved step of a statement, and
 * how many records were kept aside as unreadable.
 */
export async function stored(page: Page, statementId: string): Promise<{ step?: number; broken: number }> {
  return page.evaluate(async (statement) => {
    const done = <T>(request: IDBRequest<T>): Promise<T> =>
      new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB refused'));
      });
    const db = await done(indexedDB.open('safe-online-quest'));
    const store = db.transaction('saves').objectStore('saves');
    const [keys, values] = await Promise.all([done(store.getAllKeys()), done(store.getAll())]);
    db.close();
    const entries = keys.map(
      (key, index) => [typeof key === 'string' ? key : '', values[index] as unknown] as const,
    );
    const progress = entries.find(([key]) => key.startsWith('progress:'))?.[1] as
      { progress: Record<string, { step: number }> } | undefined;
    return {
      step: progress?.progress[statement]?.step,
      broken: entries.filter(([key]) => key.startsWith('broken:')).length,
    };
  }, statementId);
}
