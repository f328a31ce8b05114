import { expect, test } from '@playwright/test';
import { level, scenarioText } from './content';
import { agreeToEvery, newPupil } from './journey';

test('every request of a full journey goes to the game’s own origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
      elsewhere.push(request.url());
  });
  await page.goto('./');
  await newPupil(page, 'Noor', 'Key Stage 2');
  const scenario = level('levels/ks2/scenarios/ks2-17-age-rules.json');
  await page.getByRole('button', { name: /^17\. / }).click();
  for (const step of scenario.steps) {
    for (const choice of step.choices ?? []) {
      await page.getByRole('button', { name: scenarioText(choice.label) }).click();
      await page.getByRole('button', { name: choice.safe ? 'Next' : "Let's try again" }).click();
      if (choice.safe) break;
    }
    if (step.kind === 'story') await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await page.getByRole('button', { name: 'Back to the map' }).click();
  await agreeToEvery(page);
  await page.getByRole('textbox', { name: 'Or type your name to sign' }).fill('Noor');
  await page.getByRole('button', { name: 'Sign my promise' }).click();
  await page.pdf({ format: 'A4' });
  await page.waitForLoadState('networkidle');
  expect(elsewhere).toEqual([]);
});
