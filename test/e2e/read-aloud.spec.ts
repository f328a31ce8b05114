import { expect, test, type Page } from '@playwright/test';
import { sharePage } from './shared-page';
import { level } from './content';
import { giveTheDeviceAVoice, spoken } from './fake-voice';
import { newPupil } from './journey';
import { playStepByKeyboard } from './play-by-keyboard';

/**
 * A child who cannot read hears every word on a KS1 step: its lines, each choice, thing and box, the
 * feedback, the class question and the stars. One page for the spec; the voice is a logged fake.
 */
let page: Page;

sharePage((opened) => (page = opened), { width: 1280, height: 720 });

test.beforeAll(async () => {
  await giveTheDeviceAVoice(page);
  await page.goto('./');
  await newPupil(page, 'Listener', 'Key Stage 1');
});

/** Every piece of text the scenario's words and controls show, bar the Back and Next buttons. */
function wordsOnScreen(): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walk = (node: Node): void => {
      if (node instanceof Element) {
        if (node.matches('.nav, .visually-hidden, [aria-hidden="true"], soq-read-aloud')) return;
        if (node.shadowRoot) walk(node.shadowRoot);
      }
      if (node.nodeType === Node.TEXT_NODE) {
        const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text) texts.push(text);
      }
      node.childNodes.forEach(walk);
    };
    const panel = document
      .querySelector('soq-app')
      ?.shadowRoot?.querySelector('soq-scenario-view')
      ?.shadowRoot?.querySelector('soq-scenario-panel');
    if (panel?.shadowRoot) walk(panel.shadowRoot);
    return texts;
  });
}

async function expectAllSpoken(what: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const heard = (await spoken(page)).map((entry) => entry.text ?? '').join(' ');
        return (await wordsOnScreen()).filter((text) => !heard.includes(text));
      },
      { message: `words not read aloud on ${what}` },
    )
    .toEqual([]);
}

test('every word of every KS1 step kind is read aloud: story, sort, choice, feedback, ending', async () => {
  test.setTimeout(120_000);
  const scenario = level('levels/ks1/scenarios/ks1-10-sharing.json');
  await page.getByRole('button', { name: /^10\. / }).click();
  for (const step of scenario.steps) {
    await expectAllSpoken(step.id);
    await playStepByKeyboard(page, step, 'with-mistakes', (what) => expectAllSpoken(what));
  }
  await expect(page.getByRole('button', { name: 'Back to the map' })).toBeVisible();
  await expectAllSpoken('the ending and its stars');
  expect((await spoken(page)).some((entry) => entry.text?.startsWith('You earned'))).toBe(true);
});

test('a choice is read again when it is reached with Tab', async () => {
  await page.getByRole('button', { name: 'Play again' }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const first = page.getByRole('list', { name: 'Things to sort' }).getByRole('button').first();
  const label = (await first.getAttribute('aria-label')) ?? '';
  await first.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe(label);
});

test('with the voice off, nothing is spoken; Sound off silences the voice too', async () => {
  await page.getByRole('button', { name: 'How I like to play' }).click();
  await page.getByRole('checkbox', { name: 'Read the words to me' }).uncheck();
  await page.getByRole('button', { name: 'Done' }).click();
  const before = (await spoken(page)).length;
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.keyboard.press('r');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Read again' })).toHaveCount(0);
  expect((await spoken(page)).length).toBe(before);

  // The sound switch: off silences effects and voice together; on brings both back.
  await page.getByRole('button', { name: 'Sound on' }).click();
  await page.getByRole('button', { name: 'Sound off' }).click();
  await page.keyboard.press('r');
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(before);
  await page.getByRole('button', { name: 'Sound on' }).click();
  const after = (await spoken(page)).length;
  await page.keyboard.press('r');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Sound off' })).toHaveAttribute('aria-pressed', 'false');
  expect((await spoken(page)).length).toBe(after);
});
