import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { level, scenarioText } from './content';
import { newPupil } from './journey';

const scenario = level('levels/ks1/scenarios/ks1-07-forever.json');
/** The scenario's opening story steps, where Next and Back move freely. */
const storySteps = scenario.steps.slice(0, 3);

/** What this device's IndexedDB holds for the game: the pupil's saved step, and any records kept aside. */
async function stored(page: Page): Promise<{ step?: number; broken: number }> {
  return page.evaluate(async () => {
    const done = <T>(request: IDBRequest<T>): Promise<T> =>
      new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB refused'));
      });
    const db = await done(indexedDB.open('safe-online-quest'));
    const store = db.transaction('saves').objectStore('saves');
    const [keys, values] = await Promise.all([done(store.getAllKeys()), done(store.getAll())]);
    db.close();
    const entries = keys.map((key, index) => [String(key), values[index] as unknown] as const);
    const progress = entries.find(([key]) => key.startsWith('progress:'))?.[1] as
      { progress: Record<string, { step: number }> } | undefined;
    return {
      step: progress?.progress['ks1-07']?.step,
      broken: entries.filter(([key]) => key.startsWith('broken:')).length,
    };
  });
}

/** Which of the opening story steps is on screen. */
async function stepOnScreen(page: Page): Promise<number> {
  for (;;) {
    for (const [index, step] of storySteps.entries()) {
      if (await page.getByText(scenarioText(step.lines[0] ?? ''), { exact: true }).isVisible()) return index;
    }
    await page.waitForTimeout(50);
  }
}

test('closing the browser in the middle of saving, again and again, never corrupts or loses a saved step', async ({
  baseURL,
}) => {
  test.setTimeout(240_000);
  const profile = mkdtempSync(join(tmpdir(), 'soq-interrupted-'));
  const open = async (): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: chromiumArgs,
      baseURL,
      viewport: { width: 1366, height: 768 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('./');
    return { context, page };
  };
  try {
    let { context, page } = await open();
    await newPupil(page, 'Crash', 'Key Stage 1');
    /** The steps the saved record may hold after the last close: any the pupil reached in that round. */
    let allowed = [0];
    let mustBe: number | undefined = 0;
    for (let round = 0; round < 12; round += 1) {
      if (round > 0) {
        ({ context, page } = await open());
        await page.getByRole('button', { name: 'Play' }).click();
        await page.getByRole('button', { name: 'Play as Crash' }).click();
      }
      const saved = await stored(page);
      expect(saved.broken, 'records kept aside as unreadable').toBe(0);
      if (round > 0) {
        expect(allowed).toContain(saved.step);
        if (mustBe !== undefined) expect(saved.step).toBe(mustBe);
      }
      await page.getByRole('button', { name: /^7\. Forever/ }).click();
      let at = await stepOnScreen(page);
      expect(at).toBe(saved.step ?? 0);
      allowed = [at];
      // A burst of moves, forward and back, each one saved as it is taken.
      for (let move = 0; move < 5; move += 1) {
        const forward = at === 0 || (at < storySteps.length - 1 && (round + move) % 3 !== 0);
        await page.getByRole('button', { name: forward ? 'Next' : 'Back', exact: true }).click();
        at += forward ? 1 : -1;
        allowed.push(at);
      }
      // Every other round waits for the last save; the rest close while it may still be writing.
      if (round % 2 === 0) {
        await expect.poll(async () => (await stored(page)).step).toBe(at);
        mustBe = at;
      } else {
        mustBe = undefined;
      }
      await context.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
