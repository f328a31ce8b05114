import { expect, type Page } from '@playwright/test';

/** From the title screen: makes a new pupil with the mouse and opens their key stage's map. */
export async function newPupil(
  page: Page,
  name: string,
  keyStage: 'Key Stage 1' | 'Key Stage 2',
): Promise<void> {
  await page.getByRole('button', { name: 'Play' }).click();
  const newButton = page.getByRole('button', { name: "I'm new" });
  if (await newButton.isVisible()) await newButton.click();
  await page.getByRole('textbox', { name: 'Your first name or nickname' }).fill(name);
  await page.getByRole('button', { name: "Let's go!" }).click();
  await page.getByRole('button', { name: new RegExp(keyStage) }).click();
  await expect(page.getByRole('heading', { name: `${keyStage} quest map` })).toBeVisible();
}
