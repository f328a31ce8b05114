import { expect, test } from '@playwright/test';
import { level, squash } from './content';
import { agreeToEvery, allowEarlySigning, newPupil, playSafely } from './journey';
import { pdfPages } from './pdf-text';

test('after the first visit the game works with the network off: plays a scenario, signs, prints, keeps it all', async ({
  context,
  page,
}) => {
  test.setTimeout(150_000);
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  // The service worker has kept the whole game once it is active.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.getByRole('button', { name: 'Grown-ups' }).click();
  await page.getByLabel('New PIN').fill('2468');
  await page.getByLabel('The same PIN again').fill('2468');
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await allowEarlySigning(page);
  await expect(page.getByRole('heading', { name: 'This device' })).toBeVisible();
  await expect(page.getByText(/Add to Home Screen/)).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Safe Online Quest' })).toBeVisible();
  await newPupil(page, 'Nia', 'Key Stage 1');
  await page.getByRole('button', { name: /^4\. Funny feeling/ }).click();
  await playSafely(page, level('levels/ks1/scenarios/ks1-04-funny-feeling.json'));
  await page.getByRole('button', { name: 'Back to the map' }).click();
  await expect(page.getByRole('button', { name: /^4\. Funny feeling: done/ })).toBeVisible();
  await agreeToEvery(page);
  await page.getByRole('textbox', { name: 'Or type your name to sign' }).fill('Nia');
  await page.getByRole('button', { name: 'Sign my promise' }).click();
  await expect(page.getByRole('button', { name: 'Print my promise' })).toBeVisible();
  const printed = squash((await pdfPages(await page.pdf({ format: 'A4' }))).join(' '));
  expect(printed).toContain('Nia');

  await page.reload();
  await page
    .getByRole('button', { name: 'Map' })
    .or(page.getByRole('button', { name: 'Play' }))
    .first()
    .waitFor();
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  await page.getByRole('button', { name: 'Play' }).click();
  await page.getByRole('button', { name: 'Play as Nia' }).click();
  await expect(page.getByRole('button', { name: /^4\. Funny feeling: done/ })).toBeVisible();
  await page.getByRole('button', { name: 'My Promise' }).click();
  await expect(page.getByRole('heading', { name: 'My Promise' })).toBeVisible();
  const next = page.getByRole('button', { name: 'Next', exact: true });
  while (await next.isVisible()) await next.click();
  await expect(page.getByRole('button', { name: 'Print my promise' })).toBeVisible();
  await context.setOffline(false);
});
