import type { KeyStage } from '../../core/content/key-stage';
import type { Scenario, Step } from '../../core/content/schema';
import { isStepSettled, type ScenarioRun } from '../../core/scenario/scenario-run';
import { i18n, scenarioText } from '../../services/i18n/i18n';

/** The class question before choosing (KS1): one that opens the problem. */
export function discussBefore(step: Step, keyStage: KeyStage): string | undefined {
  if (keyStage !== 'ks1' || !step.discuss) return undefined;
  return i18n.t('scenario.talkAbout', { question: scenarioText(step.discuss) });
}

/** The class question after the step's safe or right feedback (KS1), once the step is settled. */
export function discussAfter(scenario: Scenario, run: ScenarioRun, step: Step, keyStage: KeyStage) {
  if (keyStage !== 'ks1' || !step.discussAfter || !isStepSettled(scenario, run)) return undefined;
  return i18n.t('scenario.talkAbout', { question: scenarioText(step.discussAfter) });
}
