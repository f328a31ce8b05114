// Makes sure Debian's Chromium is there for the browser tests and the benchmark. Playwright's own
// browser download cannot run here, so tests launch /usr/bin/chromium (or $CHROMIUM_PATH).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath as path } from './chromium.mjs';

if (!existsSync(path)) {
  if (process.getuid?.() !== 0) {
    console.error(
      `Chromium is missing at ${path}. Install it (sudo apt-get install chromium) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
  console.log(`Chromium is missing at ${path}: installing Debian's chromium…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync('apt-get update -qq && apt-get install -y -qq chromium', { stdio: 'inherit', env });
}
