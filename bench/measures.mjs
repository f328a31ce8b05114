// Each measurement runs once in a fresh browser context and returns named figures.
import { throttle } from './browser.mjs';
import { newPupil, playToEnd } from './journey.mjs';

/**
 * When the title, with its Play button, was first on screen: the game marks it once that frame has
 * painted (src/ui/soq-title-screen), as the anchor marks its first frame. The button must be there too.
 */
async function titlePainted(page) {
  await page.getByRole('button', { name: 'Play' }).waitFor({ state: 'visible', timeout: 120_000 });
  await page.waitForFunction(() => performance.getEntriesByName('soq:title-painted').length > 0);
  return page.evaluate(() => {
    const painted = performance.getEntriesByName('soq:title-painted')[0].startTime;
    return { ms: painted, epochMs: performance.timeOrigin + painted };
  });
}

const phaserChunk = /\/phaser-[\w-]+\.js$/;

/**
 * Bytes and time until the title's Play button can be pressed, then until the first frame of the
 * scenario at `place` of `keyStage` ('Key Stage 1' or 'Key Stage 2'), and the bytes that fetched.
 * The game fetches Phaser once the browser is idle after the title, and makes the game that draws the
 * scenarios once it is idle on the map: `phaser` 'prefetched' waits for both before the click; 'held'
 * holds Phaser's file back until the click, as on a network too slow for the prefetch to have finished.
 */
export const firstVisit = (keyStage, place, phaser) => async (browser, url) => {
  // A first visit: no service worker yet (it would install in the background as the figures run).
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const network = await throttle(context, page);
  const held = [];
  let clicked = false;
  if (phaser === 'held') {
    await page.route(phaserChunk, (route) => (clicked ? route.continue() : held.push(route)));
  }
  const phaserArrived =
    phaser === 'prefetched'
      ? page.waitForResponse(phaserChunk, { timeout: 120_000 }).then((response) => response.finished())
      : Promise.resolve();
  await page.goto(url, { waitUntil: 'commit' });
  const title = await titlePainted(page);
  const titleBytes = network.bytesBy(title.epochMs);
  await newPupil(page, 'Bench', keyStage);
  const button = page.getByRole('button', { name: place });
  await button.waitFor();
  await phaserArrived;
  if (phaser === 'prefetched')
    await page.waitForFunction(() => performance.getEntriesByName('soq:stage-ready').length > 0, null, {
      timeout: 120_000,
    });
  const beforeScenario = network.bytes();
  const clickedAt = await page.evaluate(() => performance.now());
  await button.click();
  clicked = true;
  await Promise.all(held.map((route) => route.continue()));
  await page.waitForFunction(
    () => performance.getEntriesByName('soq:scenario-first-frame').length > 0,
    null,
    { timeout: 120_000 },
  );
  const frameAt = await page.evaluate(
    () => performance.getEntriesByName('soq:scenario-first-frame')[0].startTime,
  );
  const stage = keyStage.replace('Key Stage ', 'KS');
  const when = phaser === 'held' ? 'Phaser not prefetched' : 'Phaser prefetched';
  // Holding a file back routes every request through the test's hands, which slows the title: its
  // figures come from the other runs only.
  const titleFigures =
    phaser === 'held'
      ? {}
      : {
          'bytes before the title is usable (KB)': titleBytes / 1024,
          'time until the title is usable (ms)': title.ms,
        };
  const figures = {
    ...titleFigures,
    [`time until the first ${stage} scenario's first frame, ${when} (ms)`]: frameAt - clickedAt,
    [`bytes fetched when a ${stage} scenario starts, ${when} (KB)`]:
      (network.bytes() - beforeScenario) / 1024,
  };
  await context.close();
  return figures;
};

/**
 * Frames per second while a busy scene runs: the scenario at `place`, moved on `nexts` steps to its
 * busiest picture, described by `scene`.
 */
export const sceneFrameRate = (keyStage, place, nexts, scene) => async (browser, url) => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto(url);
  await newPupil(page, 'Bench', keyStage);
  await page.getByRole('button', { name: place }).click();
  await page.waitForFunction(() => performance.getEntriesByName('soq:scenario-first-frame').length > 0);
  for (let step = 0; step < nexts; step += 1)
    await page.getByRole('button', { name: 'Next', exact: true }).click();
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
  return { [`frames per second in ${scene}, 4x CPU throttling`]: fps };
};

/** JS heap after every scenario of a key stage has been played twice, against after the first one. */
export const heapAfterPlaying = (keyStage) => async (browser, url) => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await page.evaluate(() => performance.memory.usedJSHeapSize)) / 1024 / 1024;
  };
  await page.goto(url);
  await newPupil(page, 'Bench', keyStage);
  const stage = keyStage.replace('Key Stage ', 'KS');
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
        if (played === 1) figures[`JS heap after the first ${stage} scenario (MB)`] = await heap();
      }
      await page.getByRole('button', { name: 'Back to the map' }).click();
      await page.evaluate(() => performance.clearMarks('soq:scenario-first-frame'));
    }
  }
  figures[`JS heap after ${played / 2} ${stage} scenarios, each played twice (MB)`] = await heap();
  await context.close();
  return figures;
};

/** The anchor (a bare Phaser 4 Vite page, bench/anchor): bytes and time until its first frame. */
export const anchorVisit = (anchorUrl) => async (browser) => {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const network = await throttle(context, page);
  await page.goto(anchorUrl, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('anchor:first-frame').length > 0, null, {
    timeout: 120_000,
  });
  const usable = await page.evaluate(() => performance.getEntriesByName('anchor:first-frame')[0].startTime);
  const figures = {
    'anchor: bytes before the bare Phaser 4 page is usable (KB)': network.bytes() / 1024,
    'anchor: time until the bare Phaser 4 page is usable (ms)': usable,
  };
  await context.close();
  return figures;
};

/**
 * A repeat visit, in a new tab, once the service worker has kept the game and a pupil has played: time
 * to a usable title, bytes fetched.
 */
export async function repeatVisit(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const first = await context.newPage();
  await first.goto(url);
  await first.evaluate(async () => {
    await globalThis.navigator.serviceWorker.ready;
  });
  // A pupil played before, so the visit reads (and checks) what the device keeps.
  await newPupil(first, 'Bench', 'Key Stage 1');
  await first.getByRole('list').getByRole('button').first().waitFor();
  await first.close();
  // Another day: a new tab, with nothing remembered but what the device keeps.
  const page = await context.newPage();
  const network = await throttle(context, page);
  await page.goto(url, { waitUntil: 'commit' });
  const title = await titlePainted(page);
  const figures = {
    'repeat visit with the service worker: time until the title is usable (ms)': title.ms,
    'repeat visit with the service worker: bytes from the network (KB)': network.bytes() / 1024,
  };
  await context.close();
  return figures;
}
