import { expect, test } from '@playwright/test';
import { levelsOf, type Level, type LevelStep } from './content';
import { newPupil } from './journey';
import { playStepByKeyboard } from './play-by-keyboard';

const kinds: readonly LevelStep['kind'][] = ['story', 'choice', 'chat', 'sort', 'match', 'spot', 'password'];

/** The first scenario of a key stage with a step of this kind. */
function scenarioWith(kind: LevelStep['kind'], scenarios: readonly Level[]): Level | undefined {
  return scenarios.find((scenario) => scenario.steps.some((step) => step.kind === kind));
}

for (const keyStage of ['Key Stage 1', 'Key Stage 2'] as const) {
  test(`the production build's trimmed Phaser draws a ${keyStage} scenario of every step kind`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    const scenarios = levelsOf(keyStage === 'Key Stage 1' ? 'ks1' : 'ks2');
    await page.goto('./');
    await newPupil(page, 'Pixel', keyStage);
    /** Where each scenario opened so far was left: opening it again resumes there. */
    const reached = new Map<string, number>();
    for (const kind of kinds) {
      const scenario = scenarioWith(kind, scenarios);
      if (!scenario) continue;
      const number = Number(scenario.statement.slice(-2));
      await page.getByRole('button', { name: new RegExp(`^${number}\\. `) }).click();
      await expect(page.locator('soq-scenario-view canvas')).toBeVisible();
      // A Phaser feature missing from the trimmed build shows here as the page's error, not a wait.
      await expect
        .poll(
          async () =>
            problems.join('\n') ||
            (await page.evaluate(() => performance.getEntriesByName('soq:scenario-first-frame').length > 0)),
          { timeout: 30_000 },
        )
        .toBe(true);
      // One game draws every scenario, moving from stage to stage: it fills this one.
      const drawn = await page.locator('soq-scenario-view canvas').boundingBox();
      const stage = await page.locator('soq-scenario-view .stage').boundingBox();
      // (Phaser sizes it in whole pixels.)
      expect(Math.abs((drawn?.width ?? 0) - (stage?.width ?? -9)), scenario.id).toBeLessThan(1);
      expect(Math.abs((drawn?.height ?? 0) - (stage?.height ?? -9)), scenario.id).toBeLessThan(1);
      // Up to and through the first step of this kind, so its pictures and motions are drawn.
      const from = reached.get(scenario.id) ?? 0;
      const upTo = Math.max(from, scenario.steps.findIndex((step) => step.kind === kind) + 1);
      for (const step of scenario.steps.slice(from, upTo)) await playStepByKeyboard(page, step, 'first-time');
      reached.set(scenario.id, upTo);
      expect(problems, `${scenario.id}, a ${kind} step`).toEqual([]);
      await page.getByRole('button', { name: 'Map', exact: true }).click();
      await expect(page.getByRole('heading', { name: `${keyStage} quest map` })).toBeVisible();
      await page.evaluate(() => performance.clearMarks('soq:scenario-first-frame'));
    }
  });
}
