import { expect, test } from '@playwright/test';
import { level, scenarioText, squash, statementIds, statementWords } from './content';
import { agreeToEvery, allowEarlySigning, newPupil, openClass } from './journey';
import { pdfPages } from './pdf-text';
import { expectedStars } from './play-by-keyboard';

test('a KS2 pupil plays age rules with the mouse, signs by drawing, and prints', async ({ page }) => {
  // The school lets pupils sign before playing everything, so one adventure is enough here.
  await openClass(page, true);
  await allowEarlySigning(page);
  await page.getByRole('button', { name: 'Back to the game' }).click();
  const latin = 'Yusuf';
  const arabic = 'يوسف';
  const pupil = `${latin} ${arabic}`;
  await newPupil(page, pupil, 'Key Stage 2');

  // Sound can be switched off, and that choice is remembered.
  await page.getByRole('button', { name: 'Sound on' }).click();
  await expect(page.getByRole('button', { name: 'Sound off' })).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sound off' })).toBeVisible();

  const scenario = level('levels/ks2/scenarios/ks2-17-age-rules.json');
  await page.getByRole('button', { name: /^17\. Age rules: not started$/ }).click();
  for (const step of scenario.steps) {
    await expect(page.getByText(scenarioText(step.lines[0] ?? ''))).toBeVisible();
    if (step.kind === 'story') {
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      continue;
    }
    // Matching: each game to its age label; a wrong label is explained, and the game stays to match.
    if (step.kind === 'match') {
      const label = (id?: string): string =>
        scenarioText(step.answers?.find((a) => a.id === id)?.label ?? '');
      const used = new Set<string>();
      for (const item of step.items ?? []) {
        const wrong = step.answers?.find((answer) => answer.id !== item.answer && !used.has(answer.id));
        if (wrong) {
          await page.getByRole('button', { name: `${scenarioText(item.label)}: ${label(wrong.id)}` }).click();
          await expect(page.getByRole('status').filter({ hasText: scenarioText(item.wrong) })).toBeVisible();
        }
        await page
          .getByRole('button', { name: `${scenarioText(item.label)}: ${label(item.answer)}` })
          .click();
        await expect(page.getByText(`In “${label(item.answer)}”`)).toBeVisible();
        used.add(item.answer ?? '');
      }
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      continue;
    }
    // Every choice gets its own kind explanation; a less safe one comes back to the same question.
    for (const choice of step.choices ?? []) {
      await page.getByRole('button', { name: scenarioText(choice.label) }).click();
      await expect(page.getByRole('status').filter({ hasText: scenarioText(choice.feedback) })).toBeVisible();
      if (choice.safe) break;
      await page.getByRole('button', { name: "Let's try again" }).click();
    }
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await expect(page.getByText(statementWords('ks2', 'ks2-17'))).toBeVisible();
  await page.getByRole('button', { name: 'Back to the map' }).click();
  const stars = expectedStars(scenario, 'with-mistakes');
  await expect(
    page.getByRole('button', { name: `17. Age rules: done, ${stars} of 3 stars`, exact: true }),
  ).toBeVisible();

  await agreeToEvery(page);
  const pad = page.getByRole('img', { name: /Signature drawing area/ });
  const box = await pad.boundingBox();
  if (!box) throw new Error('no signature area');
  await page.mouse.move(box.x + 20, box.y + box.height * 0.7);
  await page.mouse.down();
  for (let i = 1; i <= 12; i += 1) {
    await page.mouse.move(box.x + 20 + i * 18, box.y + box.height * (i % 2 ? 0.3 : 0.7), { steps: 3 });
  }
  await page.mouse.up();
  await page.getByRole('textbox', { name: 'In school that includes' }).fill('Mr Adeyemi');
  await page.getByRole('button', { name: 'Sign my promise' }).click();
  await expect(page.getByRole('button', { name: 'Print my promise' })).toBeVisible();

  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = await pdfPages(pdf);
  expect(pages.length).toBeLessThanOrEqual(2);
  const text = squash(pages.join(' '));
  // PDF text comes out in visual order with Arabic presentation forms: compare letters, either direction.
  const letters = text.normalize('NFKC');
  expect(letters).toContain(latin);
  expect([arabic, Array.from(arabic).reverse().join('')].some((word) => letters.includes(word))).toBe(true);
  expect(text).toContain('Mr Adeyemi');
  for (const id of statementIds('ks2')) expect(text).toContain(squash(statementWords('ks2', id)));
  // The drawn signature is in the print as an image.
  expect(pdf.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
});
