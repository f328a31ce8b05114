// How the browser tests and the benchmark launch Debian's Chromium (Playwright's own browser download
// cannot run here). Override the executable with CHROMIUM_PATH.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--enable-unsafe-swiftshader',
];
