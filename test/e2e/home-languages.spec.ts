import { expect, test, type Page } from '@playwright/test';
import { axeProblems } from './axe';
import { levelsOf, squash, statementIds, statementWords, type Level } from './content';
import {
  agreeToEvery,
  allowEarlySigning,
  newPupil,
  openClass,
  playSafely,
  showKeyStage2,
  startAtTheTitle,
} from './journey';
import { pdfPages } from './pdf-text';
import { sharePage } from './shared-page';
import { storyAndChoicesOnly, within, wordsIn, type Words } from './words-in';

// One device, three pupils: English (the device's language), Polish and Urdu, each playing in their own.
const scenario: Level | undefined = levelsOf('ks2').find(storyAndChoicesOnly);
const polish = wordsIn('pl');
const urdu = wordsIn('ur');
const arabic = wordsIn('ar');

let page: Page;
sharePage((opened) => (page = opened));

test.beforeAll(async () => {
  await openClass(page, true);
  await allowEarlySigning(page);
});

/** Back to the title as the next pupil finds it: a new visit, no pupil chosen. */
async function nextPupilsTurn(): Promise<void> {
  await startAtTheTitle(page);
}

/** From the title (in the device's English): a new pupil who chooses their own language. */
async function newPupilIn(name: string, language: string, words: Words): Promise<void> {
  await nextPupilsTurn();
  await page.getByRole('button', { name: 'Play' }).click();
  const newButton = page.getByRole('button', { name: "I'm new" });
  const nameBox = page.getByRole('textbox', { name: 'Your first name or nickname' });
  await expect(newButton.or(nameBox).first()).toBeVisible();
  if (await newButton.isVisible()) await newButton.click();
  await nameBox.fill(name);
  await page.getByRole('radio', { name: language }).check();
  await page.getByRole('button', { name: "Let's go!" }).click();
  await page.getByRole('button', { name: within(words.ui('keyStage.ks2')) }).click();
  await expect(
    page.getByRole('heading', { name: words.ui('map.heading', { keyStage: words.ui('keyStage.ks2') }) }),
  ).toBeVisible();
}

/** Opens the scenario's stop and plays it safely, finding every line and control by its translated words. */
async function playIn(words: Words, level: Level, check?: (what: string) => Promise<void>): Promise<void> {
  const number = Number(level.statement.slice(-2));
  await page
    .getByRole('button', {
      name: `${number}. ${words.place('ks2', level.statement)}: ${words.ui('map.status.not-started')}`,
    })
    .click();
  for (const step of level.steps) {
    await expect(page.getByText(words.scenario(step.lines[0] ?? ''), { exact: true })).toBeVisible();
    const safe = step.choices?.find((choice) => choice.safe);
    if (safe) {
      await page.getByRole('button', { name: words.scenario(safe.label) }).click();
      await expect(page.getByRole('status').filter({ hasText: words.scenario(safe.feedback) })).toBeVisible();
    }
    await check?.(step.id);
    await page.getByRole('button', { name: words.ui('common.next'), exact: true }).click();
  }
  await expect(page.getByText(words.statement('ks2', level.statement), { exact: true })).toBeVisible();
  await page.getByRole('button', { name: words.ui('scenario.backToMap') }).click();
}

/** My Promise in the pupil's language: agree to every statement, then sign with a typed name. */
async function signIn(words: Words, name: string): Promise<void> {
  await page.getByRole('button', { name: words.ui('map.promise') }).click();
  await expect(page.getByRole('heading', { name: words.ui('promise.heading') })).toBeVisible();
  for (;;) {
    const toAgree = page.getByRole('button', {
      name: new RegExp(`^${words.ui('promise.agreeTo', { number: '\\d+' })}$`),
      pressed: false,
    });
    while ((await toAgree.count()) > 0) await toAgree.first().click();
    const next = page.getByRole('button', { name: words.ui('common.next'), exact: true });
    if (!(await next.isVisible())) break;
    await next.click();
  }
  await page.getByRole('textbox', { name: words.ui('promise.typedLabel') }).fill(name);
  await page.getByRole('button', { name: words.ui('promise.sign') }).click();
  await expect(page.getByRole('button', { name: words.ui('promise.print') })).toBeVisible();
}

async function printed(): Promise<string> {
  const pages = await pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  return squash(pages.join(' ').normalize('NFKC'));
}

/** Whether the page can be scrolled sideways (it never should). */
async function scrollsSideways(): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

/** The document's language and direction now. */
async function documentLanguage(): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

test('there is a scenario of stories and choices to play in every language', () => {
  expect(scenario).toBeDefined();
});

test('an English pupil plays and signs in English, the device language', async () => {
  if (!scenario) throw new Error('no scenario');
  await nextPupilsTurn();
  await newPupil(page, 'Ava', 'Key Stage 2');
  expect(await documentLanguage()).toEqual({ lang: 'en', dir: 'ltr' });
  const number = Number(scenario.statement.slice(-2));
  await page.getByRole('button', { name: new RegExp(`^${number}\\. `) }).click();
  await playSafely(page, scenario);
  await page.getByRole('button', { name: 'Back to the map' }).click();
  await agreeToEvery(page);
  await page.getByRole('textbox', { name: 'Or type your name to sign' }).fill('Ava');
  await page.getByRole('button', { name: 'Sign my promise' }).click();
  await expect(page.getByRole('button', { name: 'Print my promise' })).toBeVisible();
});

test('a Polish pupil plays, signs and prints in Polish, with the school English beneath each statement', async () => {
  if (!scenario) throw new Error('no scenario');
  await newPupilIn('Ola', 'Polski', polish);
  expect(await documentLanguage()).toEqual({ lang: 'pl', dir: 'ltr' });
  const problems = await axeProblems(page, 'pl map');
  await playIn(
    polish,
    scenario,
    async (step) => void problems.push(...(await axeProblems(page, `pl ${step}`))),
  );
  await signIn(polish, 'Ola');
  problems.push(...(await axeProblems(page, 'pl signed promise')));
  expect(problems).toEqual([]);
  const text = await printed();
  for (const id of statementIds('ks2')) {
    expect(text).toContain(squash(polish.statement('ks2', id)));
    expect(text).toContain(squash(statementWords('ks2', id)));
  }
  expect(text).toContain(squash(polish.ui('promise.myNameIs')));
});

test('an Urdu pupil plays right to left, with nothing out of reach, and signs and prints in Urdu', async () => {
  test.setTimeout(150_000);
  if (!scenario) throw new Error('no scenario');
  await newPupilIn('سارہ', 'اردو', urdu);
  expect(await documentLanguage()).toEqual({ lang: 'ur', dir: 'rtl' });
  const problems: string[] = [];
  const sideways: string[] = [];
  const look = async (what: string): Promise<void> => {
    problems.push(...(await axeProblems(page, `ur ${what}`)));
    for (const size of [
      { width: 320, height: 640 },
      { width: 1366, height: 768 },
    ]) {
      await page.setViewportSize(size);
      if (await scrollsSideways()) sideways.push(`${what} at ${size.width}px`);
    }
  };
  await look('map');
  await playIn(urdu, scenario, (step) => look(`step ${step}`));
  await signIn(urdu, 'سارہ');
  await look('signed promise');
  expect(problems).toEqual([]);
  expect(sideways).toEqual([]);

  const certificate = page.locator('soq-certificate');
  await expect(certificate).toHaveAttribute('dir', 'rtl');
  await expect(certificate).toHaveAttribute('lang', 'ur');
  const text = await printed();
  for (const id of statementIds('ks2')) expect(text).toContain(squash(statementWords('ks2', id)));
  // Nastaliq's joined letters come out of a PDF's text layer in pieces, so the Urdu is read from the
  // printed page itself; the PDF must carry Urdu letters and every English statement.
  expect(text).toMatch(/[\u0600-\u06ff]/);
  await page.emulateMedia({ media: 'print' });
  for (const id of statementIds('ks2')) await expect(certificate).toContainText(urdu.statement('ks2', id));
  await page.emulateMedia({ media: null });
});

test('a pupil changes to Arabic in their settings: the game turns to Arabic, right to left, with no axe problems', async () => {
  await page.getByRole('button', { name: urdu.ui('common.map'), exact: true }).click();
  await page.getByRole('button', { name: urdu.ui('play.open') }).click();
  await page.getByRole('radio', { name: 'العربية' }).check();
  await expect(page.getByRole('button', { name: arabic.ui('play.open') })).toBeVisible();
  expect(await documentLanguage()).toEqual({ lang: 'ar', dir: 'rtl' });
  expect(await axeProblems(page, 'ar')).toEqual([]);
});

/** Every other language the game offers, by its own name (as the pupils' picker shows it). */
const otherLanguages = [
  { code: 'cy', name: 'Cymraeg', dir: 'ltr' },
  { code: 'ro', name: 'Română', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
] as const;

for (const { code, name, dir } of otherLanguages) {
  test(`${name}: the map, a story, a choice with its feedback and the settings, with no axe problems`, async () => {
    const words = wordsIn(code);
    if (!scenario) throw new Error('no scenario');
    await newPupilIn(`Pupil ${code}`, name, words);
    expect(await documentLanguage()).toEqual({ lang: code, dir });
    const problems = await axeProblems(page, `${code} map`);
    const [story, choice] = scenario.steps;
    await page
      .getByRole('button', { name: new RegExp(`^${Number(scenario.statement.slice(-2))}\\. `) })
      .click();
    await expect(page.getByText(words.scenario(story?.lines[0] ?? ''), { exact: true })).toBeVisible();
    problems.push(...(await axeProblems(page, `${code} story`)));
    await page.getByRole('button', { name: words.ui('common.next'), exact: true }).click();
    const safe = choice?.choices?.find((option) => option.safe);
    await page.getByRole('button', { name: words.scenario(safe?.label ?? '') }).click();
    await expect(
      page.getByRole('status').filter({ hasText: words.scenario(safe?.feedback ?? '') }),
    ).toBeVisible();
    problems.push(...(await axeProblems(page, `${code} feedback`)));
    await page.getByRole('button', { name: words.ui('play.open') }).click();
    problems.push(...(await axeProblems(page, `${code} settings`)));
    await page.getByRole('button', { name: words.ui('play.close') }).click();
    expect(problems).toEqual([]);
  });
}

test('the class prints as one job, each agreement in its pupil own language with the school English', async () => {
  await openClass(page, false);
  await showKeyStage2(page);
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: /^Print 3 signed agreements$/ }).click();
  // Each pupil's language loads before the pages are laid out for printing.
  await expect(page.locator('soq-certificate')).toHaveCount(3);
  const pages = (await pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).map((text) =>
    squash(text.normalize('NFKC')),
  );
  const polishStatement = squash(polish.statement('ks2', 'ks2-01'));
  const english = squash(statementWords('ks2', 'ks2-01'));
  const polishPages = pages.filter((text) => text.includes(polishStatement));
  expect(polishPages.length).toBeGreaterThan(0);
  expect(polishPages.every((text) => text.includes('Ola'))).toBe(true);
  expect(pages.filter((text) => text.includes(english)).length).toBeGreaterThanOrEqual(3);
  expect(pages.some((text) => /[\u0600-\u06ff]/.test(text))).toBe(true);
  expect(pages.join(' ')).toContain('Ava');
});
