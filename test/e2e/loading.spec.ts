import { expect, test } from '@playwright/test';
import { level, scenarioText, statementWords } from './content';
import { newPupil, playSafely } from './journey';
import { wordsIn } from './words-in';

const english = wordsIn('en');

test('the title screen is usable before Phaser has downloaded', async ({ page }) => {
  let releasePhaser = (): void => undefined;
  const phaserHeld = new Promise<void>((resolve) => (releasePhaser = resolve));
  let phaserAsked = false;
  await page.route(/\/assets\/phaser-[^/]*\.js$/, async (route) => {
    phaserAsked = true;
    await phaserHeld;
    await route.continue();
  });
  await page.goto('./');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('textbox', { name: 'Your first name or nickname' })).toBeVisible();
  releasePhaser();
  // Phaser is fetched only when the browser is idle or a scenario opens, never on the way to the title.
  await expect.poll(() => phaserAsked).toBe(true);
});

test("the title paints with its own files only: until the pupils' screens arrive, Play says the game is getting ready", async ({
  page,
}) => {
  // The pickers' code, their pictures and the English words beyond the title's are held back.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/(soq-profile-picker|art-pickers|words-en)-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { name: english.ui('app.name') })).toBeVisible();
  await page.getByRole('button', { name: english.ui('title.play') }).click();
  await expect(page.getByRole('status').filter({ hasText: english.ui('common.loading') })).toBeVisible();
  release();
  await expect(page.getByRole('textbox', { name: english.ui('profiles.nameLabel') })).toBeVisible();
  await expect(page.getByRole('radio', { name: english.ui('profiles.avatar.panda') })).toBeVisible();
});

test('when the pictures cannot load, the scenario still plays with every word and control', async ({
  page,
}) => {
  await page.route(/\/assets\/phaser-[^/]*\.js$/, (route) => route.abort());
  await page.goto('./');
  await newPupil(page, 'Ola', 'Key Stage 1');
  const scenario = level('levels/ks1/scenarios/ks1-04-funny-feeling.json');
  await page.getByRole('button', { name: /^4\. Funny feeling/ }).click();
  await playSafely(page, scenario);
  await expect(page.getByText(statementWords('ks1', 'ks1-04'))).toBeVisible();
});

test('when a key stage cannot load, the pupil gets a kind message, and Try again brings it once it can', async ({
  page,
}) => {
  let connected = false;
  await page.route(/\/assets\/statements-[^/]*\.js$/, (route) =>
    connected ? route.continue() : route.abort(),
  );
  await page.goto('./');
  await page.getByRole('button', { name: english.ui('title.play') }).click();
  await page.getByRole('textbox', { name: english.ui('profiles.nameLabel') }).fill('Ola');
  await page.getByRole('button', { name: english.ui('profiles.create') }).click();
  await page.getByRole('button', { name: /Key Stage 2/ }).click();
  await expect(page.getByRole('alert').getByText(english.ui('common.loadFailed'))).toBeVisible();
  connected = true;
  await page.getByRole('button', { name: english.ui('common.loadAgain') }).click();
  // The page reloads to the same pupil and screen.
  await expect(page.getByRole('button', { name: /^17\. Age rules/ })).toBeVisible();
});

test("when a screen's code does not arrive, Try again waits for the network before reloading to that screen", async ({
  page,
}) => {
  let connected = false;
  let serverAnswers = true;
  await page.route(/\/assets\/soq-world-map-[^/]*\.js$/, (route) =>
    connected ? route.continue() : route.abort(),
  );
  await page.route(
    (url) => url.pathname === '/',
    (route) => (serverAnswers ? route.continue() : route.abort()),
  );
  await page.goto('./');
  await page.getByRole('button', { name: english.ui('title.play') }).click();
  await page.getByRole('textbox', { name: english.ui('profiles.nameLabel') }).fill('Ola');
  await page.getByRole('button', { name: english.ui('profiles.create') }).click();
  await page.getByRole('button', { name: /Key Stage 1/ }).click();
  const failed = page.getByRole('alert').getByText(english.ui('common.loadFailed'));
  await expect(failed).toBeVisible();
  const tryAgain = page.getByRole('button', { name: english.ui('common.loadAgain') });

  // With no network at all, the page stays: Ollie waits a moment, then says so again.
  serverAnswers = false;
  await tryAgain.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: english.ui('common.loading') })).toBeVisible();
  await expect(failed).toBeVisible();

  serverAnswers = true;
  connected = true;
  await tryAgain.click();
  await expect(page.getByRole('heading', { name: 'Key Stage 1 quest map' })).toBeVisible();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 768, height: 1024 } });

  test('a pupil taps through to a scenario and makes a choice', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Play' }).tap();
    await page.getByRole('textbox', { name: 'Your first name or nickname' }).fill('Tam');
    await page.getByRole('radio', { name: 'Panda' }).tap();
    await page.getByRole('button', { name: "Let's go!" }).tap();
    await page.getByRole('button', { name: /Key Stage 2/ }).tap();
    const scenario = level('levels/ks2/scenarios/ks2-09-not-my-fault.json');
    await page.getByRole('button', { name: /^9\. / }).tap();
    await page.getByRole('button', { name: 'Next', exact: true }).tap();
    const choice = scenario.steps[1]?.choices?.find((c) => c.safe);
    await page.getByRole('button', { name: scenarioText(choice?.label ?? '') }).tap();
    await expect(
      page.getByRole('status').filter({ hasText: scenarioText(choice?.feedback ?? '') }),
    ).toBeVisible();
  });
});

test("an English pupil's visit fetches no other language's words or fonts, up to and through a scenario", async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('./');
  await newPupil(page, 'Ava', 'Key Stage 1');
  await page.getByRole('button', { name: /^4\. Funny feeling/ }).click();
  await playSafely(page, level('levels/ks1/scenarios/ks1-04-funny-feeling.json'));
  await expect(page.getByText(statementWords('ks1', 'ks1-04'))).toBeVisible();
  expect(fetched.filter((path) => /words-en-/.test(path)).length).toBeGreaterThan(0);
  expect(fetched.filter((path) => /words-(?!en-)|noto-/.test(path))).toEqual([]);
  // Its letters come from the basic Latin font files, never the bigger ones for ŵ, ł and ș.
  expect(fetched.filter((path) => /andika-latin-\d/.test(path)).length).toBeGreaterThan(0);
  expect(fetched.filter((path) => /latin-ext/.test(path))).toEqual([]);
});

test('the first screens show every picture before the later ones have loaded, in a handful of requests', async ({
  page,
}) => {
  const pictures: string[] = [];
  page.on('request', (request) => {
    if (/\.(svg|png)$/.test(new URL(request.url()).pathname)) pictures.push(request.url());
  });
  // The later screens' code and pictures are held back: the first screens must not need them.
  let releaseLater = (): void => undefined;
  const later = new Promise<void>((resolve) => (releaseLater = resolve));
  await page.route(/\/assets\/(art-later|soq-world-map)-[^/]*\.js$/, async (route) => {
    await later;
    await route.continue();
  });
  const missing = (): Promise<string[]> =>
    page.evaluate(() => {
      const found: string[] = [];
      const visit = (root: Document | ShadowRoot): void => {
        for (const element of root.querySelectorAll('*')) {
          if (element.shadowRoot) visit(element.shadowRoot);
          if (element instanceof HTMLImageElement && !(element.complete && element.naturalWidth > 0))
            found.push(element.outerHTML.slice(0, 80));
          if (element instanceof HTMLImageElement && element.src.includes('2000/svg%22/%3E'))
            found.push(element.src);
        }
      };
      visit(document);
      return found;
    });
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  expect(await missing()).toEqual([]);
  await page.getByRole('button', { name: 'Play' }).click();
  await page.getByRole('textbox', { name: 'Your first name or nickname' }).fill('Pip');
  expect(await missing()).toEqual([]);
  await page.getByRole('button', { name: "Let's go!" }).click();
  await expect(page.getByRole('button', { name: /Key Stage 2/ })).toBeVisible();
  expect(await missing()).toEqual([]);
  releaseLater();
  await page.getByRole('button', { name: /Key Stage 2/ }).click();
  await expect(page.getByRole('heading', { name: 'Key Stage 2 quest map' })).toBeVisible();
  expect(await missing()).toEqual([]);
  // Pictures travel inside the scripts: none is a request of its own (the app icons aside).
  expect(pictures.filter((url) => !url.includes('/icons/'))).toEqual([]);
});
