import { expect, test } from '@playwright/test';
import { level, scenarioText } from './content';
import { newPupil } from './journey';

test('closing the tab and coming back finds pupils and progress where they were', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('./');
  await newPupil(first, 'Sami', 'Key Stage 2');
  const scenario = level('levels/ks2/scenarios/ks2-17-age-rules.json');
  await first.getByRole('button', { name: /^17\. Age rules: not started$/ }).click();
  await first.getByRole('button', { name: 'Next', exact: true }).click();
  const step = scenario.steps[1];
  await expect(first.getByText(scenarioText(step?.lines[0] ?? ''))).toBeVisible();
  await first.close();

  const second = await context.newPage();
  await second.goto('./');
  await second.getByRole('button', { name: 'Play' }).click();
  await second.getByRole('button', { name: 'Play as Sami' }).click();
  await second.getByRole('button', { name: /^17\. Age rules: in progress$/ }).click();
  await expect(second.getByText(scenarioText(step?.lines[0] ?? ''))).toBeVisible();
});

test('where the browser refuses IndexedDB the game still plays and tells grown-ups', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
  });
  await page.goto('./');
  await expect(page.getByRole('status')).toContainText('this device cannot save progress');
  await newPupil(page, 'Kit', 'Key Stage 1');
  await page.getByRole('button', { name: /^4\. Funny feeling/ }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeVisible();
});

test('two tabs of the game at once never lose each other’s pupils or steps', async ({ context }) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  await Promise.all([first.goto('./'), second.goto('./')]);
  await newPupil(first, 'Tab One', 'Key Stage 2');
  await newPupil(second, 'Tab Two', 'Key Stage 1');
  await first.getByRole('button', { name: /^17\. Age rules/ }).click();
  await second.getByRole('button', { name: /^4\. Funny feeling/ }).click();
  await first.getByRole('button', { name: 'Next', exact: true }).click();
  await second.getByRole('button', { name: 'Next', exact: true }).click();
  await first.getByRole('button', { name: 'Map' }).click();
  await second.getByRole('button', { name: 'Map' }).click();

  const third = await context.newPage();
  await third.goto('./');
  await third.getByRole('button', { name: 'Play' }).click();
  await expect(third.getByRole('button', { name: 'Play as Tab One' })).toBeVisible();
  await expect(third.getByRole('button', { name: 'Play as Tab Two' })).toBeVisible();
  await third.getByRole('button', { name: 'Play as Tab One' }).click();
  await expect(third.getByRole('button', { name: /^17\. Age rules: in progress$/ })).toBeVisible();
  await third.getByRole('button', { name: 'Home', exact: true }).click();
  await third.getByRole('button', { name: 'Play' }).click();
  await third.getByRole('button', { name: 'Play as Tab Two' }).click();
  await expect(third.getByRole('button', { name: /^4\. Funny feeling: in progress$/ })).toBeVisible();
});
