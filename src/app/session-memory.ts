import type { StatementProgress } from '../core/progress/progress';
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

/** Whether this tab remembers a place (a reload), before its checks load. */
export function hasTabSession(): boolean {
  try {
    return sessionStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}

/** What this tab remembers, once checked (its checks load only when there is something to check). */
export async function readTabSession(): Promise<TabSession | undefined> {
  try {
    const raw = sessionStorage.getItem(key);
    if (!raw) return undefined;
    const { checkTabSession } = await import('./remembered-screens');
    return checkTabSession(JSON.parse(raw));
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
