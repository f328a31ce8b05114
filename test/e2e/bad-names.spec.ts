import { expect, test } from '@playwright/test';
import { expectFits } from './layout-probe';

const nameBox = { name: 'Your first name or nickname' } as const;

test('names that cannot be used get a kind message, and what was typed stays in the box', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Play' }).click();
  const box = page.getByRole('textbox', nameBox);
  for (const [typed, message] of [
    ['', 'Please type your first name or a nickname.'],
    ['    ', 'Please type your first name or a nickname.'],
    ['A'.repeat(1000), 'That name is a bit long. Please use up to 30 letters.'],
  ] as const) {
    await box.fill(typed);
    await page.getByRole('button', { name: "Let's go!" }).click();
    await expect(page.getByRole('alert')).toHaveText(message);
    await expect(box).toHaveValue(typed);
    await expect(box).toBeFocused();
  }
  await expectFits(page, 'name form with a long name typed');
});

for (const name of [
  '🦄🌈 Zoë',
  'مريم',
  'יעל',
  '<img src=x onerror=alert(1)>',
  '<b>Bold</b> & "quotes"',
  'Ōkawa-Smith',
]) {
  test(`the name ${JSON.stringify(name)} is shown exactly as typed and never run`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto('./');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByRole('textbox', nameBox).fill(name);
    await page.getByRole('button', { name: "Let's go!" }).click();
    await expect(page.getByRole('heading', { name: `Which quest, ${name}?` })).toBeVisible();
    await page.getByRole('button', { name: /Key Stage 2/ }).click();
    await expect(page.getByRole('status').filter({ hasText: name })).toHaveText(`${name}: 0 of 24 done`);
    await expectFits(page, 'map with an unusual name');
    await page.getByRole('button', { name: 'Home', exact: true }).click();
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: `Play as ${name}` })).toBeVisible();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
}
