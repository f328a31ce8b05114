import { expect, test, type Page } from '@playwright/test';
import { level, scenarioText, squash, statementIds, statementWords } from './content';
import { activate, tabTo, typeInto } from './keyboard';
import { pdfPages } from './pdf-text';
import { playStepByKeyboard } from './play-by-keyboard';

const funnyFeeling = level('levels/ks1/scenarios/ks1-04-funny-feeling.json');

async function playStep(page: Page, stepIndex: number): Promise<void> {
  const step = funnyFeeling.steps[stepIndex];
  if (!step) throw new Error(`no step ${stepIndex}`);
  await playStepByKeyboard(page, step);
}

test('a KS1 pupil plays, reloads mid-scenario, signs and prints with the keyboard alone', async ({
  page,
}) => {
  await page.goto('./');
  await activate(page, page.getByRole('button', { name: 'Play' }));
  await typeInto(page, page.getByRole('textbox', { name: 'Your first name or nickname' }), 'Ava');
  await activate(page, page.getByRole('button', { name: "Let's go!" }));
  await activate(page, page.getByRole('button', { name: /Key Stage 1/ }));

  const places = page.getByRole('list').getByRole('button');
  await expect(places).toHaveCount(statementIds('ks1').length);
  await activate(page, page.getByRole('button', { name: /^4\. Funny feeling: not started$/ }));

  // Play the first two steps, then reload in the middle of the scenario.
  await playStep(page, 0);
  await playStep(page, 1);
  const resumeStep = funnyFeeling.steps[2];
  await expect(page.getByText(scenarioText(resumeStep?.lines[0] ?? ''))).toBeVisible();
  await page.reload();
  await expect(page.getByText(scenarioText(resumeStep?.lines[0] ?? ''))).toBeVisible();

  for (let index = 2; index < funnyFeeling.steps.length; index += 1) await playStep(page, index);

  // The ending shows the statement itself.
  await expect(page.getByText(statementWords('ks1', 'ks1-04'))).toBeVisible();
  await activate(page, page.getByRole('button', { name: 'Back to the map' }));
  await expect(page.getByRole('button', { name: /^4\. Funny feeling: done$/ })).toBeVisible();

  // My Promise: every statement, page by page, then the trusted adults and a typed signature.
  await activate(page, page.getByRole('button', { name: 'My Promise' }));
  const seen = new Set<string>();
  while (await page.getByRole('button', { name: 'Next' }).isVisible()) {
    for (const id of statementIds('ks1')) {
      if (await page.getByText(statementWords('ks1', id), { exact: true }).isVisible()) seen.add(id);
    }
    await activate(page, page.getByRole('button', { name: 'Next' }));
  }
  expect([...seen].sort()).toEqual(statementIds('ks1').sort());

  await typeInto(page, page.getByRole('textbox', { name: 'at school' }), 'Mrs Khan');
  await typeInto(page, page.getByRole('textbox', { name: 'at home' }), 'Nana and Dad');
  await activate(page, page.getByRole('button', { name: 'Sign my promise' }));
  await expect(page.getByRole('alert')).toHaveText('Please draw your signature, or type your name to sign.');
  await typeInto(page, page.getByRole('textbox', { name: 'Or type your name to sign' }), 'Ava');
  await activate(page, page.getByRole('button', { name: 'Sign my promise' }));
  await expect(page.getByRole('status').filter({ hasText: /Signed on/ })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Print my promise' }));

  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  if (process.env.KEEP_PDF) (await import('node:fs')).writeFileSync(process.env.KEEP_PDF, pdf);
  const pages = await pdfPages(pdf);
  expect(pages).toHaveLength(1);
  const text = squash(pages.join(' '));
  expect(text).toContain('Ava');
  expect(text).toContain('Mrs Khan');
  for (const id of statementIds('ks1')) expect(text).toContain(squash(statementWords('ks1', id)));
  expect(text).not.toContain('Print my promise');
});
