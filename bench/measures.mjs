// Each measurement runs once in a fresh browser context and returns named figures.
import { throttle } from './browser.mjs';
import { newPupil, playToEnd } from './journey.mjs';

/** Bytes and time until the title's Play button can be pressed, then until a scenario's first frame. */
export async function firstVisit(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const network = await throttle(context, page);
  await page.goto(url, { waitUntil: 'commit' });
  const play = page.getByRole('button', { name: 'Play' });
  await play.waitFor({ state: 'visible', timeout: 120_000 });
  const titleMs = await page.evaluate(() => performance.now());
  const titleBytes = network.bytes();
  await newPupil(page, 'Bench', 'Key Stage 1');
  const place = page.getByRole('button', { name: /^4\. Funny feeling/ });
  await place.waitFor();
  const beforeScenario = network.bytes();
  const clickedAt = await page.evaluate(() => performance.now());
  await place.click();
  await page.waitForFunction(
    () => performance.getEntriesByName('soq:scenario-first-frame').length > 0,
    null,
    {
      timeout: 120_000,
    },
  );
  const frameAt = await page.evaluate(
    () => performance.getEntriesByName('soq:scenario-first-frame')[0].startTime,
  );
  const figures = {
    'bytes before the title is usable (KB)': titleBytes / 1024,
    'time until the title is usable (ms)': titleMs,
    "time until the first scenario's first frame (ms)": frameAt - clickedAt,
    'bytes fetched when a scenario starts (KB)': (network.bytes() - beforeScenario) / 1024,
  };
  await context.close();
  return figures;
}

/** Frames per second while the busiest KS1 scene (the funny feeling: wobble, guide and bubbles) runs. */
export async function sceneFrameRate(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto(url);
  await newPupil(page, 'Bench', 'Key Stage 1');
  await page.getByRole('button', { name: /^4\. Funny feeling/ }).click();
  await page.waitForFunction(() => performance.getEntriesByName('soq:scenario-first-frame').length > 0);
  await page.getByRole('button', { name: 'Next' }).click();
  const { cdp } = await throttle(context, page);
  const fps = await page.evaluate(
    () =>
      new Promise((resolve) => {
        let frames = 0;
        const start = performance.now();
        const tick = (now) => {
          frames += 1;
          if (now - start < 3000) requestAnimationFrame(tick);
          else resolve((frames * 1000) / (now - start));
        };
        requestAnimationFrame(tick);
      }),
  );
  await cdp.detach();
  await context.close();
  return { 'frames per second in the busiest KS1 scene, 4x CPU throttling': fps };
}

/** JS heap after every KS1 scenario has been played twice, against after the first one. */
export async function heapAfterPlaying(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await page.evaluate(() => performance.memory.usedJSHeapSize)) / 1024 / 1024;
  };
  await page.goto(url);
  await newPupil(page, 'Bench', 'Key Stage 1');
  const places = page.getByRole('list').getByRole('button');
  await places.first().waitFor();
  const count = await places.count();
  const figures = {};
  let played = 0;
  for (let round = 0; round < 2; round += 1) {
    for (let i = 0; i < count; i += 1) {
      await places.nth(i).click();
      // A statement with no scenario yet opens straight on its ending, with no picture to draw.
      const ending = page.getByText('This adventure is coming soon.');
      await Promise.race([
        page.waitForFunction(() => performance.getEntriesByName('soq:scenario-first-frame').length > 0),
        ending.waitFor(),
      ]);
      if (!(await ending.isVisible())) {
        await playToEnd(page);
        played += 1;
        if (played === 1) figures['JS heap after the first scenario (MB)'] = await heap();
      }
      await page.getByRole('button', { name: 'Back to the map' }).click();
      await page.evaluate(() => performance.clearMarks('soq:scenario-first-frame'));
    }
  }
  figures[`JS heap after ${played / 2} KS1 scenarios, each played twice (MB)`] = await heap();
  await context.close();
  return figures;
}
