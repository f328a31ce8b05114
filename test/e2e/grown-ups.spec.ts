import { expect, test, type Page } from '@playwright/test';
import { level, scenarioText, squash, useTrustedAtSchool } from './content';
import { agreeToEvery, newPupil } from './journey';
import { playStepByKeyboard } from './play-by-keyboard';
import { pdfPages } from './pdf-text';
import { pseudoLocalize } from '../../src/services/i18n/pseudo-locale';

const pin = '482915';

async function openGrownUps(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Grown-ups' }).click();
}

async function setUp(page: Page): Promise<void> {
  await openGrownUps(page);
  await page.getByLabel('New PIN').fill(pin);
  await page.getByLabel('The same PIN again').fill(pin);
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await expect(page.getByRole('tab', { name: 'School' })).toHaveAttribute('aria-selected', 'true');
}

test('first use: the teacher chooses a PIN and sets the school up; bad input gets a clear message', async ({
  page,
}) => {
  await openGrownUps(page);
  await page.getByLabel('New PIN').fill('12a4');
  await page.getByLabel('The same PIN again').fill('12a4');
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await expect(page.getByRole('alert')).toHaveText('Please use 4 to 8 digits, and only digits.');
  await page.getByLabel('New PIN').fill(pin);
  await page.getByLabel('The same PIN again').fill('482916');
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await expect(page.getByRole('alert')).toHaveText('The two PINs are not the same. Please type them again.');
  await page.getByLabel('New PIN').fill(pin);
  await page.getByLabel('The same PIN again').fill(pin);
  await page.getByRole('button', { name: 'Save PIN' }).click();

  const name = page.getByRole('textbox', { name: 'School name' });
  const address = page.getByRole('textbox', { name: /Web address/ });
  await name.fill('   ');
  await address.fill('not a web address');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: "Please type the school's name." })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Please type a full web address' })).toBeVisible();
  await expect(address).toHaveValue('not a web address');

  await name.fill('<b>Oak Tree</b> Primary');
  await address.fill('https://oaktree.example/policies');
  await page.getByRole('textbox', { name: 'Trusted adult 1' }).fill('Mrs Khan');
  await page.getByRole('checkbox', { name: 'Key Stage 2' }).uncheck();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toHaveText('Saved.');

  await page.reload();
  await page.getByRole('button', { name: 'Grown-ups' }).click();
  await page.getByLabel('PIN').fill(pin);
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('textbox', { name: 'School name' })).toHaveValue('<b>Oak Tree</b> Primary');
  await expect(page.getByRole('textbox', { name: 'Trusted adult 1' })).toHaveValue('Mrs Khan');
  await expect(page.getByRole('checkbox', { name: 'Key Stage 2' })).not.toBeChecked();
});

test('the gate refuses wrong PINs, then makes a guesser wait; a forgotten PIN resets without losing pupils', async ({
  page,
}) => {
  await setUp(page);
  await page.getByRole('button', { name: 'Back to the game' }).click();
  await newPupil(page, 'Pip', 'Key Stage 1');
  await page.getByRole('button', { name: 'Home', exact: true }).click();

  await page.getByRole('button', { name: 'Grown-ups' }).click();
  for (const guess of ['1234', '0000']) {
    await page.getByLabel('PIN').fill(guess);
    await page.getByRole('button', { name: 'Open' }).click();
    await expect(page.getByRole('alert')).toHaveText('That PIN does not match. Please try again.');
  }
  await page.getByLabel('PIN').fill('1111');
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('alert')).toHaveText('Too many tries. Please wait a minute, then try again.');
  // Even the right PIN waits now.
  await page.getByLabel('PIN').fill(pin);
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('alert')).toHaveText('Too many tries. Please wait a minute, then try again.');
  await expect(page.getByRole('tab', { name: 'School' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Forgotten the PIN?' }).click();
  await page.getByRole('textbox', { name: 'Type the sentence' }).fill('I am a grown up');
  await page.getByRole('button', { name: 'Reset the PIN' }).click();
  await expect(page.getByRole('alert')).toContainText('not quite the same');
  await page.getByRole('textbox', { name: 'Type the sentence' }).fill('I am a grown-up and I want a new PIN');
  await page.getByRole('button', { name: 'Reset the PIN' }).click();
  await page.getByLabel('New PIN').fill('2468');
  await page.getByLabel('The same PIN again').fill('2468');
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await expect(page.getByRole('tab', { name: 'School' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the game' }).click();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Play as Pip' })).toBeVisible();
});

test("the school's trusted adults and name reach the scenarios, My Promise and the print", async ({
  page,
}) => {
  await setUp(page);
  await page.getByRole('textbox', { name: 'School name' }).fill('Oak Tree Primary');
  await page.getByRole('textbox', { name: /Web address/ }).fill('https://oaktree.example/policies');
  // Trusted adults are a list of names: one box each, added and removed.
  await page.getByRole('textbox', { name: 'Trusted adult 1' }).fill('Mrs Khan');
  await page.getByRole('button', { name: 'Add a name' }).click();
  await page.getByRole('textbox', { name: 'Trusted adult 2' }).fill('Mr Jones');
  await page.getByRole('button', { name: 'Add a name' }).click();
  await page.getByRole('textbox', { name: 'Trusted adult 3' }).fill('Mr Lee');
  await page.getByRole('button', { name: 'Remove Mr Jones' }).click();
  await expect(page.getByRole('textbox', { name: 'Trusted adult 2' })).toHaveValue('Mr Lee');
  await page.getByRole('checkbox', { name: /may sign My Promise before/ }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Back to the game' }).click();
  await newPupil(page, 'Ivy', 'Key Stage 1');

  // A KS1 choice names the first alone ("Ask Mrs Khan"); a story line names them all ("Mrs Khan or Mr Lee").
  useTrustedAtSchool(['Mrs Khan', 'Mr Lee']);
  const scenario = level('levels/ks1/scenarios/ks1-02-ask.json');
  const named = scenario.steps
    .flatMap((step) => step.choices ?? [])
    .find((choice) => scenarioText(choice.label) === 'Ask Mrs Khan');
  expect(named?.safe).toBe(true);
  const allNamed = scenario.steps.flatMap((step) => step.lines).map(scenarioText);
  expect(allNamed.some((line) => line.includes('Mrs Khan or Mr Lee'))).toBe(true);
  await page.getByRole('button', { name: /^2\. / }).click();
  for (const step of scenario.steps) await playStepByKeyboard(page, step, 'first-time');
  useTrustedAtSchool();

  await page.getByRole('button', { name: 'Back to the map' }).click();
  await agreeToEvery(page);
  await expect(page.getByRole('textbox', { name: 'at school' })).toHaveValue('Mrs Khan and Mr Lee');
  await page.getByRole('textbox', { name: 'Or type your name to sign' }).fill('Ivy');
  await page.getByRole('button', { name: 'Sign my promise' }).click();
  const text = squash((await pdfPages(await page.pdf({ format: 'A4' }))).join(' '));
  expect(text).toContain('Oak Tree Primary');
  expect(text).toContain("read Oak Tree Primary's full Online Safety Policy");
  expect(text).toContain('https://oaktree.example/policies');
  expect(text).toContain('at school: Mrs Khan and Mr Lee');
});

test('a school logo: bad files are refused with a reason, a picture is resized and printed', async ({
  page,
}) => {
  await setUp(page);
  const input = page.getByLabel('School logo (optional)');
  await input.setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('<script>alert(1)</script>'),
  });
  await expect(page.getByRole('alert')).toContainText('not a picture we can use');
  await input.setInputFiles({
    name: 'huge.png',
    mimeType: 'image/png',
    buffer: Buffer.alloc(6 * 1024 * 1024),
  });
  await expect(page.getByRole('alert')).toContainText('That picture is too big');
  await input.setInputFiles({
    name: 'broken.png',
    mimeType: 'image/png',
    buffer: Buffer.from('not really a png'),
  });
  await expect(page.getByRole('alert')).toContainText('not a picture we can use');

  const picture = await page.screenshot({ clip: { x: 0, y: 0, width: 1200, height: 900 } });
  await input.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: picture });
  const preview = page.getByRole('img', { name: "Your school's logo" });
  await expect(preview).toBeVisible();
  const size = await preview.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
  expect(size[0]).toBeLessThanOrEqual(600);
  expect(size[1]).toBeLessThanOrEqual(300);
  await page.getByRole('textbox', { name: 'School name' }).fill('Elm Primary');
  await page.getByRole('radio', { name: 'Pupil and parent or carer' }).check();
  await page.getByRole('checkbox', { name: /may sign My Promise before/ }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toHaveText('Saved.');

  await page.getByRole('button', { name: 'Back to the game' }).click();
  await newPupil(page, 'Leo', 'Key Stage 2');
  await agreeToEvery(page);
  await page.getByRole('textbox', { name: 'Or type your name to sign' }).fill('Leo');
  await page.getByRole('button', { name: 'Sign my promise' }).click();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
  const text = squash((await pdfPages(pdf)).join(' '));
  expect(text).toContain('Parent or carer signature');
  expect(text).toContain('Elm Primary');
});

test("the school's language: the game switches at once, and stays switched after a reload", async ({
  page,
}) => {
  await setUp(page);
  await page.getByRole('textbox', { name: 'School name' }).fill('Hill Primary');
  await page
    .getByRole('combobox', { name: 'Game language' })
    .selectOption({ label: 'Pseudo-English (to check that translations fit)' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('tab', { name: pseudoLocalize('School') })).toBeVisible();
  await page.getByRole('button', { name: pseudoLocalize('Back to the game') }).click();
  await expect(page.getByRole('button', { name: pseudoLocalize('Play') })).toBeVisible();
  // The next visit paints its title before the school's settings have loaded: every frame of it, the
  // first included, is in the school's language.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Reflect.set(window, 'playButtonWords', seen);
    const look = (): void => {
      const title = document.querySelector('soq-app')?.shadowRoot?.querySelector('soq-title-screen');
      const words = title?.shadowRoot?.querySelector('button.play')?.textContent?.trim();
      if (words && seen.at(-1) !== words) seen.push(words);
      if (performance.now() < 10_000) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.reload();
  await expect(page.getByRole('button', { name: pseudoLocalize('Play') })).toBeVisible();
  const seen = await page.evaluate((): unknown => Reflect.get(window, 'playButtonWords'));
  expect(seen).toEqual([pseudoLocalize('Play')]);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('button', { name: pseudoLocalize('Grown-ups') }).click();
  await page.getByLabel(pseudoLocalize('PIN')).fill(pin);
  await page.getByRole('button', { name: pseudoLocalize('Open') }).click();
  await page.getByRole('combobox').selectOption('en');
  await page.getByRole('button', { name: pseudoLocalize('Save'), exact: true }).click();
  await expect(page.getByRole('tab', { name: 'School' })).toBeVisible();
});
