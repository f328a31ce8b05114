import { expect, test } from '@playwright/test';
import { aup, levelsOf, scenarioText, statementIds, statementWords } from './content';
import { activate, typeInto } from './keyboard';
import { expectedStars, playScenarioByKeyboard, playStepByKeyboard } from './play-by-keyboard';

const scenarios = levelsOf('ks1');

test('every KS1 statement has a scenario', () => {
  expect(scenarios.map((scenario) => scenario.statement)).toEqual(statementIds('ks1'));
});

/** Half the scenarios each, so a slow machine gives each half its own time; between them, all 11. */
const halves = [scenarios.slice(0, 6), scenarios.slice(6)] as const;

for (const [half, played] of halves.entries()) {
  const pupil = ['Robin', 'Sky'][half] ?? 'Robin';
  test(`KS1 scenarios ${played[0]?.statement} to ${played.at(-1)?.statement} play to their statement with the keyboard alone, and show as done`, async ({
    page,
  }) => {
    test.setTimeout(200_000);
    await page.goto('./');
    await activate(page, page.getByRole('button', { name: 'Play' }));
    await typeInto(page, page.getByRole('textbox', { name: 'Your first name or nickname' }), pupil);
    await activate(page, page.getByRole('button', { name: "Let's go!" }));
    await activate(page, page.getByRole('button', { name: /Key Stage 1/ }));

    for (const scenario of played) {
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
    const stars = played.reduce((sum, scenario) => sum + expectedStars(scenario, 'with-mistakes'), 0);
    await expect(page.getByRole('status').filter({ hasText: pupil })).toHaveText(
      `${pupil}: ${played.length} of ${scenarios.length} done · ${stars} stars`,
    );
    // A done scenario opens at its start to play again, and stays done.
    const first = played[0];
    if (!first) throw new Error('no scenarios');
    const firstStop = `${Number(first.statement.slice(-2))}. ${aup.ks1.places[first.statement] ?? ''}: done`;
    await activate(page, page.getByRole('button', { name: firstStop }));
    await playScenarioByKeyboard(page, first);
    await activate(page, page.getByRole('button', { name: 'Back to the map' }));
    await expect(page.getByRole('button', { name: firstStop })).toBeVisible();
  });
}
