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
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  return { cdp, bytes: () => bytes };
}
