// The steps a pupil takes, shared by the measurements.
export async function newPupil(page, name, keyStage) {
  await page.getByRole('button', { name: 'Play' }).click();
  await page.getByRole('textbox', { name: 'Your first name or nickname' }).fill(name);
  await page.getByRole('button', { name: "Let's go!" }).click();
  await page.getByRole('button', { name: new RegExp(keyStage) }).click();
}

/** Plays the open scenario to its end, choosing the first safe answer at every step. */
export async function playToEnd(page) {
  for (let guard = 0; guard < 100; guard += 1) {
    if (await page.getByRole('button', { name: 'Back to the map' }).isVisible()) return;
    const next = page.getByRole('button', { name: 'Next' });
    if (await next.isVisible()) {
      await next.click();
      continue;
    }
    const choices = page.getByRole('group', { name: 'Choices' }).getByRole('button');
    const count = await choices.count();
    for (let i = 0; i < count; i += 1) {
      await choices.nth(i).click();
      const tryAgain = page.getByRole('button', { name: "Let's try again" });
      await Promise.race([tryAgain.waitFor(), page.getByRole('button', { name: 'Next' }).waitFor()]);
      if (!(await tryAgain.isVisible())) break;
      await tryAgain.click();
    }
    // Sorting: try the first thing's first bin; if it stays out, its other bin is the right one.
    const sortButtons = page.getByRole('list', { name: 'Things to sort' }).getByRole('button');
    const before = await sortButtons.count();
    if (before > 0) {
      await sortButtons.first().click();
      await page.waitForTimeout(50);
      if ((await sortButtons.count()) === before) await sortButtons.nth(1).click();
    }
  }
  throw new Error('the scenario did not end');
}
