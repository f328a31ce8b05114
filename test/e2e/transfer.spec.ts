import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { level } from './content';
import {
  agreeToEvery,
  allowEarlySigning,
  importFile,
  newPupil,
  openClass,
  playSafely,
  showKeyStage2,
} from './journey';

/** What the class table shows, row by row: everything a grown-up can see of each pupil. */
async function classTable(page: Page): Promise<string[]> {
  await page.getByRole('rowheader').first().waitFor();
  return page.getByRole('row').allInnerTexts();
}

test('export then import into a fresh browser reproduces every pupil exactly', async ({ browser }) => {
  const before = await browser.newContext();
  const page = await before.newPage();
  await openClass(page, true);
  await allowEarlySigning(page);
  await page.getByRole('button', { name: 'Back to the game' }).click();
  await newPupil(page, 'Ama', 'Key Stage 1');
  const scenario = level('levels/ks1/scenarios/ks1-04-funny-feeling.json');
  await page.getByRole('button', { name: /^4\. Funny feeling/ }).click();
  await playSafely(page, scenario);
  await page.getByRole('button', { name: 'Back to the map' }).click();
  await agreeToEvery(page);
  await page.getByRole('textbox', { name: 'Or type your name to sign' }).fill('Ama');
  await page.getByRole('button', { name: 'Sign my promise' }).click();
  await page.getByRole('button', { name: 'Map' }).click();
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await newPupil(page, 'Bo', 'Key Stage 2');
  await page.getByRole('button', { name: /^17\. Age rules/ }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Map' }).click();

  await openClass(page, false);
  const ks1Before = await classTable(page);
  await showKeyStage2(page);
  const ks2Before = await classTable(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all pupils' }).click();
  const exported = readFileSync((await (await downloading).path()) ?? '', 'utf8');
  await before.close();

  const after = await browser.newContext();
  const fresh = await after.newPage();
  await openClass(fresh, true);
  await importFile(fresh, 'pupils.json', exported);
  await expect(
    fresh.getByRole('status').filter({ hasText: 'This file would add 2, update 0 and leave 0 unchanged.' }),
  ).toBeVisible();
  await fresh.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(fresh.getByRole('status').filter({ hasText: 'Imported.' })).toBeVisible();
  expect(await classTable(fresh)).toEqual(ks1Before);
  await showKeyStage2(fresh);
  expect(await classTable(fresh)).toEqual(ks2Before);

  // The same file again changes nothing.
  await importFile(fresh, 'pupils.json', exported);
  await expect(
    fresh.getByRole('status').filter({ hasText: 'add 0, update 0 and leave 2 unchanged' }),
  ).toBeVisible();
  await after.close();
});

test('bad import files are refused with a clear reason and change nothing', async ({ page }) => {
  test.setTimeout(180_000);
  await openClass(page, true);
  await page.getByRole('button', { name: 'Back to the game' }).click();
  await newPupil(page, 'Kai', 'Key Stage 1');
  await openClass(page, false);
  const tableBefore = await classTable(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all pupils' }).click();
  const good = JSON.parse(readFileSync((await (await downloading).path()) ?? '', 'utf8')) as Record<
    string,
    unknown
  >;
  const pupil = (good.pupils as Record<string, unknown>[])[0] ?? {};
  const profile = pupil.profile as Record<string, unknown>;
  const withPupil = (change: Record<string, unknown>): string =>
    JSON.stringify({ ...good, pupils: [{ ...pupil, ...change }] });
  const withProfile = (change: Record<string, unknown>): string =>
    withPupil({ profile: { ...profile, ...change } });
  const text = JSON.stringify(good);

  const cases: [string, string | Buffer, RegExp][] = [
    ['empty file', '', /damaged or not finished/],
    ['truncated', text.slice(0, Math.floor(text.length / 2)), /damaged or not finished/],
    ['not JSON', 'hello, teacher', /damaged or not finished/],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), /damaged or not finished/],
    ['a JSON number', '42', /not made by Safe Online Quest/],
    ['a JSON array', '[]', /not made by Safe Online Quest/],
    ['null', 'null', /not made by Safe Online Quest/],
    ['another program', JSON.stringify({ format: 'other-app', pupils: [] }), /not made by Safe Online Quest/],
    ['newer version', JSON.stringify({ ...good, version: 99 }), /newer version/],
    ['oversized', Buffer.alloc(21 * 1024 * 1024, 32), /over 20 MB/],
    [
      '__proto__ key',
      text.replace('"pupils":', '"__proto__":{"polluted":true},"pupils":'),
      /never writes \("__proto__"\)/,
    ],
    ['constructor key', withProfile({ constructor: { prototype: {} } }), /never writes \("constructor"\)/],
    [
      'markup in a name',
      withProfile({ name: '<img src=x onerror=alert(1)>' }),
      /not right \(at pupils\.0\.profile\.name\)/,
    ],
    ['empty name', withProfile({ name: '' }), /not right \(at pupils\.0\.profile\.name\)/],
    ['huge name', withProfile({ name: 'A'.repeat(5000) }), /not right \(at pupils\.0\.profile\.name\)/],
    ['name as a number', withProfile({ name: 7 }), /not right \(at pupils\.0\.profile\.name\)/],
    ['unknown avatar', withProfile({ avatar: 'dragonfly' }), /not right \(at pupils\.0\.profile\.avatar\)/],
    ['bad id', withProfile({ id: '../../etc' }), /not right \(at pupils\.0\.profile\.id\)/],
    ['progress as text', withPupil({ progress: 'all done' }), /not right \(at pupils\.0\.progress\)/],
    ['unknown statement', withPupil({ progress: { 'ks9-99': {} } }), /not right \(at pupils\.0\.progress/],
    [
      'negative step',
      withPupil({ progress: { 'ks1-04': { status: 'done', step: -1, misses: {}, updatedAt: 1 } } }),
      /not right/,
    ],
    [
      'wrong status',
      withPupil({ progress: { 'ks1-04': { status: 'finished', step: 1, misses: {}, updatedAt: 1 } } }),
      /not right/,
    ],
    ['extra field', JSON.stringify({ ...good, extra: 1 }), /not right/],
    ['pupils not a list', JSON.stringify({ ...good, pupils: {} }), /not right \(at pupils\)/],
    [
      'script signature',
      withPupil({
        agreements: {
          ks1: {
            profileId: profile.id,
            keyStage: 'ks1',
            trustedAtSchool: '',
            trustedAtHome: '',
            signedOn: '2026-01-01',
            signature: { kind: 'drawn', image: 'javascript:alert(1)' },
          },
        },
      }),
      /not right/,
    ],
    [
      "someone else's agreement",
      withPupil({
        agreements: {
          ks1: {
            profileId: 'someone-else',
            keyStage: 'ks1',
            trustedAtSchool: '',
            trustedAtHome: '',
            signedOn: '2026-01-01',
            signature: { kind: 'typed', text: 'x' },
          },
        },
      }),
      /do not fit together/,
    ],
    ['same pupil twice', JSON.stringify({ ...good, pupils: [pupil, pupil] }), /do not fit together/],
    [
      'bad school address type',
      JSON.stringify({ ...good, school: { ...(good.school as object), policyUrl: 5 } }),
      /not right \(at school\.policyUrl\)/,
    ],
  ];
  for (const [what, content, reason] of cases) {
    await importFile(page, `${what}.json`, content);
    await expect(page.getByRole('alert'), what).toHaveText(reason);
    await expect(page.getByRole('alert'), what).toContainText('Nothing was changed.');
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
  }
  expect(await classTable(page)).toEqual(tableBefore);
  expect(await page.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'))).toBe(
    false,
  );
});
