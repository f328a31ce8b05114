// `npm run bench`: serves the production build locally and prints figures, each the median of its runs.
// They are for comparing runs on the same machine, not pass/fail tests.
import { preview } from 'vite';
import { launch } from './browser.mjs';
import { serveAnchor } from './anchor.mjs';
import { celebrationFrameRate, mapFrameRate } from './journey-measures.mjs';
import { anchorVisit, firstVisit, heapAfterPlaying, repeatVisit, sceneFrameRate } from './measures.mjs';
import { classPdf, pickerOf40, saveStepTimes } from './school-measures.mjs';

const anchor = await serveAnchor();

// Playing every scenario twice takes a while and its heap figure barely moves, so it runs once.
const measures = [
  { measure: anchorVisit(anchor.url), runs: 5 },
  { measure: firstVisit('Key Stage 1', /^4\. Funny feeling/, 'prefetched'), runs: 5 },
  { measure: firstVisit('Key Stage 1', /^4\. Funny feeling/, 'held'), runs: 3 },
  { measure: firstVisit('Key Stage 2', /^17\. Age rules/, 'prefetched'), runs: 3 },
  { measure: firstVisit('Key Stage 2', /^17\. Age rules/, 'held'), runs: 3 },
  { measure: repeatVisit, runs: 5 },
  {
    measure: sceneFrameRate(
      'Key Stage 1',
      /^4\. Funny feeling/,
      1,
      'the busiest KS1 scene (a wobble, the guide, bubbles)',
    ),
    runs: 5,
  },
  {
    measure: sceneFrameRate(
      'Key Stage 2',
      /^19\. Sharing and forever/,
      1,
      'the busiest KS2 scene (a shared picture copying itself away)',
    ),
    runs: 5,
  },
  {
    measure: celebrationFrameRate(
      'Key Stage 2',
      /^5\. Being a friend/,
      'the busiest new scene (a KS2 ending: confetti, the hero bouncing, Ollie cheering)',
    ),
    runs: 3,
  },
  { measure: mapFrameRate('Key Stage 1'), runs: 3 },
  { measure: mapFrameRate('Key Stage 2'), runs: 3 },
  { measure: heapAfterPlaying('Key Stage 1'), runs: 1 },
  { measure: heapAfterPlaying('Key Stage 2'), runs: 1 },
  { measure: saveStepTimes, runs: 1 },
  { measure: pickerOf40, runs: 3 },
  { measure: classPdf, runs: 3 },
];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const server = await preview({
  preview: { host: '127.0.0.1', port: 4517, strictPort: false },
  logLevel: 'silent',
});
const url = server.resolvedUrls.local[0];
const browser = await launch();
const results = new Map();
try {
  for (const { measure, runs } of measures) {
    for (let run = 0; run < runs; run += 1) {
      // A measurement that fails says why, and the others still report.
      const figures = await measure(browser, url).catch((error) => {
        console.error(`a measurement failed: ${error instanceof Error ? error.message : String(error)}`);
        return {};
      });
      for (const [name, value] of Object.entries(figures)) {
        results.set(name, [...(results.get(name) ?? []), value]);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
  await anchor.close();
}

console.log(
  `Safe Online Quest benchmark: medians of the runs listed, in Chromium (${new Date().toISOString()})`,
);
console.log(
  'Network 150 ms latency and 1.6 Mbit/s, 4x CPU throttling, for the first visit and the frame rate.',
);
console.log('Times are from the start of navigation or from the click that opens a scenario.\n');
const medianOf = (name) => median(results.get(name) ?? [NaN]);
results.set('title usable against the anchor (ratio)', [
  medianOf('time until the title is usable (ms)') /
    medianOf('anchor: time until the bare Phaser 4 page is usable (ms)'),
]);
const width = Math.max(...[...results.keys()].map((name) => name.length));
for (const [name, values] of results) {
  const digits = name.endsWith('(ratio)') ? 2 : 1;
  const raw = values.map((value) => value.toFixed(digits)).join(', ');
  console.log(`${name.padEnd(width)}  ${median(values).toFixed(digits).padStart(9)}   [${raw}]`);
}
