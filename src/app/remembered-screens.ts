import * as v from 'valibot';
import { StatementProgressSchema } from '../core/save/saved-data';
import type { Screen } from '../core/state/app-state';
import type { TabSession } from './session-memory';

// What the tab (sessionStorage) and the browser's history remember is checked before it is believed.
// These checks load only when there is something remembered, not with the title.

const ScreenSchema = v.variant('name', [
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

const HistoryEntry = v.object({ soqScreen: ScreenSchema });

/** The tab's remembered pupil and place, if it is one the game could have written. */
export function checkTabSession(remembered: unknown): TabSession | undefined {
  const result = v.safeParse(TabSessionSchema, remembered);
  return result.success ? result.output : undefined;
}

/** The screen a history entry names, if it is one the game could have written. */
export function checkHistoryEntry(entry: unknown): Screen | undefined {
  const result = v.safeParse(HistoryEntry, entry);
  return result.success ? result.output.soqScreen : undefined;
}
