import { expect, test } from '@playwright/test';
import { aup, level, squash, statementIds, statementWords } from './content';
import { agreeToEvery, allowEarlySigning, newPupil, playSafely } from './journey';
import { pdfPages } from './pdf-text';

const pin = '5173';
const reworded = 'If I get a <b>funny feeling</b> in my tummy, I tell Mrs Khan or a grown-up at home';

test('a school rewords and hides statements: pupils play, sign and print its wording', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Grown-ups' }).click();
  await page.getByLabel('New PIN').fill(pin);
  await page.getByLabel('The same PIN again').fill(pin);
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await allowEarlySigning(page);
  await page.getByRole('tab', { name: 'Wording' }).click();

  const box = page.getByRole('textbox', { name: '4. Funny feeling' });
  await expect(box).toHaveValue(aup.ks1.statements['ks1-04'] ?? '');
  const long = 'I am kind. '.repeat(182);
  await box.fill(long);
  await page.getByRole('button', { name: 'Save statement 4' }).click();
  await expect(page.getByRole('alert')).toContainText('Please keep a statement to 600 characters');
  await expect(box).toHaveValue(long);
  await box.fill('   ');
  await page.getByRole('button', { name: 'Save statement 4' }).click();
  await expect(page.getByRole('alert')).toContainText("Please type the statement's words");
  await box.fill(reworded);
  await page.getByRole('button', { name: 'Save statement 4' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Show statement 11 to pupils' }).uncheck();
  await page.getByRole('button', { name: 'Back to the game' }).click();

  // The map has one place fewer; the scenario ends on the school's words.
  await newPupil(page, 'Nia', 'Key Stage 1');
  await expect(page.getByRole('list').getByRole('button')).toHaveCount(statementIds('ks1').length - 1);
  await expect(page.getByRole('button', { name: /^11\. / })).toHaveCount(0);
  const scenario = level('levels/ks1/scenarios/ks1-04-funny-feeling.json');
  await page.getByRole('button', { name: /^4\. Funny feeling/ }).click();
  await playSafely(page, scenario);
  await expect(page.getByText(reworded, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the map' }).click();

  await agreeToEvery(page);
  const back = page.getByRole('button', { name: 'Back' });
  while (await back.isVisible()) await back.click();
  await expect(page.getByText(reworded, { exact: true })).toBeVisible();
  const next = page.getByRole('button', { name: 'Next', exact: true });
  while (await next.isVisible()) await next.click();
  await page.getByRole('textbox', { name: 'Or type your name to sign' }).fill('Nia');
  await page.getByRole('button', { name: 'Sign my promise' }).click();
  let text = squash((await pdfPages(await page.pdf({ format: 'A4' }))).join(' '));
  expect(text).toContain(reworded);
  expect(text).not.toContain(statementWords('ks1', 'ks1-11'));
  expect(text).not.toContain('earlier version');

  // The school changes its wording again: Nia's signature now belongs to the earlier version.
  await page.getByRole('button', { name: 'Map' }).click();
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await page.getByRole('button', { name: 'Grown-ups' }).click();
  await page.getByLabel('PIN').fill(pin);
  await page.getByRole('button', { name: 'Open' }).click();
  await page.getByRole('tab', { name: 'Wording' }).click();
  await page.getByRole('button', { name: "Use the policy's words for statement 4" }).click();
  await page.getByRole('button', { name: 'Back to the game' }).click();
  await page.getByRole('button', { name: 'Play' }).click();
  await page.getByRole('button', { name: 'Play as Nia' }).click();
  await agreeToEvery(page);
  await expect(page.getByRole('status')).toContainText('You signed an earlier version');
  text = squash((await pdfPages(await page.pdf({ format: 'A4' }))).join(' '));
  expect(text).toContain('Signed for an earlier version of this agreement.');
  expect(text).toContain(statementWords('ks1', 'ks1-04'));
  await page.getByRole('button', { name: 'Sign again' }).click();
  await page.getByRole('textbox', { name: 'Or type your name to sign' }).fill('Nia');
  await page.getByRole('button', { name: 'Sign my promise' }).click();
  await expect(page.getByRole('status')).toContainText('Signed on');
});
