import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import type { Scenario } from '../../core/content/schema';
import { tryFeedbackKey, type PlacingStep } from '../../core/scenario/placing';
import type { ScenarioRun } from '../../core/scenario/scenario-run';
import type { Narrator } from '../../services/narration';
import { scenarioText } from '../../services/i18n/i18n';
import '../soq-try-feedback/soq-try-feedback';

/**
 * What the boards of placing steps share (sorting and matching, spotting traps, password tiles): the
 * run they show (each declares its own `step`), focus that moves on when a placed thing's buttons go, and kind words on
 * the last try.
 */
export abstract class PlacingBoard extends LitElement {
  /** The game, whose `place` action the buttons call. */
  @property({ attribute: false }) app!: GameApp;
  @property({ attribute: false }) narrator!: Narrator;
  @property({ attribute: false }) scenario!: Scenario;
  @property({ attribute: false }) run!: ScenarioRun;

  /** The control keyboard users land on once a thing is placed and its buttons are gone. */
  protected abstract readonly nextControl: string;

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('run') && changed.get('run')?.placed !== this.run.placed) {
      this.renderRoot.querySelector<HTMLElement>(this.nextControl)?.focus();
    }
  }

  /** The words for the last try: its `right` words, or kind `wrong` words when it stays out for another go. */
  protected renderFeedback(step: PlacingStep) {
    const last = this.run.lastTry;
    const key = last && tryFeedbackKey(step, last);
    if (!last || !key) return nothing;
    return html`<soq-try-feedback
      .narrator=${this.narrator}
      .text=${scenarioText(key)}
      ?right=${last.right}
    ></soq-try-feedback>`;
  }
}
