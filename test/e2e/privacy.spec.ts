import { expect, test } from '@playwright/test';
import { level } from './content';
import { agreeToEvery, allowEarlySigning, newPupil, openClass } from './journey';
import { playScenarioByKeyboard } from './play-by-keyboard';

test('every request of a full journey goes to the game’s own origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
      elsewhere.push(request.url());
  });
  // The grown-ups set the school up and let pupils sign early.
  await openClass(page, true);
  await allowEarlySigning(page);
  await page.getByRole('button', { name: 'Back to the game' }).click();
  await newPupil(page, 'Noor', 'Key Stage 2');
  // A scenario with a password and a pretend chat, played with a less safe try at each step.
  await page.getByRole('button', { name: /^6\. / }).click();
  await playScenarioByKeyboard(page, level('levels/ks2/scenarios/ks2-06-passwords.json'));
  await page.getByRole('button', { name: 'Back to the map' }).click();
  await agreeToEvery(page);
  await page.getByRole('textbox', { name: 'Or type your name to sign' }).fill('Noor');
  await page.getByRole('button', { name: 'Sign my promise' }).click();
  await page.pdf({ format: 'A4' });
  await page.waitForLoadState('networkidle');
  expect(elsewhere).toEqual([]);
});
