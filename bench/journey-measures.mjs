// Frames per second on the journey's new moving pictures: the map (the next stop's glow and hop,
// Ollie perching) and a scenario's ending (confetti falling, the hero bouncing).
import { throttle } from './browser.mjs';
import { newPupil, playToEnd } from './journey.mjs';

async function framesPerSecond(page, ms) {
  return page.evaluate(
    (span) =>
      new Promise((resolve) => {
        let frames = 0;
        const start = performance.now();
        const tick = (now) => {
          frames += 1;
          if (now - start < span) requestAnimationFrame(tick);
          else resolve((frames * 1000) / (now - start));
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

/** The key stage's map, with nothing played yet, under 4x CPU throttling. */
export const mapFrameRate = (keyStage) => async (browser, url) => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(url);
  await newPupil(page, 'Bench', keyStage);
  await page.locator('.next-tag').waitFor();
  const { cdp } = await throttle(context, page);
  const fps = await framesPerSecond(page, 3000);
  await cdp.detach();
  await context.close();
  const stage = keyStage.replace('Key Stage ', 'KS');
  return { [`frames per second on the ${stage} map, 4x CPU throttling`]: fps };
};

/** The ending of the scenario at `place`: the celebration's confetti, under 4x CPU throttling. */
export const celebrationFrameRate = (keyStage, place, scene) => async (browser, url) => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto(url);
  await newPupil(page, 'Bench', keyStage);
  await page.getByRole('button', { name: place }).click();
  await page.waitForFunction(() => performance.getEntriesByName('soq:scenario-first-frame').length > 0);
  await playToEnd(page);
  const { cdp } = await throttle(context, page);
  const fps = await framesPerSecond(page, 2500);
  await cdp.detach();
  await context.close();
  return { [`frames per second in ${scene}, 4x CPU throttling`]: fps };
};
