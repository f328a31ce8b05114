import { expect, test, type Page } from '@playwright/test';
import { sharePage } from './shared-page';
import { newPupil, openClass, showKeyStage2 } from './journey';

/**
 * Keyboard and screen reader users: focus lands on each new screen's heading, the browser's Back
 * goes back one screen inside the game (a reload still resumes), and dialogs keep focus until closed.
 */
let page: Page;

sharePage((opened) => (page = opened));

/** The element with focus, inside shadow roots: its tag and its words. */
function focused(): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return `${active?.tagName.toLowerCase() ?? ''} ${(active?.textContent ?? '').replace(/\s+/g, ' ').trim()}`;
  });
}

/** Whether focus is inside the element matching `selector` (looking inside shadow roots). */
function focusInside(selector: string): Promise<boolean> {
  return page.evaluate((wanted) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    for (let node: Node | null = active; node;) {
      if (node instanceof Element && node.matches(wanted)) return true;
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return false;
  }, selector);
}

test('focus moves to each new screen heading, and Back goes back one screen', async () => {
  await page.goto('./');
  await newPupil(page, 'Kit', 'Key Stage 2');
  await expect.poll(focused).toBe('h1 Key Stage 2 quest map');
  await page.getByRole('button', { name: /^3\. / }).click();
  await expect.poll(focused).toMatch(/^h1 3\. /);

  // A reload resumes the scenario, and Back still goes one screen back: to the map.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /^3\. / })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Key Stage 2 quest map' })).toBeVisible();
  await expect.poll(focused).toBe('h1 Key Stage 2 quest map');
  await page.goBack();
  await expect(page.getByRole('heading', { name: /Kit/ })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { name: 'Key Stage 2 quest map' })).toBeVisible();
  expect(page.url()).toContain('127.0.0.1');
});

test('the How I like to play dialog keeps focus until it is closed', async () => {
  const opener = page.getByRole('button', { name: 'How I like to play' });
  await opener.click();
  await expect(page.getByRole('dialog', { name: 'How I like to play' })).toBeVisible();
  for (let presses = 0; presses < 16; presses += 1) {
    await page.keyboard.press(presses % 5 === 4 ? 'Shift+Tab' : 'Tab');
    expect(await focusInside('dialog')).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect.poll(focused).toMatch(/^button .*How I like to play$/);
});

test('the delete confirmation takes focus and keeps it until answered', async () => {
  await openClass(page, true);
  await showKeyStage2(page);
  await page.getByRole('checkbox', { name: 'Choose Kit' }).check();
  await page.getByRole('button', { name: 'Delete 1 chosen pupil' }).click();
  await expect.poll(focused).toBe('button No, keep them');
  for (let presses = 0; presses < 5; presses += 1) {
    await page.keyboard.press('Tab');
    expect(await focusInside('[role="alertdialog"]')).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByRole('rowheader', { name: 'Kit' })).toBeVisible();
});
