import { expect, test } from '@playwright/test';
import { expectFits } from './layout-probe';

const nameBox = { name: 'Your first name or nickname' } as const;

test('names that cannot be used get a kind message, and what was typed stays in the box', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Play' }).click();
  const box = page.getByRole('textbox', nameBox);
  const empty = 'Please type your first name or a nickname.';
  const long = 'That name is a bit long. Please use up to 30 letters.';
  const brackets = "Names can't have < or > in them. Please use letters.";
  const hidden =
    'That name has hidden marks in it that change how words show. Please type it again with letters only.';
  const refused: [string, string][] = [
    ['', empty],
    ['    ', empty],
    ['\t\t', empty],
    ['\u3000\u00a0', empty],
    ['A'.repeat(1000), long],
    ['A'.repeat(31), long],
    ['🦄'.repeat(31), long],
    ['<img src=x onerror=alert(1)>', brackets],
    ['<script>alert(1)</script>', brackets],
    ['<b>Bold</b>', brackets],
    ['Zed >', brackets],
    ['a < b', brackets],
    ['Sara\u202Egnp.exe', hidden],
    ['\u2067Sam\u2069', hidden],
  ];
  for (const [typed, message] of refused) {
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
  'Bold & "quotes" \' `ticks`',
  'Ōkawa-Smith',
  '{{name}} ${x}',
  'A'.repeat(30),
  'x'.padEnd(30, 'ẃ'),
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
