// How the benchmark launches Debian's Chromium: the same executable and flags as the browser tests.
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

export function launch() {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** A school's network and an old laptop: 150 ms latency, 1.6 Mbit/s down, and the CPU 4x slower. */
export async function throttle(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Bytes that came over the network: answers from the service worker or the disk cache do not count.
  // Each arrival keeps its time (the protocol's clock), so bytes can be counted up to a moment in the page.
  const arrivals = [];
  const local = new Set();
  let clock;
  cdp.on('Network.requestWillBeSent', ({ timestamp, wallTime }) => {
    clock ??= { timestamp, wallTime };
  });
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    if (response.fromServiceWorker || response.fromDiskCache) local.add(requestId);
  });
  cdp.on('Network.loadingFinished', (event) => {
    if (!local.has(event.requestId)) arrivals.push(event);
  });
  const sum = (events) => events.reduce((total, event) => total + event.encodedDataLength, 0);
  return {
    cdp,
    bytes: () => sum(arrivals),
    /** Bytes that had arrived by `epochMs` (a page's `performance.timeOrigin + performance.now()`). */
    bytesBy: (epochMs) =>
      clock
        ? sum(
            arrivals.filter(
              (event) => event.timestamp <= clock.timestamp + (epochMs / 1000 - clock.wallTime),
            ),
          )
        : 0,
  };
}
