import { nothing, type TemplateResult } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import type { GameApp } from '../../app/game-app';
import type { KeyStage } from '../../core/content/key-stage';
import type { Scenario, Step } from '../../core/content/schema';
import type { ScenarioRun } from '../../core/scenario/scenario-run';
import type { Narrator } from '../../services/narration';
import '../soq-chat/soq-chat';
import '../soq-password-builder/soq-password-builder';
import '../soq-sort-board/soq-sort-board';
import '../soq-spot-screen/soq-spot-screen';
import '../soq-feelings-check/soq-feelings-check';

/** The board of each kind of step played by placing things: each takes the same properties. */
const boards: Record<'sort' | 'match' | 'spot' | 'feelings' | 'password', StaticValue> = {
  sort: literal`soq-sort-board`,
  match: literal`soq-sort-board`,
  spot: literal`soq-spot-screen`,
  feelings: literal`soq-feelings-check`,
  password: literal`soq-password-builder`,
};

export interface MiniGameParts {
  app: GameApp;
  narrator: Narrator;
  scenario: Scenario;
  run: ScenarioRun;
  keyStage: KeyStage;
}

/**
 * The mini-game of a step that is not a story or a choice: a pretend chat, sorting or matching, a
 * pretend screen to spot things on, a feelings check or a password to build.
 */
export function miniGame(
  step: Step,
  { app, narrator, scenario, run, keyStage }: MiniGameParts,
): TemplateResult | typeof nothing {
  if (step.kind === 'story' || step.kind === 'choice') return nothing;
  if (step.kind === 'chat')
    return html`<soq-chat
      .app=${app}
      .narrator=${narrator}
      .scenario=${scenario}
      .step=${step}
      .run=${run}
      .replies=${!run.feedback}
      .keyStage=${keyStage}
    ></soq-chat>`;
  const board = boards[step.kind];
  return html`<${board} .app=${app} .narrator=${narrator} .scenario=${scenario} .step=${step} .run=${run}></${board}>`;
}
