import { expect, test } from '@playwright/test';
import { level, scenarioText } from './content';
import { stored } from './device-storage';
import { newPupil } from './journey';

test('closing the tab and coming back finds pupils and progress where they were', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('./');
  await newPupil(first, 'Sami', 'Key Stage 2');
  const scenario = level('levels/ks2/scenarios/ks2-17-age-rules.json');
  await first.getByRole('button', { name: /^17\. Age rules: not started$/ }).click();
  await first.getByRole('button', { name: 'Next', exact: true }).click();
  const step = scenario.steps[1];
  await expect(first.getByText(scenarioText(step?.lines[0] ?? ''))).toBeVisible();
  await first.close();

  const second = await context.newPage();
  await second.goto('./');
  await second.getByRole('button', { name: 'Play' }).click();
  await second.getByRole('button', { name: 'Play as Sami' }).click();
  await second.getByRole('button', { name: /^17\. Age rules: in progress$/ }).click();
  await expect(second.getByText(scenarioText(step?.lines[0] ?? ''))).toBeVisible();
});

test('where the browser refuses IndexedDB the game still plays and tells grown-ups', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
  });
  await page.goto('./');
  await expect(page.getByRole('status')).toContainText('this device cannot save progress');
  await newPupil(page, 'Kit', 'Key Stage 1');
  await page.getByRole('button', { name: /^4\. Funny feeling/ }).click();
  const scenario = level('levels/ks1/scenarios/ks1-04-funny-feeling.json');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(
    page.getByText(scenarioText(scenario.steps[1]?.lines[0] ?? ''), { exact: true }),
  ).toBeVisible();
});

test('two tabs of the game at once never lose each other’s pupils or steps', async ({ context }) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  await Promise.all([first.goto('./'), second.goto('./')]);
  await newPupil(first, 'Tab One', 'Key Stage 2');
  await newPupil(second, 'Tab Two', 'Key Stage 1');
  await first.getByRole('button', { name: /^17\. Age rules/ }).click();
  await second.getByRole('button', { name: /^4\. Funny feeling/ }).click();
  await first.getByRole('button', { name: 'Next', exact: true }).click();
  await second.getByRole('button', { name: 'Next', exact: true }).click();
  await first.getByRole('button', { name: 'Map' }).click();
  await second.getByRole('button', { name: 'Map' }).click();

  const third = await context.newPage();
  await third.goto('./');
  await third.getByRole('button', { name: 'Play' }).click();
  await expect(third.getByRole('button', { name: 'Play as Tab One' })).toBeVisible();
  await expect(third.getByRole('button', { name: 'Play as Tab Two' })).toBeVisible();
  await third.getByRole('button', { name: 'Play as Tab One' }).click();
  await expect(third.getByRole('button', { name: /^17\. Age rules: in progress$/ })).toBeVisible();
  await third.getByRole('button', { name: 'Home', exact: true }).click();
  await third.getByRole('button', { name: 'Play' }).click();
  await third.getByRole('button', { name: 'Play as Tab Two' }).click();
  await expect(third.getByRole('button', { name: /^4\. Funny feeling: in progress$/ })).toBeVisible();
});

test('when storage fills up mid-way, the game plays on, says so, and keeps what it had already saved', async ({
  context,
}) => {
  // From the moment the test says so, every write to IndexedDB fails as a full disk would. A page's
  // script cannot reach the step writer's thread, so here the game has none and writes steps itself.
  await context.addInitScript(() => {
    const prototype = IDBObjectStore.prototype;
    const put = Object.getOwnPropertyDescriptor(prototype, 'put')?.value as IDBObjectStore['put'];
    prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (sessionStorage.getItem('test:quota-full') === 'yes')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    Object.defineProperty(globalThis, 'Worker', { value: undefined });
  });
  const page = await context.newPage();
  await page.goto('./');
  await newPupil(page, 'Ivy', 'Key Stage 1');
  const scenario = level('levels/ks1/scenarios/ks1-04-funny-feeling.json');
  await page.getByRole('button', { name: /^4\. Funny feeling/ }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const saved = scenario.steps[1];
  await expect(page.getByText(scenarioText(saved?.lines[0] ?? ''), { exact: true })).toBeVisible();
  await expect.poll(async () => (await stored(page, 'ks1-04')).step).toBe(1);

  await page.evaluate(() => sessionStorage.setItem('test:quota-full', 'yes'));
  const safe = saved?.choices?.find((c) => c.safe);
  await page.getByRole('button', { name: scenarioText(safe?.label ?? '') }).click();
  await expect(
    page.getByRole('status').filter({ hasText: scenarioText(safe?.feedback ?? '') }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const next = scenario.steps[2];
  await expect(page.getByText(scenarioText(next?.lines[0] ?? ''), { exact: true })).toBeVisible();

  // The map tells the grown-ups that progress is not being kept.
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /cannot save progress right now/ })).toBeVisible();

  // A new tab on the same device: Ivy and the step saved before the disk filled are still there.
  const later = await context.newPage();
  await later.goto('./');
  await later.getByRole('button', { name: 'Play' }).click();
  await later.getByRole('button', { name: 'Play as Ivy' }).click();
  await later.getByRole('button', { name: /^4\. Funny feeling: in progress/ }).click();
  await expect(later.getByText(scenarioText(saved?.lines[0] ?? ''), { exact: true })).toBeVisible();
});
