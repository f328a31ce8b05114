import { expect, type Page } from '@playwright/test';
import { scenarioText, type Level, type LevelChoice, type LevelStep } from './content';
import { activate } from './keyboard';

/** How a test plays: with one less safe try at every step where there is one, or safely first time. */
export type PlayStyle = 'with-mistakes' | 'first-time';

/** Something a test checks once a step's feedback shows, before moving on (such as the layout). */
export type StepCheck = (what: string) => Promise<void>;

async function expectStatus(page: Page, textKey: string): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: scenarioText(textKey) })).toBeVisible();
}

async function next(page: Page): Promise<void> {
  await activate(page, page.getByRole('button', { name: 'Next', exact: true }));
}

/** A choice step or one chat turn: maybe a less safe answer first (kind words and a retry), then the safe one. */
async function pickSafely(
  page: Page,
  choices: LevelChoice[],
  style: PlayStyle,
  check?: StepCheck,
): Promise<void> {
  const unsafe = choices.find((choice) => !choice.safe);
  if (unsafe && style === 'with-mistakes') {
    await activate(page, page.getByRole('button', { name: scenarioText(unsafe.label) }));
    await expectStatus(page, unsafe.feedback);
    await activate(page, page.getByRole('button', { name: "Let's try again" }));
  }
  const safe = choices.find((choice) => choice.safe);
  if (!safe) throw new Error('a step has no safe choice');
  await activate(page, page.getByRole('button', { name: scenarioText(safe.label) }));
  await expectStatus(page, safe.feedback);
  await check?.(`feedback on ${safe.id}`);
  await next(page);
}

/** Sorting or matching: maybe one thing in a wrong place first (its kind wrong words), then every thing in its place. */
async function placeAll(page: Page, step: LevelStep, style: PlayStyle): Promise<void> {
  const targets = step.kind === 'sort' ? (step.bins ?? []) : (step.answers ?? []);
  const rightOf = (item: { bin?: string; answer?: string }): string => item.bin ?? item.answer ?? '';
  const targetName = (id: string): string => scenarioText(targets.find((t) => t.id === id)?.label ?? '');
  const items = step.items ?? [];
  const first = items[0];
  if (!first) throw new Error(`step ${step.id} has nothing to place`);
  if (style === 'with-mistakes') {
    const wrong = targets.find((target) => target.id !== rightOf(first));
    await activate(
      page,
      page.getByRole('button', { name: `${scenarioText(first.label)}: ${targetName(wrong?.id ?? '')}` }),
    );
    await expectStatus(page, first.wrong);
  }
  for (const item of items) {
    const name = `${scenarioText(item.label)}: ${targetName(rightOf(item))}`;
    await activate(page, page.getByRole('button', { name }));
    await expectStatus(page, item.right);
  }
}

/** Spot the trap: maybe a fine thing first (its wrong words say why it is fine), then every trap. */
async function spotAll(page: Page, step: LevelStep, style: PlayStyle): Promise<void> {
  const spots = step.spots ?? [];
  const fine = spots.find((spot) => !spot.trap);
  if (fine && style === 'with-mistakes') {
    await activate(page, page.getByRole('button', { name: scenarioText(fine.label) }));
    await expectStatus(page, fine.wrong ?? '');
  }
  for (const trap of spots.filter((spot) => spot.trap)) {
    await activate(page, page.getByRole('button', { name: scenarioText(trap.label) }));
    await expectStatus(page, trap.right ?? '');
    await expect(page.getByText(`Found: ${scenarioText(trap.label)}`)).toBeVisible();
  }
}

/** A password: maybe a personal tile first (refused), then three words, a number and a symbol. */
async function buildPassword(page: Page, step: LevelStep, style: PlayStyle): Promise<void> {
  const tiles = step.tiles ?? [];
  const personal = tiles.find((tile) => tile.kind === 'personal');
  if (personal && style === 'with-mistakes') {
    await activate(page, page.getByRole('button', { name: scenarioText(personal.label), exact: true }));
    await expectStatus(page, personal.feedback);
  }
  const words = tiles.filter((tile) => tile.kind === 'word').slice(0, 3);
  const number = tiles.find((tile) => tile.kind === 'number');
  const symbol = tiles.find((tile) => tile.kind === 'symbol');
  const chosen = [...words, number, symbol].flatMap((tile) => (tile ? [tile] : []));
  for (const tile of chosen) {
    await activate(page, page.getByRole('button', { name: scenarioText(tile.label), exact: true }));
    await expectStatus(page, tile.feedback);
  }
  await expect(page.getByRole('meter', { name: 'Password strength' })).toHaveAttribute(
    'aria-valuetext',
    'strong!',
  );
  await expect(page.getByLabel('The password so far')).toHaveText(
    chosen.map((tile) => scenarioText(tile.label)).join(''),
  );
}

/**
 * A feelings check: maybe a wrong body place first (kind words, and another go), then the place the
 * story names, then a size, which is always welcome.
 */
async function noticeFeeling(page: Page, step: LevelStep, style: PlayStyle): Promise<void> {
  const places = step.places ?? [];
  const elsewhere = places.find((place) => place.id !== step.answer);
  if (elsewhere && style === 'with-mistakes') {
    await activate(page, page.getByRole('button', { name: scenarioText(elsewhere.label), exact: true }));
    await expectStatus(page, elsewhere.wrong ?? '');
  }
  const answer = places.find((place) => place.id === step.answer);
  await activate(page, page.getByRole('button', { name: scenarioText(answer?.label ?? ''), exact: true }));
  await expectStatus(page, answer?.right ?? '');
  await expect(page.getByText(scenarioText(step.sizeAsk ?? ''), { exact: true })).toBeVisible();
  const size = style === 'with-mistakes' ? 'big' : 'small';
  await activate(page, page.getByRole('button', { name: size === 'big' ? 'Big' : 'Small', exact: true }));
  await expectStatus(page, step.sizes?.[size] ?? '');
}

/** Plays one step with the keyboard as a pupil would, reading first. */
export async function playStepByKeyboard(
  page: Page,
  step: LevelStep,
  style: PlayStyle = 'with-mistakes',
  check?: StepCheck,
): Promise<void> {
  await expect(page.getByText(scenarioText(step.lines[0] ?? ''), { exact: true })).toBeVisible();
  switch (step.kind) {
    case 'story':
      return next(page);
    case 'choice':
      return pickSafely(page, step.choices ?? [], style, check);
    case 'chat':
      for (const turn of step.turns ?? []) {
        const chat = page.getByRole('region', { name: /^Pretend chat in / });
        for (const message of turn.messages)
          await expect(chat.getByText(scenarioText(message), { exact: true })).toBeVisible();
        await pickSafely(page, turn.replies, style, check);
      }
      return;
    case 'sort':
    case 'match':
      await placeAll(page, step, style);
      break;
    case 'spot':
      await spotAll(page, step, style);
      break;
    case 'password':
      await buildPassword(page, step, style);
      break;
    case 'feelings':
      await noticeFeeling(page, step, style);
      break;
  }
  await check?.(`${step.id} done`);
  return next(page);
}

export async function playScenarioByKeyboard(
  page: Page,
  scenario: Level,
  style: PlayStyle = 'with-mistakes',
): Promise<void> {
  for (const step of scenario.steps) await playStepByKeyboard(page, step, style);
}

/**
 * The stars a play earns: three, less one for each step where the play made a less safe try (a feelings
 * check has no less safe answer: a wrong place there is no miss).
 */
export function expectedStars(scenario: Level, style: PlayStyle): number {
  if (style === 'first-time') return 3;
  const stepsWithMistakes = scenario.steps.filter(
    (step) => step.kind !== 'story' && step.kind !== 'feelings',
  ).length;
  return Math.max(1, 3 - stepsWithMistakes);
}
