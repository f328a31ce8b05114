import * as v from 'valibot';
import type { StatementProgress } from '../core/progress/progress';
import { StatementProgressSchema } from '../core/save/saved-data';
import type { Screen } from '../core/state/app-state';

/**
 * Which pupil this tab is playing as, and where, so a reload lands back on the same screen. Kept in
 * sessionStorage: it lasts through a reload but ends with the tab, so the next pupil on a shared device
 * starts at the picker.
 */
export interface TabSession {
  profileId: string;
  screen: Screen;
  /**
   * The statement progress of the scenario on screen. sessionStorage is written at once, so a reload a
   * moment after a step still finds that step even if IndexedDB had not finished writing it.
   */
  progress?: { statementId: string; record: StatementProgress };
}

const key = 'soq:tab';

/** A screen as remembered by the tab (here and in the browser's history). */
export const ScreenSchema = v.variant('name', [
  v.object({ name: v.picklist(['title', 'profiles', 'keyStage', 'map', 'promise', 'grownUps']) }),
  v.object({ name: v.literal('scenario'), statementId: v.pipe(v.string(), v.regex(/^ks[12]-\d{2}$/)) }),
]);

const TabSessionSchema = v.object({
  profileId: v.string(),
  screen: ScreenSchema,
  progress: v.optional(
    v.object({
      statementId: v.string(),
      record: StatementProgressSchema,
    }),
  ),
});

export function readTabSession(): TabSession | undefined {
  try {
    const raw = sessionStorage.getItem(key);
    if (!raw) return undefined;
    const result = v.safeParse(TabSessionSchema, JSON.parse(raw));
    return result.success ? result.output : undefined;
  } catch {
    return undefined;
  }
}

export function writeTabSession(session: TabSession | undefined): void {
  try {
    if (session) sessionStorage.setItem(key, JSON.stringify(session));
    else sessionStorage.removeItem(key);
  } catch {
    // A browser that refuses sessionStorage only loses the return-after-reload convenience.
  }
}
