import { expect, test } from '@playwright/test';
import { levelsOf, scenarioText } from './content';
import { newPupil } from './journey';
import { expectFits } from './layout-probe';

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
      for (const step of scenario.steps) {
        await expect(page.getByText(scenarioText(step.lines[0] ?? ''), { exact: true })).toBeVisible();
        await expectFits(page, `${scenario.id} ${step.id}`, 64);
        for (const item of step.items ?? []) {
          const bin = step.bins?.find((b) => b.id === item.bin);
          await page
            .getByRole('button', { name: `${scenarioText(item.label)}: ${scenarioText(bin?.label ?? '')}` })
            .click();
          await expectFits(page, `${scenario.id} ${step.id} after sorting ${item.id}`, 64);
        }
        const safe = step.choices?.find((choice) => choice.safe);
        if (safe) {
          await page.getByRole('button', { name: scenarioText(safe.label) }).click();
          await expectFits(page, `${scenario.id} ${step.id} feedback`, 64);
        }
        await page.getByRole('button', { name: 'Next', exact: true }).click();
      }
      await expectFits(page, `${scenario.id} ending`, 64);
      await page.getByRole('button', { name: 'Back to the map' }).click();
    }
  });
}
