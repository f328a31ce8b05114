import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import { plainText } from '../../core/content/emphasis';
import type { KeyStage } from '../../core/content/key-stage';
import type { ChoiceStep, Scenario, StatementEntry, Step } from '../../core/content/schema';
import { canGoNext, chosenChoice, currentStep, type ScenarioRun } from '../../core/scenario/scenario-run';
import type { Narrator } from '../../services/narration';
import { i18n, scenarioText } from '../../services/i18n/i18n';
import { withEmphasis } from '../shared/emphasis';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import { statementText } from '../shared/text';
import '../soq-read-aloud/soq-read-aloud';
import '../soq-sort-board/soq-sort-board';
import { scenarioPanelStyles } from './soq-scenario-panel.styles';

/**
 * The words and controls of a scenario, laid over the picture: the lines of each step, the choices as
 * big picture buttons, kind feedback, and at the end the statement itself. Every line can be read aloud.
 */
@customElement('soq-scenario-panel')
export class SoqScenarioPanel extends LitElement {
  static override styles = [sharedStyles, scenarioPanelStyles];

  /** The game, whose actions the controls call. */
  @property({ attribute: false }) app!: GameApp;
  @property({ attribute: false }) narrator!: Narrator;
  /** The statement this scenario teaches. */
  @property({ attribute: false }) statement!: StatementEntry;
  /** The scenario, or undefined where the statement has none yet. */
  @property({ attribute: false }) scenario?: Scenario;
  @property({ attribute: false }) run?: ScenarioRun;
  @property({ attribute: 'key-stage', reflect: true }) keyStage: KeyStage = 'ks1';

  protected override updated(changed: PropertyValues<this>): void {
    const before = changed.get('run');
    const moved =
      changed.has('run') &&
      (before?.stepIndex !== this.run?.stepIndex ||
        before?.feedback !== this.run?.feedback ||
        before?.sorted !== this.run?.sorted);
    // Keyboard and switch users land on the next thing to do after every change of step.
    if (moved) this.renderRoot.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }

  private line(text: string, className = 'line') {
    return html`<p class=${className}>
      <soq-read-aloud .narrator=${this.narrator} .text=${text}></soq-read-aloud><span>${text}</span>
    </p>`;
  }

  private renderLines(step: Step) {
    const discuss = this.keyStage === 'ks1' && step.discuss ? scenarioText(step.discuss) : undefined;
    return html`<div class="lines" aria-live="polite">
      ${step.lines.map((key) => this.line(scenarioText(key)))}
      ${discuss ? this.line(i18n.t('scenario.talkAbout', { question: discuss }), 'line discuss') : nothing}
    </div>`;
  }

  private renderChoices(scenario: Scenario, step: ChoiceStep) {
    return html`<div class="choices" role="group" aria-label=${i18n.t('scenario.choicesLabel')}>
      ${step.choices.map(
        (choice, index) =>
          html`<button
            class="choice"
            type="button"
            ?data-autofocus=${index === 0}
            @click=${() => void this.app.choose(scenario, choice.id)}
          >
            ${picture(choice.picture)}<span>${scenarioText(choice.label)}</span>
          </button>`,
      )}
    </div>`;
  }

  private renderFeedback(scenario: Scenario, run: ScenarioRun) {
    const choice = chosenChoice(scenario, run);
    if (!choice) return nothing;
    const text = scenarioText(choice.feedback);
    return html`<div class="feedback ${choice.safe ? 'safe' : ''}" role="status">
        ${picture(choice.safe ? 'thumbsUp' : 'thinking')}
        <soq-read-aloud .narrator=${this.narrator} .text=${text}></soq-read-aloud><span>${text}</span>
      </div>
      <div class="nav">
        ${
          choice.safe
            ? html`<button
                class="primary"
                type="button"
                data-autofocus
                @click=${() => void this.app.next(scenario)}
              >
                ${i18n.t('common.next')}
              </button>`
            : html`<button
                class="primary"
                type="button"
                data-autofocus
                @click=${() => void this.app.tryAgain(scenario)}
              >
                ${i18n.t('scenario.tryAgain')}
              </button>`
        }
      </div>`;
  }

  private renderEnding() {
    const text = statementText(this.keyStage, this.statement.id);
    const scenario = this.scenario;
    return html`<h2 aria-live="polite">
        ${scenario ? i18n.t('scenario.statementHeading') : i18n.t('scenario.notReady')}
      </h2>
      <p class="statement">
        ${picture(this.statement.icon)}
        <soq-read-aloud .narrator=${this.narrator} .text=${plainText(text)}></soq-read-aloud>
        <span>${withEmphasis(text)}</span>
      </p>
      <div class="nav">
        ${
          scenario
            ? html`<button type="button" @click=${() => void this.app.replay(scenario)}>
                ${picture('replay')} ${i18n.t('scenario.playAgain')}
              </button>`
            : nothing
        }
        <span class="spacer"></span>
        <button class="primary" type="button" data-autofocus @click=${() => this.app.goTo({ name: 'map' })}>
          ${picture('map')} ${i18n.t('scenario.backToMap')}
        </button>
      </div>`;
  }

  private renderNav(scenario: Scenario, run: ScenarioRun, step: Step) {
    const showNext = step.kind !== 'choice' && canGoNext(scenario, run);
    return html`<div class="nav">
      ${
        run.stepIndex > 0
          ? html`<button type="button" @click=${() => void this.app.back(scenario)}>
              ${i18n.t('common.back')}
            </button>`
          : nothing
      }
      <span class="spacer"></span>
      ${
        showNext
          ? html`<button
              class="primary"
              type="button"
              data-autofocus
              @click=${() => void this.app.next(scenario)}
            >
              ${i18n.t('common.next')}
            </button>`
          : nothing
      }
    </div>`;
  }

  override render() {
    const { scenario, run } = this;
    const step = scenario && run ? currentStep(scenario, run) : undefined;
    if (!scenario || !run || !step) return this.renderEnding();
    if (run.feedback) return html`${this.renderLines(step)}${this.renderFeedback(scenario, run)}`;
    return html`
      ${this.renderLines(step)} ${step.kind === 'choice' ? this.renderChoices(scenario, step) : nothing}
      ${
        step.kind === 'sort'
          ? html`<soq-sort-board
              .app=${this.app}
              .narrator=${this.narrator}
              .scenario=${scenario}
              .step=${step}
              .run=${run}
            ></soq-sort-board>`
          : nothing
      }
      ${this.renderNav(scenario, run, step)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-scenario-panel': SoqScenarioPanel;
  }
}
