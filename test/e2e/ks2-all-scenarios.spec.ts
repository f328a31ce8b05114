import { expect, test } from '@playwright/test';
import { aup, levelsOf, scenarioText, statementIds, statementWords } from './content';
import { activate, typeInto } from './keyboard';
import {
  expectedStars,
  playScenarioByKeyboard,
  playStepByKeyboard,
  type PlayStyle,
} from './play-by-keyboard';

const scenarios = levelsOf('ks2');

test('every KS2 statement has a scenario', () => {
  expect(scenarios.map((scenario) => scenario.statement)).toEqual(statementIds('ks2'));
});

test('every KS2 mechanic is played somewhere: at least six kinds of step', () => {
  const kinds = new Set(scenarios.flatMap((scenario) => scenario.steps.map((step) => step.kind)));
  kinds.delete('story');
  expect(kinds.size).toBeGreaterThanOrEqual(6);
});

test('all KS2 scenarios play to their statement with the keyboard alone, and show as done with their stars', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.goto('./');
  await activate(page, page.getByRole('button', { name: 'Play' }));
  await typeInto(page, page.getByRole('textbox', { name: 'Your first name or nickname' }), 'Zara');
  await activate(page, page.getByRole('button', { name: "Let's go!" }));
  await activate(page, page.getByRole('button', { name: /Key Stage 2/ }));

  let totalStars = 0;
  for (const [index, scenario] of scenarios.entries()) {
    const number = Number(scenario.statement.slice(-2));
    const place = aup.ks2.places[scenario.statement] ?? '';
    // Every other scenario is played safely first time; the rest with a less safe try at each step.
    const style: PlayStyle = index % 2 === 0 ? 'first-time' : 'with-mistakes';
    await activate(page, page.getByRole('button', { name: `${number}. ${place}: not started` }));
    await playScenarioByKeyboard(page, scenario, style);
    await expect(page.getByText(statementWords('ks2', scenario.statement), { exact: true })).toBeVisible();
    const stars = expectedStars(scenario, style);
    totalStars += stars;
    await expect(page.getByText(`You earned ${stars} of 3 stars.`)).toBeVisible();
    await activate(page, page.getByRole('button', { name: 'Back to the map' }));
    await expect(
      page.getByRole('button', { name: `${number}. ${place}: done, ${stars} of 3 stars` }),
    ).toBeVisible();
  }
  await expect(page.getByRole('status').filter({ hasText: 'Zara' })).toHaveText(
    `Zara: ${scenarios.length} of ${scenarios.length} done · ${totalStars} stars`,
  );
});

test('a KS2 pupil who stops mid-scenario, goes back to the map and reloads, resumes at the same step', async ({
  page,
}) => {
  const scenario = scenarios.find((candidate) => candidate.steps.length >= 4);
  if (!scenario) throw new Error('no KS2 scenario of four steps');
  const number = Number(scenario.statement.slice(-2));
  const place = aup.ks2.places[scenario.statement] ?? '';
  await page.goto('./');
  await activate(page, page.getByRole('button', { name: 'Play' }));
  await typeInto(page, page.getByRole('textbox', { name: 'Your first name or nickname' }), 'Ola');
  await activate(page, page.getByRole('button', { name: "Let's go!" }));
  await activate(page, page.getByRole('button', { name: /Key Stage 2/ }));
  await activate(page, page.getByRole('button', { name: `${number}. ${place}: not started` }));
  const [first, second, third] = scenario.steps;
  if (!first || !second || !third) throw new Error('too few steps');
  await playStepByKeyboard(page, first);
  await playStepByKeyboard(page, second);
  await activate(page, page.getByRole('button', { name: 'Map' }));
  await expect(page.getByRole('button', { name: `${number}. ${place}: in progress` })).toBeVisible();
  await page.reload();
  await activate(page, page.getByRole('button', { name: `${number}. ${place}: in progress` }));
  await expect(page.getByText(scenarioText(third.lines[0] ?? ''), { exact: true })).toBeVisible();
  await playStepByKeyboard(page, third);
});
