// The steps a pupil or a grown-up takes, shared by the measurements.
import { openClassTab } from '../test/fixtures/grown-ups-steps.mjs';

export async function newPupil(page, name, keyStage) {
  await page.getByRole('button', { name: 'Play' }).click();
  const newButton = page.getByRole('button', { name: "I'm new" });
  if (await newButton.isVisible()) await newButton.click();
  await page.getByRole('textbox', { name: 'Your first name or nickname' }).fill(name);
  await page.getByRole('button', { name: "Let's go!" }).click();
  await page.getByRole('button', { name: new RegExp(keyStage) }).click();
}

/**
 * In a mini-game (sorting, matching, spotting, a password, the feelings check): tries its buttons until
 * the step is done.
 */
async function finishBoard(page, board) {
  const buttons = board.getByRole('button');
  const next = page.getByRole('button', { name: 'Next', exact: true });
  let index = 0;
  for (let guard = 0; guard < 200 && !(await next.isVisible()); guard += 1) {
    const before = await buttons.count();
    if (index >= before) index = 0;
    await buttons.nth(index).click();
    await page.waitForTimeout(30);
    // A thing that went in its place takes its buttons with it: start again from the first.
    index = (await buttons.count()) === before ? index + 1 : 0;
  }
}

/** Plays the open scenario to its end, whatever its steps, like a pupil trying each answer in turn. */
export async function playToEnd(page) {
  const board = page.locator('soq-sort-board, soq-spot-screen, soq-password-builder, soq-feelings-check');
  for (let guard = 0; guard < 200; guard += 1) {
    if (await page.getByRole('button', { name: 'Back to the map' }).isVisible()) return;
    const tryAgain = page.getByRole('button', { name: "Let's try again" });
    if (await tryAgain.isVisible()) {
      await tryAgain.click();
      continue;
    }
    const next = page.getByRole('button', { name: 'Next', exact: true });
    if (await next.isVisible()) {
      await next.click();
      continue;
    }
    const choices = page.getByRole('group', { name: /^(Choices|Replies)$/ }).getByRole('button');
    const count = await choices.count();
    for (let i = 0; i < count; i += 1) {
      await choices.nth(i).click();
      await Promise.race([tryAgain.waitFor(), next.waitFor()]);
      if (!(await tryAgain.isVisible())) break;
      await tryAgain.click();
    }
    if (count === 0 && (await board.count()) > 0) await finishBoard(page, board.first());
  }
  throw new Error('the scenario did not end');
}

const pin = '246810';

/** Opens the grown-ups' Class tab from the title screen, setting the PIN the first time. */
export const openClass = (page, firstTime) => openClassTab(page, pin, firstTime);

/** In the Class tab: imports an export file's text, as the file chooser would, and waits until it is in. */
export async function importPupils(page, text) {
  await page
    .getByLabel('Import pupils from a file')
    .setInputFiles({ name: 'class.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Imported.' }).waitFor();
}
