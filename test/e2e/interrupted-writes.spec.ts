import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { level, scenarioText } from './content';
import { stored } from './device-storage';
import { newPupil } from './journey';
import { openOnProfile } from './persistent-browser';

const scenario = level('levels/ks1/scenarios/ks1-07-forever.json');
/** The scenario's opening story steps, where Next and Back move freely. */
const storySteps = scenario.steps.slice(0, 3);

/** Which of the opening story steps is on screen, once one of them is. */
async function stepOnScreen(page: Page): Promise<number> {
  const lines = storySteps.map((step) => page.getByText(scenarioText(step.lines[0] ?? ''), { exact: true }));
  const [first, ...rest] = lines;
  if (!first) throw new Error('no opening steps');
  await rest
    .reduce((either, line) => either.or(line), first)
    .first()
    .waitFor();
  for (const [index, line] of lines.entries()) if (await line.isVisible()) return index;
  throw new Error('no opening step on screen');
}

test('closing the browser in the middle of saving, again and again, never corrupts or loses a saved step', async ({
  baseURL,
}) => {
  test.setTimeout(240_000);
  const profile = mkdtempSync(join(tmpdir(), 'soq-interrupted-'));
  const open = () => openOnProfile(profile, baseURL);
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
      const saved = await stored(page, 'ks1-07');
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
        await expect.poll(async () => (await stored(page, 'ks1-07')).step).toBe(at);
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
