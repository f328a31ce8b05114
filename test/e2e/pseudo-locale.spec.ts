import { expect, test, type Page } from '@playwright/test';
import { pseudoLocalize } from '../../src/services/i18n/pseudo-locale';
import { level, scenarioText } from './content';
import { allowEarlySigning, openClass } from './journey';
import { layoutProblems } from './layout-probe';

const name = 'Zed';

/** Every visible piece of text on the page that still has plain English letters in it. */
async function untranslated(page: Page): Promise<string[]> {
  return page.evaluate((pupil) => {
    const found: string[] = [];
    const walk = (node: Node): void => {
      if (node instanceof Element) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden') return;
        if (node.shadowRoot) walk(node.shadowRoot);
        for (const label of [
          node.getAttribute('aria-label'),
          node.getAttribute('title'),
          node.getAttribute('alt'),
        ]) {
          if (label && /[A-Za-z]/.test(label.replaceAll(pupil, ''))) found.push(label);
        }
      }
      if (node.nodeType === Node.TEXT_NODE && node.parentElement?.closest('style, script') === null) {
        const text = (node.textContent ?? '').replaceAll(pupil, '');
        if (/[A-Za-z]/.test(text)) found.push(text.trim());
      }
      for (const child of node.childNodes) walk(child);
    };
    walk(document.body);
    return found;
  }, name);
}

async function expectTranslatedAndUnclipped(page: Page, screen: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(await untranslated(page), `English left on ${screen}`).toEqual([]);
  expect(await layoutProblems(page), `clipping on ${screen}`).toEqual([]);
}

const p = pseudoLocalize;

test('the pseudo-locale walk finds no untranslated English and no clipped control', async ({ page }) => {
  // The school lets pupils sign early, so the signing page is walked too.
  await openClass(page, true);
  await allowEarlySigning(page);
  await page.goto('./?lng=en-XA');
  await expect(page.getByRole('button', { name: p('Play') })).toBeVisible();
  await expectTranslatedAndUnclipped(page, 'title');
  await page.getByRole('button', { name: p('Play') }).click();
  await page.getByRole('textbox', { name: p('Your first name or nickname') }).fill(name);
  await page.getByRole('button', { name: p("Let's go!") }).click();
  await page.getByRole('button', { name: new RegExp(p('Key Stage 1').replace(/[[\]]/g, '\\$&')) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectTranslatedAndUnclipped(page, 'KS1 map');

  const scenario = level('levels/ks1/scenarios/ks1-04-funny-feeling.json');
  await page.getByRole('listitem').nth(3).getByRole('button').click();
  for (const step of scenario.steps) {
    await expect(page.getByText(p(scenarioText(step.lines[0] ?? '')))).toBeVisible();
    await expectTranslatedAndUnclipped(page, `scenario step ${step.id}`);
    if (step.kind === 'choice') {
      const safe = (step.choices ?? []).find((choice) => choice.safe);
      await page.getByRole('button', { name: p(scenarioText(safe?.label ?? '')) }).click();
      await expectTranslatedAndUnclipped(page, `feedback on ${step.id}`);
    }
    if (step.kind === 'feelings') {
      const answer = (step.places ?? []).find((place) => place.id === step.answer);
      await page.getByRole('button', { name: p(scenarioText(answer?.label ?? '')) }).click();
      await page.getByRole('button', { name: p('Big') }).click();
      await expectTranslatedAndUnclipped(page, `feelings check ${step.id}`);
    }
    await page.getByRole('button', { name: p('Next') }).click();
  }
  await expectTranslatedAndUnclipped(page, 'scenario ending');

  await page.getByRole('button', { name: p('Back to the map') }).click();
  await page.getByRole('button', { name: p('My Promise') }).click();
  await expect(page.getByRole('heading', { name: p('My Promise') })).toBeVisible();
  while (await page.getByRole('button', { name: p('Next') }).isVisible()) {
    await expectTranslatedAndUnclipped(page, 'My Promise statements');
    await page.getByRole('button', { name: p('Next') }).click();
  }
  // In KS2 nothing is played yet, but this school lets pupils sign early.
  await page.getByRole('button', { name: p('Map') }).click();
  await page.getByRole('button', { name: p('Change quest') }).click();
  await page.getByRole('button', { name: new RegExp(p('Key Stage 2').replace(/[[\]]/g, '\\$&')) }).click();
  await page.getByRole('button', { name: p('My Promise') }).click();
  await expect(page.getByRole('heading', { name: p('My Promise') })).toBeVisible();
  while (await page.getByRole('button', { name: p('Next') }).isVisible()) {
    await page.getByRole('button', { name: p('Next') }).click();
  }
  await page.getByRole('button', { name: p('Sign my promise') }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectTranslatedAndUnclipped(page, 'My Promise signing');
});
