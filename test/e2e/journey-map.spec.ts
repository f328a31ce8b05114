import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { level, levelsOf, scenarioText } from './content';
import { giveTheDeviceAVoice, spoken } from './fake-voice';
import { newPupil } from './journey';
import { activate } from './keyboard';
import { changedCount, distinctCount, stillThumbnail, thumbnailOf, type Thumbnail } from './pictures';
import { playStepByKeyboard } from './play-by-keyboard';

interface GuideWords {
  welcome: string;
  hint: string;
  cheer: string;
  intro: Record<string, string>;
}
const guide = JSON.parse(
  readFileSync(new URL('../../locales/en/guide.json', import.meta.url), 'utf8'),
) as GuideWords;

const spokenTexts = async (page: Page): Promise<(string | undefined)[]> =>
  (await spoken(page)).map((entry) => entry.text);

test.use({ viewport: { width: 1280, height: 720 } });

test('the journey: Ollie welcomes and guides, the next stop invites, and a finished stop gives a sticker', async ({
  page,
}) => {
  // Still pictures, so two frames of the same moment are the same picture.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await giveTheDeviceAVoice(page);
  await page.goto('./');
  await newPupil(page, 'Ada', 'Key Stage 1');

  // Ollie welcomes the pupil by name, on the page and aloud.
  const welcome = guide.welcome.replace('{{name}}', 'Ada');
  await expect(page.getByText(welcome)).toBeVisible();
  await expect.poll(() => spokenTexts(page)).toContain(welcome);

  // The next stop is a button named for its statement, described "Play next", reached by keyboard.
  const first = page.getByRole('button', { name: /^1\. Use: not started$/ });
  await expect(first).toHaveAccessibleDescription('Play next');
  await activate(page, first);

  const scenario = level('levels/ks1/scenarios/ks1-01-use.json');
  const intro = guide.intro[scenario.id] ?? '';
  await expect(page.getByText(intro)).toBeVisible();
  await expect.poll(() => spokenTexts(page)).toContain(intro);

  const [story, choice, ...rest] = scenario.steps;
  if (!story || choice?.kind !== 'choice' || !choice.choices) throw new Error('ks1-01 starts differently');
  await playStepByKeyboard(page, story, 'first-time');
  const lessSafe = choice.choices.filter((option) => !option.safe);
  const safe = choice.choices.find((option) => option.safe);
  const [firstMiss, secondMiss] = lessSafe;
  if (!firstMiss || !secondMiss || !safe) throw new Error('ks1-01 needs two less safe choices');
  const picture = page.locator('canvas');

  // A less safe choice: the hero's picture, once the canvas has drawn it and it keeps still.
  await page.getByRole('button', { name: scenarioText(firstMiss.label) }).click();
  await expect(page.getByText(scenarioText(firstMiss.feedback))).toBeVisible();
  const missed: Thumbnail = await stillThumbnail(page, picture);

  // A second less safe try: Ollie gives a gentle hint, shown and spoken.
  await page.getByRole('button', { name: "Let's try again" }).click();
  await page.getByRole('button', { name: scenarioText(secondMiss.label) }).click();
  await expect(page.getByText(guide.hint)).toBeVisible();
  await expect.poll(() => spokenTexts(page)).toContain(guide.hint);

  // The safe choice: the hero looks different (relieved, not unsure).
  await page.getByRole('button', { name: "Let's try again" }).click();
  await page.getByRole('button', { name: scenarioText(safe.label) }).click();
  await expect(page.getByText(scenarioText(safe.feedback))).toBeVisible();
  const safePicture = await stillThumbnail(page, picture);
  expect(changedCount(missed, safePicture)).toBeGreaterThan(20);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  for (const step of rest) await playStepByKeyboard(page, step, 'first-time');

  // The ending: a sticker, and Ollie cheers.
  await expect(page.getByText('New sticker for your sticker book!')).toBeVisible();
  await expect(page.getByText(guide.cheer)).toBeVisible();
  await expect.poll(() => spokenTexts(page)).toContain(guide.cheer);
  await page.getByRole('button', { name: 'Back to the map' }).click();

  // On the map the stop shows its sticker, and the next stop invites.
  const done = page.getByRole('button', { name: /^1\. Use: done, \d of 3 stars$/ });
  await expect(done.locator('.sticker')).toBeVisible();
  await expect(page.getByRole('button', { name: /^2\. Ask: not started$/ })).toHaveAccessibleDescription(
    'Play next',
  );

  // The sticker book lists it as collected, and the others as still to collect.
  await page.getByRole('button', { name: 'Sticker book' }).click();
  const book = page.getByRole('dialog', { name: 'My sticker book' });
  await expect(book.getByRole('listitem').filter({ hasText: '1. Use' })).toContainText('sticker collected');
  await expect(book.getByRole('listitem').filter({ hasText: '2. Ask' })).toContainText('not collected yet');
  await expect(book.getByRole('listitem').filter({ hasText: '1. Use' }).locator('.sticker')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(book).toBeHidden();
});

test('every scenario has its own picture: the first frames of all 35 are not all alike', async ({ page }) => {
  // Thirty-five scenarios open one after another: slow on a busy two-core machine.
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 960, height: 540 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  await newPupil(page, 'Kit', 'Key Stage 1');
  const frames: Thumbnail[] = [];
  for (const keyStage of ['ks1', 'ks2'] as const) {
    if (keyStage === 'ks2') {
      await page.getByRole('button', { name: 'Change quest' }).click();
      await page.getByRole('button', { name: /Key Stage 2/ }).click();
    }
    for (const scenario of levelsOf(keyStage)) {
      const number = Number(scenario.statement.slice(-2));
      await page.evaluate(() => performance.clearMarks('soq:scenario-first-frame'));
      await page.getByRole('button', { name: new RegExp(`^${number}\\. `) }).click();
      await expect(
        page.getByText(scenarioText(scenario.steps[0]?.lines[0] ?? ''), { exact: true }),
      ).toBeVisible();
      await page.waitForFunction(() => performance.getEntriesByName('soq:scenario-first-frame').length > 0);
      frames.push(await thumbnailOf(page, page.locator('canvas')));
      await page.getByRole('button', { name: 'Map', exact: true }).click();
    }
  }
  expect(frames).toHaveLength(35);
  expect(distinctCount(frames, 8)).toBeGreaterThanOrEqual(12);
});
