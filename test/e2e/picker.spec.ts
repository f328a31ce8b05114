import { expect, test } from '@playwright/test';
import { writeTransfer } from '../../src/core/transfer/transfer-file';
import { openClass } from './journey';
import { expectFits } from './layout-probe';

const names = [
  'Zoë',
  'Amir',
  'Chloe',
  ...Array.from({ length: 22 }, (_, i) => `Pupil ${String(i + 1).padStart(2, '0')}`),
];

test('with more than twenty pupils on a device, a pupil finds their name by searching', async ({ page }) => {
  // A class arrives the way schools move pupils: an export file, imported by a grown-up.
  const file = writeTransfer(
    {
      pupils: names.map((name, i) => ({
        profile: { id: `pupil-${i}`, name, avatar: 'fox', keyStage: 'ks2', createdAt: i },
        progress: {},
        agreements: {},
      })),
    },
    Date.now(),
  );
  await openClass(page, true);
  await page.getByLabel('Import pupils from a file').setInputFiles({
    name: 'class.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported.' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the game' }).click();

  await page.getByRole('button', { name: 'Play' }).click();
  const search = page.getByRole('searchbox', { name: 'Find your name' });
  await expect(search).toBeVisible();
  await expectFits(page, 'picker with 25 pupils');
  await search.fill('zoe');
  await expect(page.getByRole('button', { name: /^Play as / })).toHaveCount(1);
  await search.fill('Nobody');
  await expect(page.getByRole('status')).toContainText('No name here matches');
  await search.fill('');
  await expect(page.getByRole('button', { name: /^Play as / })).toHaveCount(names.length);
  await search.fill('chl');
  await page.getByRole('button', { name: 'Play as Chloe' }).click();
  await expect(page.getByRole('heading', { name: 'Key Stage 2 quest map' })).toBeVisible();
});
