import { expect, test } from '@playwright/test';
import { aup, levelsOf, scenarioText, statementIds, statementWords } from './content';
import { activate, typeInto } from './keyboard';
import { expectedStars, playScenarioByKeyboard, playStepByKeyboard } from './play-by-keyboard';

const scenarios = levelsOf('ks1');

test('every KS1 statement has a scenario', () => {
  expect(scenarios.map((scenario) => scenario.statement)).toEqual(statementIds('ks1'));
});

test('all KS1 scenarios play to their statement with the keyboard alone, and show as done', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('./');
  await activate(page, page.getByRole('button', { name: 'Play' }));
  await typeInto(page, page.getByRole('textbox', { name: 'Your first name or nickname' }), 'Robin');
  await activate(page, page.getByRole('button', { name: "Let's go!" }));
  await activate(page, page.getByRole('button', { name: /Key Stage 1/ }));

  for (const scenario of scenarios) {
    const number = Number(scenario.statement.slice(-2));
    const place = aup.ks1.places[scenario.statement] ?? '';
    await activate(page, page.getByRole('button', { name: `${number}. ${place}: not started` }));

    // Halfway through one scenario, the tab reloads: the pupil is back on the same step.
    const middle = Math.floor(scenario.steps.length / 2);
    for (const [index, step] of scenario.steps.entries()) {
      if (number === 8 && index === middle) {
        await page.reload();
        await expect(page.getByText(scenarioText(step.lines[0] ?? ''), { exact: true })).toBeVisible();
      }
      await playStepByKeyboard(page, step);
    }
    await expect(page.getByText(statementWords('ks1', scenario.statement), { exact: true })).toBeVisible();
    await activate(page, page.getByRole('button', { name: 'Back to the map' }));
    await expect(page.getByRole('button', { name: `${number}. ${place}: done` })).toBeVisible();
  }
  const stars = scenarios.reduce((sum, scenario) => sum + expectedStars(scenario, 'with-mistakes'), 0);
  await expect(page.getByRole('status').filter({ hasText: 'Robin' })).toHaveText(
    `Robin: ${scenarios.length} of ${scenarios.length} done · ${stars} stars`,
  );
  // A done scenario opens at its start to play again, and stays done.
  const first = scenarios[0];
  if (!first) throw new Error('no scenarios');
  await activate(
    page,
    page.getByRole('button', { name: `1. ${aup.ks1.places[first.statement] ?? ''}: done` }),
  );
  await playScenarioByKeyboard(page, first);
  await activate(page, page.getByRole('button', { name: 'Back to the map' }));
  await expect(
    page.getByRole('button', { name: `1. ${aup.ks1.places[first.statement] ?? ''}: done` }),
  ).toBeVisible();
});
