import { expect, test } from '@playwright/test';
import { level, scenarioText } from './content';
import { allowEarlySigning, openClass } from './journey';
import { expectFits } from './layout-probe';
import { playStepByKeyboard } from './play-by-keyboard';

const viewports = [
  { width: 1920, height: 1080, name: 'whiteboard' },
  { width: 1280, height: 720, name: 'small whiteboard' },
  { width: 1366, height: 768, name: 'school Chromebook' },
  { width: 1024, height: 768, name: 'iPad landscape' },
  { width: 768, height: 1024, name: 'iPad portrait' },
];

for (const viewport of viewports) {
  test(`every screen fits without scrolling or clipping on a ${viewport.name} (${viewport.width}x${viewport.height})`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(viewport);
    // Pupils may sign before playing everything here, so the signing page is measured too.
    await openClass(page, true);
    await allowEarlySigning(page);
    await page.getByRole('button', { name: 'Back to the game' }).click();
    await expectFits(page, 'title');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByRole('button', { name: "Let's go!" }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectFits(page, 'new pupil form with a message');
    await page.getByRole('textbox', { name: 'Your first name or nickname' }).fill('Maximilian-Alexander');
    await page.getByRole('button', { name: "Let's go!" }).click();
    await expectFits(page, 'key stage choice');

    // Between them, the scenarios measured here have a step of every kind.
    for (const [keyStage, files] of [
      ['Key Stage 1', ['levels/ks1/scenarios/ks1-04-funny-feeling.json']],
      [
        'Key Stage 2',
        [
          'levels/ks2/scenarios/ks2-17-age-rules.json',
          'levels/ks2/scenarios/ks2-06-passwords.json',
          'levels/ks2/scenarios/ks2-24-researching.json',
        ],
      ],
    ] as const) {
      // KS1 is played on a whiteboard: its map and scenarios have targets of at least 64px.
      const target = keyStage === 'Key Stage 1' ? 64 : 48;
      await page.getByRole('button', { name: new RegExp(keyStage) }).click();
      await expectFits(page, `${keyStage} map`, target);
      for (const file of files) {
        const scenario = level(file);
        const number = Number(scenario.statement.slice(-2));
        await page.getByRole('button', { name: new RegExp(`^${number}\\. `) }).click();
        for (const step of scenario.steps) {
          await expect(page.getByText(scenarioText(step.lines[0] ?? ''))).toBeVisible();
          await expectFits(page, `${keyStage} step ${step.id}`, target);
          await playStepByKeyboard(page, step, 'first-time', (what) =>
            expectFits(page, `${keyStage} ${scenario.statement} ${what}`, target),
          );
        }
        await expect(page.getByRole('button', { name: 'Back to the map' })).toBeVisible();
        await expectFits(page, `${keyStage} ending`, target);
        await page.getByRole('button', { name: 'Back to the map' }).click();
      }
      await page.getByRole('button', { name: 'My Promise' }).click();
      await expect(page.getByRole('heading', { name: 'My Promise' })).toBeVisible();
      while (await page.getByRole('button', { name: 'Next', exact: true }).isVisible()) {
        await expectFits(
          page,
          `${keyStage} My Promise ${await page.getByText(/^Page \d+ of \d+$/).innerText()}`,
        );
        await page.getByRole('button', { name: 'Next', exact: true }).click();
      }
      // Signing with no signature yet: the kind message shows on the page too.
      await page.getByRole('button', { name: 'Sign my promise' }).click();
      await expect(page.getByRole('alert').first()).toBeVisible();
      await expectFits(page, `${keyStage} signing page`);
      await page.getByRole('button', { name: 'Map' }).click();
      await page.getByRole('button', { name: 'Change quest' }).click();
    }
  });
}
