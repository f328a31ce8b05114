// Draws the app's PNG icons from public/icons/icon.svg with Chromium (run by hand after changing it):
// 192 and 512 px for the web app manifest, 512 px with a margin for masks, and 180 px for iPads.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const folder = new URL('../public/icons/', import.meta.url);
const svg = readFileSync(new URL('icon.svg', folder), 'utf8');
const icons = [
  { file: 'icon-192.png', size: 192, margin: 0 },
  { file: 'icon-512.png', size: 512, margin: 0 },
  { file: 'icon-maskable-512.png', size: 512, margin: 0.1 },
  { file: 'apple-touch-icon.png', size: 180, margin: 0 },
];
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const { file, size, margin } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inner = Math.round(size * (1 - 2 * margin));
    await page.setContent(
      `<body style="margin:0;background:#cdeeff;display:grid;place-items:center;height:${size}px">` +
        `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`,
    );
    writeFileSync(new URL(file, folder), await page.screenshot({ omitBackground: margin === 0 }));
    await page.close();
  }
} finally {
  await browser.close();
}
