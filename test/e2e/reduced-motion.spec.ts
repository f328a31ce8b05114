import { expect, test } from '@playwright/test';
import { newPupil } from './journey';

// Pictures that move (wobble, travel, bounce) are drawn still when the device asks for less motion.
test('with reduced motion, the canvas does not change between two frames a second apart', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  await newPupil(page, 'Still', 'Key Stage 1');
  await page.getByRole('button', { name: /^1\. / }).click();
  const canvas = page.locator('canvas');
  await expect(canvas).toBeVisible();
  // Wait until the scene has drawn its first pictures (two shots alike, taken as fast as they come).
  await expect.poll(async () => (await canvas.screenshot()).equals(await canvas.screenshot())).toBe(true);
  const first = await canvas.screenshot();
  // A second's worth of frames drawn (sixty, however long the machine takes to draw them): any motion
  // would have moved the picture by then.
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let frames = 0;
        const count = (): void => {
          frames += 1;
          if (frames >= 60) done();
          else requestAnimationFrame(count);
        };
        requestAnimationFrame(count);
      }),
  );
  expect((await canvas.screenshot()).equals(first)).toBe(true);
});
