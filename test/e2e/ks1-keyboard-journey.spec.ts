import { expect, test, type Page } from '@playwright/test';
import { aup, level, levelsOf, scenarioText, squash, statementIds, statementWords } from './content';
import { activate, tabTo, typeInto } from './keyboard';
import { pdfPages } from './pdf-text';
import { expectedStars, playScenarioByKeyboard, playStepByKeyboard } from './play-by-keyboard';

const funnyFeeling = level('levels/ks1/scenarios/ks1-04-funny-feeling.json');

async function playStep(page: Page, stepIndex: number): Promise<void> {
  const step = funnyFeeling.steps[stepIndex];
  if (!step) throw new Error(`no step ${stepIndex}`);
  await playStepByKeyboard(page, step);
}

test('a KS1 pupil plays, reloads mid-scenario, signs and prints with the keyboard alone', async ({
  page,
}) => {
  // Eleven scenarios by Tab alone, each starting from its heading.
  test.setTimeout(360_000);
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
  const stars = expectedStars(funnyFeeling, 'with-mistakes');
  await expect(
    page.getByRole('button', { name: `4. Funny feeling: done, ${stars} of 3 stars`, exact: true }),
  ).toBeVisible();

  // My Promise waits until every adventure is played, and offers the way to each.
  await activate(page, page.getByRole('button', { name: 'My Promise' }));
  const firstPromise = page.getByText(statementWords('ks1', 'ks1-01'), { exact: true });
  await expect(firstPromise).toBeVisible();
  while (await page.getByRole('button', { name: 'Next', exact: true }).isVisible()) {
    await activate(page, page.getByRole('button', { name: 'Next', exact: true }));
  }
  await expect(page.getByRole('status')).toHaveText(
    `Play every adventure before you sign: ${statementIds('ks1').length - 1} to go.`,
  );
  const others = levelsOf('ks1').filter((scenario) => scenario.statement !== 'ks1-04');
  const [first, ...rest] = others;
  if (!first) throw new Error('no other scenarios');
  await activate(page, page.getByRole('button', { name: `Play 1. ${aup.ks1.places['ks1-01'] ?? ''} first` }));
  // Funny feeling was played with a mistake at each step; the rest go right first time (ks1-all-scenarios
  // plays every scenario's mistakes), so the journey stays within its time on a busy machine.
  await playScenarioByKeyboard(page, first, 'first-time');
  await activate(page, page.getByRole('button', { name: 'Back to the map' }));
  for (const scenario of rest) {
    const number = Number(scenario.statement.slice(-2));
    await activate(page, page.getByRole('button', { name: new RegExp(`^${number}\\. .*: not started$`) }));
    await playScenarioByKeyboard(page, scenario, 'first-time');
    await activate(page, page.getByRole('button', { name: 'Back to the map' }));
  }

  // Every statement, page by page: the pupil agrees to each one, but forgets the last.
  await activate(page, page.getByRole('button', { name: 'My Promise' }));
  await expect(firstPromise).toBeVisible();
  const seen = new Set<string>();
  const ids = statementIds('ks1');
  for (;;) {
    for (const id of ids) {
      if (!(await page.getByText(statementWords('ks1', id), { exact: true }).isVisible())) continue;
      seen.add(id);
      if (id !== ids.at(-1))
        await activate(
          page,
          page.getByRole('button', { name: `I agree to promise ${Number(id.slice(-2))}` }),
        );
    }
    if (!(await page.getByRole('button', { name: 'Next', exact: true }).isVisible())) break;
    await activate(page, page.getByRole('button', { name: 'Next', exact: true }));
  }
  expect([...seen].sort()).toEqual([...ids].sort());

  await typeInto(page, page.getByRole('textbox', { name: 'at school' }), 'Mrs Khan');
  await typeInto(page, page.getByRole('textbox', { name: 'at home' }), 'Nana and Dad');
  await activate(page, page.getByRole('button', { name: 'Sign my promise' }));
  await expect(page.getByRole('alert').filter({ hasText: 'Please draw your signature' })).toHaveText(
    'Please draw your signature, or type your name to sign.',
  );
  await typeInto(page, page.getByRole('textbox', { name: 'Or type your name to sign' }), 'Ava');
  await activate(page, page.getByRole('button', { name: 'Sign my promise' }));
  await expect(page.getByRole('alert')).toContainText('Please agree to every promise first: 1 to go.');
  await activate(page, page.getByRole('button', { name: 'Show me' }));
  await activate(page, page.getByRole('button', { name: `I agree to promise ${ids.length}` }));
  await activate(page, page.getByRole('button', { name: 'Next', exact: true }));
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
