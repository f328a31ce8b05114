import { expect, test, type Page } from '@playwright/test';
import { sharePage } from './shared-page';
import { axeProblems } from './axe';
import { level } from './content';
import { newPupil, openClass, agreeToEvery, allowEarlySigning } from './journey';
import { playStepByKeyboard } from './play-by-keyboard';
import { within } from './words-in';
import { pseudoLocalize } from '../../src/services/i18n/pseudo-locale';

/**
 * axe-core (WCAG 2.2 AA) on every screen and every step kind of both key stages, with feedback
 * showing, the print view and every grown-ups tab. One page is shared: each check builds on the last.
 */
let page: Page;
const problems: string[] = [];
const check = async (what: string): Promise<void> => void problems.push(...(await axeProblems(page, what)));

sharePage((opened) => (page = opened));
test.beforeEach(() => void problems.splice(0));

/** A new tab starts at the title (a reloaded one goes back to where it was, as pupils expect). */
async function newTab(): Promise<void> {
  const fresh = await page.context().newPage();
  await page.close();
  page = fresh;
}

async function playChecking(file: string, number: number, atStart?: () => Promise<void>): Promise<void> {
  const scenario = level(file);
  await page.getByRole('button', { name: new RegExp(`^${number}\\. .*: not started`) }).click();
  await atStart?.();
  for (const step of scenario.steps) {
    await check(`${scenario.statement} ${step.kind} ${step.id}`);
    await playStepByKeyboard(page, step, 'with-mistakes', (what) => check(`${scenario.statement} ${what}`));
  }
  await expect(page.getByRole('button', { name: 'Back to the map' })).toBeVisible();
  await check(`${scenario.statement} ending`);
  await page.getByRole('button', { name: 'Back to the map' }).click();
}

test('grown-ups: every tab', async () => {
  test.setTimeout(120_000);
  await openClass(page, true);
  await check('grown-ups class tab');
  await page.getByRole('tab', { name: 'Wording' }).click();
  await check('grown-ups wording tab');
  await allowEarlySigning(page);
  await check('grown-ups school tab');
  await page.getByRole('button', { name: 'Back to the game' }).click();
  await check('title');
  expect(problems).toEqual([]);
});

test('KS1: the picker, the map, every step kind with feedback, the settings, My Promise and its print view', async () => {
  test.setTimeout(240_000);
  await page.getByRole('button', { name: 'Play' }).click();
  await check('new pupil form');
  await page.getByRole('textbox', { name: 'Your first name or nickname' }).fill('Ada');
  await page.getByRole('button', { name: "Let's go!" }).click();
  await check('key stage picker');
  await page.getByRole('button', { name: /Key Stage 1/ }).click();
  await expect(page.getByRole('heading', { name: 'Key Stage 1 quest map' })).toBeVisible();
  await playChecking('levels/ks1/scenarios/ks1-10-sharing.json', 10, async () => {
    await page.getByRole('button', { name: 'How I like to play' }).click();
    await check('How I like to play');
    await page.getByRole('button', { name: 'Done' }).click();
  });
  await agreeToEvery(page);
  await check('KS1 My Promise signing');
  await page.getByRole('textbox', { name: /name/i }).first().fill('Ada');
  await page.emulateMedia({ media: 'print' });
  await check('KS1 print view');
  await page.emulateMedia({ media: 'screen' });
  expect(problems).toEqual([]);
});

test('KS2: every step kind with feedback (chat, sort, match, spot, password)', async () => {
  test.setTimeout(240_000);
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await page.getByRole('button', { name: 'Change quest' }).click();
  await page.getByRole('button', { name: /Key Stage 2/ }).click();
  await playChecking('levels/ks2/scenarios/ks2-06-passwords.json', 6);
  await playChecking('levels/ks2/scenarios/ks2-04-being-creative.json', 4);
  await playChecking('levels/ks2/scenarios/ks2-24-researching.json', 24);
  expect(problems).toEqual([]);
});

for (const variant of ['dark', 'pseudo-locale', 'right-to-left'] as const) {
  test(`${variant}: title, map, a scenario, the settings`, async () => {
    test.setTimeout(180_000);
    await newTab();
    await page.emulateMedia({ colorScheme: variant === 'dark' ? 'dark' : 'light' });
    await page.goto(variant === 'pseudo-locale' ? './?lng=en-XA' : './');
    if (variant === 'right-to-left')
      await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
    await check(`${variant} title`);
    if (variant === 'pseudo-locale') {
      // Every word pseudo-English (accented, 40% longer): the pupil's way in, a map, a story and the settings.
      await page.getByRole('button', { name: pseudoLocalize('Play') }).click();
      const newPupilButton = page.getByRole('button', { name: pseudoLocalize("I'm new") });
      const nameBox = page.getByRole('textbox', { name: pseudoLocalize('Your first name or nickname') });
      await expect(newPupilButton.or(nameBox).first()).toBeVisible();
      if (await newPupilButton.isVisible()) await newPupilButton.click();
      await nameBox.fill('Rin');
      await page.getByRole('button', { name: pseudoLocalize("Let's go!") }).click();
      await page.getByRole('button', { name: within(pseudoLocalize('Key Stage 2')) }).click();
      await check(`${variant} map`);
      await page.getByRole('button', { name: /^5\. / }).click();
      await expect(page.getByRole('button', { name: pseudoLocalize('Next'), exact: true })).toBeVisible();
      await check(`${variant} story`);
      await page.getByRole('button', { name: pseudoLocalize('How I like to play') }).click();
      await check(`${variant} How I like to play`);
      await page.getByRole('button', { name: pseudoLocalize('Done') }).click();
    } else {
      await newPupil(page, `Rin ${variant === 'dark' ? 'Dark' : 'Side'}`, 'Key Stage 2');
      const scenario = level('levels/ks2/scenarios/ks2-05-being-a-friend.json');
      await page.getByRole('button', { name: /^5\. / }).click();
      const [story, chat] = scenario.steps;
      if (story) await playStepByKeyboard(page, story);
      await check(`${variant} chat`);
      if (chat) await playStepByKeyboard(page, chat, 'with-mistakes', (what) => check(`${variant} ${what}`));
      await page.getByRole('button', { name: 'How I like to play' }).click();
      await check(`${variant} How I like to play`);
      await page.getByRole('button', { name: 'Done' }).click();
    }
    expect(problems).toEqual([]);
  });
}

test('the KS1 and KS2 maps', async () => {
  await newTab();
  await page.goto('./');
  await newPupil(page, 'Map Reader', 'Key Stage 1');
  await check('KS1 map');
  await page.getByRole('button', { name: 'Change quest' }).click();
  await page.getByRole('button', { name: /Key Stage 2/ }).click();
  await check('KS2 map');
  expect(problems).toEqual([]);
});
