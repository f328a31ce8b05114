import { expect, test, type Page } from '@playwright/test';
import { sharePage } from './shared-page';
import { newPupil } from './journey';

/**
 * "How I like to play": each setting changes what it says at once (font, text size, background,
 * motion), stays with the pupil through a reload, and is the pupil's own (the next pupil starts from
 * the device's defaults). One page for the spec.
 */
let page: Page;

sharePage((opened) => (page = opened));

interface Looks {
  font: string;
  size: string;
  background: string;
  motion: string;
}

/** How the page looks now: a scenario line's font, the root text size, the page colour, and motion. */
function looks(): Promise<Looks> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const heading = document.querySelector('soq-app')?.shadowRoot?.querySelector('[key-stage]');
    const h1 = heading?.shadowRoot?.querySelector('h1') ?? root;
    return {
      font: getComputedStyle(h1).fontFamily,
      size: getComputedStyle(root).fontSize,
      background: getComputedStyle(document.body).backgroundColor,
      motion: root.dataset['motion'] ?? '',
    };
  });
}

test('each setting changes what it says at once, and survives a reload', async () => {
  await page.goto('./');
  await newPupil(page, 'Lex', 'Key Stage 2');
  await page.getByRole('button', { name: /^2\. / }).click();
  const before = await looks();
  expect(before).toMatchObject({ size: '16px', motion: 'on' });
  expect(before.font).toMatch(/^Andika/);

  await page.getByRole('button', { name: 'How I like to play' }).click();
  await page.getByRole('radio', { name: /^Lexend/ }).check();
  await page.getByRole('radio', { name: 'Bigger' }).check();
  await page.getByRole('radio', { name: 'Cream' }).check();
  await page.getByRole('checkbox', { name: 'Moving pictures' }).uncheck();
  const chosen = { size: '24px', background: 'rgb(251, 241, 213)', motion: 'still' };
  await expect.poll(looks).toMatchObject(chosen);
  expect((await looks()).font).toMatch(/^Lexend/);
  await page.getByRole('button', { name: 'Done' }).click();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /^2\. / })).toBeVisible();
  await expect.poll(looks).toMatchObject(chosen);
  expect((await looks()).font).toMatch(/^Lexend/);
  await page.getByRole('button', { name: 'How I like to play' }).click();
  await expect(page.getByRole('radio', { name: 'Bigger' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Moving pictures' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Done' }).click();
});

test('another pupil on the same device starts from the device defaults', async () => {
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await expect.poll(looks).toMatchObject({ size: '16px', motion: 'on' });
  await newPupil(page, 'Noor', 'Key Stage 2');
  await page.getByRole('button', { name: /^2\. / }).click();
  expect((await looks()).font).toMatch(/^Andika/);
  await page.getByRole('button', { name: 'How I like to play' }).click();
  await page.getByRole('radio', { name: 'High contrast' }).check();
  await expect.poll(async () => (await looks()).background).toBe('rgb(255, 255, 255)');
});
