// Measurements of a school's shared device: saving steps, the picker of a big class, printing a class.
import { readFileSync } from 'node:fs';
import { classFile } from '../test/fixtures/class-file.mjs';
import { newPupil, importPupils, openClass, playToEnd } from './journey.mjs';

const ks2Statements = Object.keys(
  JSON.parse(readFileSync(new URL('../locales/en/aup.json', import.meta.url), 'utf8')).ks2.statements,
);

function percentile(values, fraction) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

/** Time to save a step to IndexedDB, over every step of KS2 scenarios 9 to 14: median and p95. */
export async function saveStepTimes(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(url);
  await newPupil(page, 'Bench', 'Key Stage 2');
  for (const number of [9, 10, 11, 12, 13, 14]) {
    await page.getByRole('button', { name: new RegExp(`^${number}\\. `) }).click();
    await playToEnd(page);
    await page.getByRole('button', { name: 'Back to the map' }).click();
  }
  const times = await page.evaluate(() =>
    performance.getEntriesByName('soq:save-step').map((entry) => entry.duration),
  );
  await context.close();
  return {
    [`time to save a step, median of ${times.length} (ms)`]: percentile(times, 0.5),
    'time to save a step, 95th percentile (ms)': percentile(times, 0.95),
  };
}

/** Time from pressing Play to the picker showing every one of 40 pupils on this device. */
export async function pickerOf40(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(url);
  await openClass(page, true);
  await importPupils(page, classFile({ keyStage: 'ks2', statementIds: ks2Statements, size: 40 }));
  await page.goto(url);
  await page.evaluate(() => globalThis.sessionStorage.clear());
  await page.goto(url);
  const play = page.getByRole('button', { name: 'Play' });
  await play.waitFor();
  const started = await page.evaluate(() => performance.now());
  await play.click();
  await page.locator('soq-profile-picker li button').nth(39).waitFor();
  const shown = await page.evaluate(() => performance.now());
  await context.close();
  return { 'time to show the picker with 40 pupils (ms)': shown - started };
}

/** Time to print a KS2 class of 30 signed agreements to PDF, from pressing Print to the PDF's bytes. */
export async function classPdf(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(url);
  await openClass(page, true);
  await importPupils(page, classFile({ keyStage: 'ks2', statementIds: ks2Statements, size: 30 }));
  await page.getByRole('button', { name: 'Key Stage 2' }).click();
  await page.getByRole('rowheader').first().waitFor();
  await page.evaluate(() => (globalThis.print = () => undefined));
  const started = Date.now();
  await page.getByRole('button', { name: 'Print 30 signed agreements' }).click();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const took = Date.now() - started;
  await context.close();
  return {
    'time to print a class of 30 to PDF (ms)': took,
    'size of that PDF (KB)': pdf.length / 1024,
  };
}
