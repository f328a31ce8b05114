import { expect, test, type Page } from '@playwright/test';
import { level, scenarioText, squash, statementIds, statementWords } from './content';
import { agreeToEvery, allowEarlySigning, newPupil, openClass } from './journey';
import { pdfPages } from './pdf-text';
import { playStepByKeyboard } from './play-by-keyboard';

async function signTyped(page: Page, name: string): Promise<void> {
  await agreeToEvery(page);
  await page.getByRole('textbox', { name: 'Or type your name to sign' }).fill(name);
  await page.getByRole('button', { name: 'Sign my promise' }).click();
  await expect(page.getByRole('button', { name: 'Print my promise' })).toBeVisible();
}

test('the class table matches what pupils did, and prints the chosen signed agreements', async ({ page }) => {
  // This school lets pupils sign before playing every statement.
  await openClass(page, true);
  await allowEarlySigning(page);
  await page.getByRole('button', { name: 'Back to the game' }).click();

  const scenario = level('levels/ks1/scenarios/ks1-04-funny-feeling.json');

  // Amir plays Funny feeling, thinking again once at every choice, and signs.
  await newPupil(page, 'Amir', 'Key Stage 1');
  await page.getByRole('button', { name: /^4\. Funny feeling/ }).click();
  let misses = 0;
  for (const step of scenario.steps) {
    if (step.kind !== 'choice') {
      await playStepByKeyboard(page, step, 'first-time');
      continue;
    }
    const unsafe = step.choices?.find((choice) => !choice.safe);
    if (unsafe) {
      await page.getByRole('button', { name: scenarioText(unsafe.label) }).click();
      await page.getByRole('button', { name: "Let's try again" }).click();
      misses += 1;
    }
    const safe = step.choices?.find((choice) => choice.safe);
    if (safe) await page.getByRole('button', { name: scenarioText(safe.label) }).click();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await page.getByRole('button', { name: 'Back to the map' }).click();
  await signTyped(page, 'Amir');
  await page.getByRole('button', { name: 'Map' }).click();
  await page.getByRole('button', { name: 'Home', exact: true }).click();

  // Bea starts it and stops after the first step; Cal only looks at the map.
  await newPupil(page, 'Bea', 'Key Stage 1');
  await page.getByRole('button', { name: /^4\. Funny feeling/ }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByText(scenarioText(scenario.steps[1]?.lines[0] ?? ''))).toBeVisible();
  await page.getByRole('button', { name: 'Map' }).click();
  await expect(page.getByRole('button', { name: /^4\. Funny feeling: in progress$/ })).toBeVisible();
  await signTyped(page, 'Bea');
  await page.getByRole('button', { name: 'Map' }).click();
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await newPupil(page, 'Cal', 'Key Stage 1');
  await page.getByRole('button', { name: 'Home', exact: true }).click();

  await openClass(page, false);
  const row = (name: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  // Stars: three for safe first time, one fewer for each step that took another go.
  const stars = Math.max(1, 3 - misses);
  // Each statement's status is a word and a picture; the row says how far, and whether signed, in words.
  await expect(
    row('Amir').getByRole('listitem', { name: `4. Funny feeling: done, ${stars} of 3 stars`, exact: true }),
  ).toBeVisible();
  await expect(row('Amir')).toContainText(`1 of ${statementIds('ks1').length} done`);
  await expect(row('Bea').getByRole('listitem', { name: '4. Funny feeling: in progress' })).toBeVisible();
  await expect(row('Cal').getByRole('listitem', { name: '4. Funny feeling: not started' })).toBeVisible();
  await expect(row('Cal')).toContainText('Not started');
  await expect(row('Cal')).toContainText('Not signed yet');
  await expect(
    page.getByRole('listitem').filter({ hasText: `4. Funny feeling: ${misses} more goes` }),
  ).toBeVisible();

  const printChosen = page.getByRole('button', { name: /^Print (\d+ )?chosen agreements?$/ });
  await page.getByRole('checkbox', { name: 'Choose Cal' }).check();
  await expect(printChosen).toHaveText(/Print 1 chosen agreement/);
  await printChosen.click();
  await expect(page.getByRole('alert')).toHaveText('None of the chosen pupils has signed yet.');
  await page.getByRole('checkbox', { name: 'Choose Amir' }).check();
  await page.getByRole('checkbox', { name: 'Choose Bea' }).check();
  await page.evaluate(() => (window.print = () => undefined));
  await printChosen.click();

  const pages = await pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  expect(pages).toHaveLength(2);
  for (const [index, name] of ['Amir', 'Bea'].entries()) {
    const text = squash(pages[index] ?? '');
    expect(text).toContain(`My name is ${name}`);
    for (const id of statementIds('ks1')) expect(text).toContain(squash(statementWords('ks1', id)));
    expect(text).not.toContain('chosen agreements');
  }
});

test('a grown-up deletes a chosen pupil, then everything, each after a confirmation', async ({ page }) => {
  await page.goto('./');
  await newPupil(page, 'Dee', 'Key Stage 2');
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await newPupil(page, 'Eli', 'Key Stage 2');
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await openClass(page, true);
  // Only Key Stage 2 has pupils here, so the Class tab opens on it.
  await expect(page.getByRole('heading', { name: /^Key Stage 2: pupils on this device/ })).toBeVisible();

  await page.getByRole('checkbox', { name: 'Choose Dee' }).check();
  await page.getByRole('button', { name: 'Delete 1 chosen pupil' }).click();
  await page.getByRole('button', { name: 'No, keep them' }).click();
  await expect(page.getByRole('rowheader', { name: 'Dee' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete 1 chosen pupil' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Delete Dee');
  await expect(page.getByRole('alertdialog')).toContainText('This cannot be undone');
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByRole('rowheader', { name: 'Dee' })).toHaveCount(0);
  await expect(page.getByRole('rowheader', { name: 'Eli' })).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Play as Dee' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Play as Eli' })).toBeVisible();

  await page.goto('./');
  await openClass(page, false);
  await page.getByRole('button', { name: 'Delete everything on this device' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByLabel('New PIN')).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Grown-ups' }).click();
  // As on first use: a new PIN is asked for, and no pupils are left.
  await expect(page.getByLabel('New PIN')).toBeVisible();
  await page.goto('./');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('textbox', { name: 'Your first name or nickname' })).toBeVisible();
});
