import { expect, type Page } from '@playwright/test';
import { openClassTab } from '../fixtures/grown-ups-steps.mjs';
import type { Level } from './content';
import { playScenarioByKeyboard } from './play-by-keyboard';

/** From the title screen: makes a new pupil with the mouse and opens their key stage's map. */
export async function newPupil(
  page: Page,
  name: string,
  keyStage: 'Key Stage 1' | 'Key Stage 2',
): Promise<void> {
  await page.getByRole('button', { name: 'Play' }).click();
  const newButton = page.getByRole('button', { name: "I'm new" });
  const nameBox = page.getByRole('textbox', { name: 'Your first name or nickname' });
  // The picker shows the pupils (with "I'm new") or, on a new device, the form straight away.
  await expect(newButton.or(nameBox).first()).toBeVisible();
  if (await newButton.isVisible()) await newButton.click();
  await nameBox.fill(name);
  await page.getByRole('button', { name: "Let's go!" }).click();
  await page.getByRole('button', { name: new RegExp(keyStage) }).click();
  await expect(page.getByRole('heading', { name: `${keyStage} quest map` })).toBeVisible();
}

const pin = '7391';

/**
 * A new visit that starts at the title, as the next pupil finds the game: the tab's memory of where it
 * was is cleared once the game has shown its screen (so it cannot write it back after the clearing).
 */
export async function startAtTheTitle(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.evaluate(() => sessionStorage.clear());
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Grown-ups' })).toBeVisible();
}

/**
 * Opens the grown-ups' class table from a new tab (a reloaded tab would go back to a pupil's map).
 * The first time, it sets the grown-ups' PIN.
 */
export async function openClass(page: Page, firstTime: boolean): Promise<void> {
  await startAtTheTitle(page);
  await openClassTab(page, pin, firstTime);
}

/** From the map: opens My Promise, says "I agree" to every statement, and stops on the signing page. */
export async function agreeToEvery(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'My Promise' }).click();
  await expect(page.getByRole('heading', { name: 'My Promise' })).toBeVisible();
  for (;;) {
    const toAgree = page.getByRole('button', { name: /^I agree to promise \d+$/, pressed: false });
    while ((await toAgree.count()) > 0) await toAgree.first().click();
    const next = page.getByRole('button', { name: 'Next', exact: true });
    if (!(await next.isVisible())) return;
    await next.click();
  }
}

/** In the grown-ups' School tab: lets pupils sign before they have played every statement. */
export async function allowEarlySigning(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'School' }).click();
  const name = page.getByRole('textbox', { name: 'School name' });
  if ((await name.inputValue()) === '') await name.fill('Test Primary');
  await page.getByRole('checkbox', { name: /may sign My Promise before/ }).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
}

/** Plays the open scenario safely first time, every step kind, as a pupil would. */
export async function playSafely(page: Page, scenario: Level): Promise<void> {
  await playScenarioByKeyboard(page, scenario, 'first-time');
}

/** In the grown-ups' Class tab: picks a file to import, as the file chooser would. */
export async function importFile(page: Page, name: string, text: string | Buffer): Promise<void> {
  const buffer = typeof text === 'string' ? Buffer.from(text) : text;
  await page
    .getByLabel('Import pupils from a file')
    .setInputFiles({ name, mimeType: 'application/json', buffer });
}

/** In the grown-ups' Class tab: shows the Key Stage 2 pupils (it may have opened on them already). */
export async function showKeyStage2(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Key Stage 2', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Key Stage 2: pupils on this device/ })).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^Print .*signed agreement|^No signed agreements/ }),
  ).toBeVisible();
}
