import { expect, type Page } from '@playwright/test';
import { scenarioText, type Level, type LevelStep } from './content';
import { activate } from './keyboard';

/**
 * Plays one step with the keyboard as a pupil would: reads, tries a less safe answer first where there
 * is one (kind words and a retry), then the safe one; in a sort, one thing in the wrong bin first.
 */
export async function playStepByKeyboard(page: Page, step: LevelStep): Promise<void> {
  await expect(page.getByText(scenarioText(step.lines[0] ?? ''), { exact: true })).toBeVisible();
  if (step.kind === 'story') {
    await activate(page, page.getByRole('button', { name: 'Next' }));
    return;
  }
  if (step.kind === 'sort') {
    const bins = step.bins ?? [];
    const binName = (id: string): string => scenarioText(bins.find((bin) => bin.id === id)?.label ?? '');
    const [firstItem, ...rest] = step.items ?? [];
    if (!firstItem) throw new Error(`sort step ${step.id} has no items`);
    const wrongBin = bins.find((bin) => bin.id !== firstItem.bin);
    const itemName = scenarioText(firstItem.label);
    await activate(page, page.getByRole('button', { name: `${itemName}: ${binName(wrongBin?.id ?? '')}` }));
    await expect(
      page.getByRole('status').filter({ hasText: scenarioText(firstItem.feedback) }),
    ).toBeVisible();
    for (const item of [firstItem, ...rest]) {
      await activate(
        page,
        page.getByRole('button', { name: `${scenarioText(item.label)}: ${binName(item.bin)}` }),
      );
      await expect(page.getByRole('status').filter({ hasText: scenarioText(item.feedback) })).toBeVisible();
    }
    await activate(page, page.getByRole('button', { name: 'Next' }));
    return;
  }
  const choices = step.choices ?? [];
  const unsafe = choices.find((choice) => !choice.safe);
  if (unsafe) {
    await activate(page, page.getByRole('button', { name: scenarioText(unsafe.label) }));
    await expect(page.getByRole('status').filter({ hasText: scenarioText(unsafe.feedback) })).toBeVisible();
    await activate(page, page.getByRole('button', { name: "Let's try again" }));
  }
  const safe = choices.find((choice) => choice.safe);
  if (!safe) throw new Error(`choice step ${step.id} has no safe choice`);
  await activate(page, page.getByRole('button', { name: scenarioText(safe.label) }));
  await expect(page.getByRole('status').filter({ hasText: scenarioText(safe.feedback) })).toBeVisible();
  await activate(page, page.getByRole('button', { name: 'Next' }));
}

export async function playScenarioByKeyboard(page: Page, scenario: Level): Promise<void> {
  for (const step of scenario.steps) await playStepByKeyboard(page, step);
}
