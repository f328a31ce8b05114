import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { level, scenarioText } from './content';
import { newPupil } from './journey';
import { openOnProfile } from './persistent-browser';

const scenario = level('levels/ks1/scenarios/ks1-07-forever.json');
const firstLine = (step: number): string => scenarioText(scenario.steps[step]?.lines[0] ?? '');

test('closing the whole browser straight after a click keeps that click’s step, 10 times in 10', async ({
  baseURL,
}) => {
  test.setTimeout(240_000);
  const profile = mkdtempSync(join(tmpdir(), 'soq-close-after-click-'));
  const open = () => openOnProfile(profile, baseURL);
  try {
    let { context, page } = await open();
    await newPupil(page, 'Quick', 'Key Stage 1');
    let expected = 0;
    for (let round = 0; round < 10; round += 1) {
      if (round > 0) {
        ({ context, page } = await open());
        await page.getByRole('button', { name: 'Play' }).click();
        await page.getByRole('button', { name: 'Play as Quick' }).click();
      }
      await page.getByRole('button', { name: /^7\. Forever/ }).click();
      await expect(page.getByText(firstLine(expected), { exact: true }), `round ${round}`).toBeVisible();
      // Forward and back between the first two steps: the click, then the browser closes at once.
      const forward = expected === 0;
      await page.getByRole('button', { name: forward ? 'Next' : 'Back', exact: true }).click();
      expected += forward ? 1 : -1;
      await context.close();
    }
    ({ context, page } = await open());
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByRole('button', { name: 'Play as Quick' }).click();
    await page.getByRole('button', { name: /^7\. Forever/ }).click();
    await expect(page.getByText(firstLine(expected), { exact: true })).toBeVisible();
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
