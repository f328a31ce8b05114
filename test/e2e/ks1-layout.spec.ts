import { expect, test } from '@playwright/test';
import { levelsOf, scenarioText } from './content';
import { newPupil } from './journey';
import { expectFits } from './layout-probe';
import { playStepByKeyboard } from './play-by-keyboard';

// Every step of every KS1 scenario fits the whiteboard and an upright iPad, with 64px targets.
for (const viewport of [
  { width: 1280, height: 720 },
  { width: 768, height: 1024 },
]) {
  test(`every KS1 step fits ${viewport.width}x${viewport.height} without scrolling or clipping`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(viewport);
    await page.goto('./');
    await newPupil(page, 'Fit', 'Key Stage 1');
    for (const scenario of levelsOf('ks1')) {
      await page
        .getByRole('button', { name: new RegExp(`^${Number(scenario.statement.slice(-2))}\\. `) })
        .click();
      // Every step fits as it appears, after each feedback, and once done: chats and feelings checks too.
      for (const step of scenario.steps) {
        await expect(page.getByText(scenarioText(step.lines[0] ?? ''), { exact: true })).toBeVisible();
        await expectFits(page, `${scenario.id} ${step.id}`, 64);
        await playStepByKeyboard(page, step, 'first-time', (what) =>
          expectFits(page, `${scenario.id} ${what}`, 64),
        );
      }
      await expectFits(page, `${scenario.id} ending`, 64);
      await page.getByRole('button', { name: 'Back to the map' }).click();
    }
  });
}
