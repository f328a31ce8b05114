import { expect, test } from '@playwright/test';
import { level, scenarioText } from './content';
import { giveTheDeviceAVoice, spoken } from './fake-voice';
import { newPupil } from './journey';
import { expectFits } from './layout-probe';

const scenario = level('levels/ks1/scenarios/ks1-04-funny-feeling.json');
const words = (key: string | undefined): string => scenarioText(key ?? '');

test.use({ viewport: { width: 1280, height: 720 } });

test('an adult presents a KS1 scenario on the whiteboard with presenter keys, a class vote and the voice', async ({
  page,
}) => {
  await giveTheDeviceAVoice(page);
  await page.goto('./');
  await newPupil(page, 'Class 1', 'Key Stage 1');
  await page.getByRole('button', { name: /^4\. Funny feeling/ }).click();

  // Every step is read aloud as it appears, line by line.
  const [first, second] = scenario.steps;
  const firstLines = first?.lines.map(words) ?? [];
  await expect
    .poll(async () => (await spoken(page)).map((s) => s.text))
    .toEqual(expect.arrayContaining(firstLines));
  await page.getByRole('button', { name: 'Class vote' }).click();
  await expect(page.getByRole('button', { name: 'Class vote' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Slower voice' }).click();
  await expectFits(page, 'KS1 scenario with presenter tools', 64);

  // Right arrow moves on, left goes back, R reads again (slowly now), P pauses the voice.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(words(second?.lines[0]))).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByText(words(first?.lines[0]))).toBeVisible();
  await page.keyboard.press('r');
  await expect
    .poll(async () => (await spoken(page)).slice(-firstLines.length - 1, -1))
    .toEqual(firstLines.map((text) => ({ text, rate: 0.7 })));
  await page.keyboard.press('p');
  await expect.poll(async () => (await spoken(page)).at(-1)).toEqual({ paused: true });
  const choiceIndex = scenario.steps.findIndex((step) => step.kind === 'choice');
  for (let step = 0; step < choiceIndex; step += 1) await page.keyboard.press('ArrowRight');

  // The class votes before the choices are shown, on a question that opens the problem; the adult
  // then taps the class's choice.
  const choiceStep = scenario.steps[choiceIndex];
  await expect(page.getByText(words(choiceStep?.lines[0]))).toBeVisible();
  await expect(page.getByText(`Let's talk about it: ${words(choiceStep?.discuss)}`)).toBeVisible();
  const safe = choiceStep?.choices?.find((choice) => choice.safe);
  await expect(page.getByRole('button', { name: words(safe?.label) })).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: words(safe?.label) }).click();
  await expect(page.getByRole('status').filter({ hasText: words(safe?.feedback) })).toBeVisible();
  // After the feedback, a pause to talk about why, shown and read aloud.
  const after = `Let's talk about it: ${words(choiceStep?.discussAfter)}`;
  await expect(page.getByText(after)).toBeVisible();
  // The feedback, then the question after it, read in turn.
  await expect
    .poll(async () => {
      const heard = (await spoken(page)).map((s) => s.text);
      return heard[heard.lastIndexOf(words(safe?.feedback)) + 1];
    })
    .toBe(after);
  await expectFits(page, 'KS1 feedback in a class vote', 64);
  await page.keyboard.press(' ');
  await expect(page.getByText(words(scenario.steps[choiceIndex + 1]?.lines[0]))).toBeVisible();
});
