import type { ParseKeys } from 'i18next';
import type { Scenario } from '../../core/content/schema';
import type { ScenarioRun } from '../../core/scenario/scenario-run';
import { i18n } from '../../services/i18n/i18n';
import type { GuideVoice } from './soq-guide';

type GuideKey = ParseKeys<'guide'>;

function isGuideKey(key: string): key is GuideKey {
  return i18n.exists(key, { ns: 'guide' });
}

/** Ollie's one-line introduction of a scenario, where there is one. */
export function guideIntro(scenarioId: string): string | undefined {
  const key = `intro.${scenarioId}`;
  return isGuideKey(key) ? i18n.t(key, { ns: 'guide' }) : undefined;
}

/**
 * What Ollie says during a scenario: the introduction at its first step, a gentle hint after a
 * second less safe try at a step, and a cheer at the ending (a bigger one at the journey's end).
 */
export function guideLine(
  scenario: Scenario,
  run: ScenarioRun | undefined,
  journeyDone: () => boolean,
): { text: string; voice: GuideVoice } | undefined {
  if (!run || run.scenarioId !== scenario.id) return undefined;
  const step = scenario.steps[run.stepIndex];
  if (!step) {
    return { text: i18n.t(journeyDone() ? 'finale' : 'cheer', { ns: 'guide' }), voice: 'follow' };
  }
  const lessSafeNow = (run.feedback && !run.feedback.safe) || (run.lastTry && !run.lastTry.right);
  if (lessSafeNow && (run.misses[step.id] ?? 0) >= 2) {
    return { text: i18n.t('hint', { ns: 'guide' }), voice: 'follow' };
  }
  if (run.stepIndex === 0 && !run.feedback && !run.lastTry) {
    const intro = guideIntro(scenario.id);
    return intro ? { text: intro, voice: 'lead' } : undefined;
  }
  return undefined;
}
