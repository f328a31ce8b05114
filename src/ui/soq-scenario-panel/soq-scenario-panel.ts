import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import type { KeyStage } from '../../core/content/key-stage';
import type { ChoiceStep, Scenario, StatementEntry, Step } from '../../core/content/schema';
import { starsFor } from '../../core/progress/stars';
import {
  canGoNext,
  choicesShown,
  chosenChoice,
  currentStep,
  type ScenarioRun,
} from '../../core/scenario/scenario-run';
import type { Narrator } from '../../services/narration';
import { i18n, scenarioText } from '../../services/i18n/i18n';
import { choiceButtons } from '../shared/choice-buttons';
import { focusFirst } from '../shared/focus';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import '../soq-read-aloud/soq-read-aloud';
import '../soq-scenario-ending/soq-scenario-ending';
import { choiceStyles } from '../shared/choice-styles';
import { announce } from '../shared/announcer';
import { LabelReader } from './label-reader';
import { endingWords, newWords, stepWords, type Word } from './step-words';
import { scenarioPanelStyles } from './soq-scenario-panel.styles';
import { discussAfter, discussBefore } from './class-questions';
import { miniGame } from './mini-game';

/**
 * The words and controls of a scenario, laid under the picture: the lines of each step, the choices as
 * big picture buttons, kind feedback, and at the end the statement itself. Every line can be read
 * aloud; for KS1 each step is read aloud as it appears. In a class vote the adult reveals the choices.
 */
@customElement('soq-scenario-panel')
export class SoqScenarioPanel extends LitElement {
  static override styles = [sharedStyles, choiceStyles, scenarioPanelStyles];

  /** The game, whose actions the controls call. */
  @property({ attribute: false }) app!: GameApp;
  @property({ attribute: false }) narrator!: Narrator;
  /** The statement this scenario teaches. */
  @property({ attribute: false }) statement!: StatementEntry;
  /** The scenario, or undefined where the statement has none yet. */
  @property({ attribute: false }) scenario?: Scenario;
  @property({ attribute: false }) run?: ScenarioRun;
  @property({ attribute: 'key-stage', reflect: true }) keyStage: KeyStage = 'ks1';
  /** Hide each step's choices until the adult shows them, so the class can vote first. */
  @property({ type: Boolean }) classVote = false;

  @state() private revealed = false;

  /** Presenter "next": reveal the choices, try again, or move on, whichever comes next. */
  presenterNext(): void {
    const { scenario, run } = this;
    if (!scenario || !run) return;
    const step = currentStep(scenario, run);
    if (run.feedback && !run.feedback.safe) void this.app.tryAgain(scenario);
    else if (step?.kind === 'choice' && this.choicesHidden(step, run)) this.reveal();
    else if (canGoNext(scenario, run)) void this.app.next(scenario);
  }

  presenterBack(): void {
    if (this.scenario) void this.app.back(this.scenario);
  }

  /** Reads every word on the step (or the ending) aloud again, in turn. */
  readAgain(): void {
    this.narrator.speakInTurn(this.allWords());
  }

  /** Every word on screen now, in reading order. */
  allWords(): string[] {
    return this.words().map((word) => word.text);
  }

  /** Which step the words were last read for, and what they were. */
  private heard?: { step: string; words: readonly Word[] };

  constructor() {
    super();
    // KS1: a button's words are read again on keyboard focus or a long press.
    new LabelReader(
      this,
      () => this.narrator,
      () => this.keyStage === 'ks1',
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('run') && changed.get('run')?.stepIndex !== this.run?.stepIndex) this.revealed = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('run')) return;
    const before = changed.get('run');
    const moved =
      changed.has('run') &&
      before !== undefined &&
      (before.stepIndex !== this.run?.stepIndex ||
        before.feedback !== this.run?.feedback ||
        before.placed !== this.run?.placed ||
        before.answers !== this.run?.answers);
    const tried = before !== undefined && before.lastTry !== this.run?.lastTry;
    void this.afterChange(moved, tried);
  }

  private async afterChange(moved: boolean, tried: boolean): Promise<void> {
    await this.renderRoot.querySelector('soq-scenario-ending')?.updateComplete;
    // Keyboard and switch users land on the next thing to do after every change of step (a new
    // screen's focus goes to its heading instead).
    if (moved) focusFirst(this.renderRoot, '[data-autofocus]');
    const step = this.run ? `${this.run.scenarioId}:${this.run.stepIndex}` : 'ending';
    const words = this.words();
    const fresh = this.heard?.step === step ? newWords(this.heard.words, words, tried) : words;
    this.heard = { step, words };
    if (fresh.length === 0) return;
    // Screen readers hear each new line, message and piece of feedback; children who cannot read
    // yet hear every new word, in turn.
    announce(fresh.filter((word) => word.news).map((word) => word.text));
    if (this.keyStage === 'ks1') this.narrator.speakInTurn(fresh.map((word) => word.text));
  }

  private words(): Word[] {
    const { scenario, run, keyStage } = this;
    const step = scenario && run ? currentStep(scenario, run) : undefined;
    if (!scenario || !run || !step) {
      const stars = scenario && run ? starsFor(run.misses) : 0;
      return endingWords(keyStage, this.statement, scenario !== undefined, stars);
    }
    const choicesHidden = step.kind === 'choice' && this.choicesHidden(step, run);
    return stepWords({ scenario, step, run, keyStage, choicesHidden });
  }

  private choicesHidden(step: ChoiceStep, run: ScenarioRun): boolean {
    return this.classVote && !this.revealed && !run.feedback && step.choices.length > 0;
  }

  private reveal(): void {
    this.revealed = true;
    void this.updateComplete.then(() => {
      focusFirst(this.renderRoot, '.choice');
      if (this.keyStage === 'ks1') this.readAgain();
    });
  }

  private line(text: string, className = 'line') {
    return html`<p class=${className}>
      <soq-read-aloud .narrator=${this.narrator} .text=${text}></soq-read-aloud><span>${text}</span>
    </p>`;
  }

  /** A class question (KS1): before choosing, one that opens the problem; after the feedback, a "why". */
  private discussion(question: string | undefined) {
    return question ? this.line(question, 'line discuss') : nothing;
  }

  private renderLines(step: Step, withDiscussion: boolean) {
    return html`<div class="lines">
      ${step.lines.map((key) => this.line(scenarioText(key)))}
      ${withDiscussion ? this.discussion(discussBefore(step, this.keyStage)) : nothing}
    </div>`;
  }

  private renderChoices(scenario: Scenario, step: ChoiceStep, run: ScenarioRun) {
    if (this.choicesHidden(step, run)) {
      return html`<p>${i18n.t('scenario.voteHint')}</p>
        <div class="nav">
          <button class="primary" type="button" data-autofocus @click=${() => this.reveal()}>
            ${picture('raisedHand')} ${i18n.t('scenario.showChoices')}
          </button>
        </div>`;
    }
    return choiceButtons(
      choicesShown(scenario, run),
      i18n.t('scenario.choicesLabel'),
      (id) => void this.app.choose(scenario, id),
    );
  }

  /** What the pupil does on a step: choose, or play its mini-game. */
  private renderPlay(scenario: Scenario, step: Step, run: ScenarioRun) {
    if (step.kind === 'choice') return this.renderChoices(scenario, step, run);
    const { app, narrator, keyStage } = this;
    return miniGame(step, { app, narrator, scenario, run, keyStage });
  }

  private renderFeedback(scenario: Scenario, run: ScenarioRun, step: Step) {
    const choice = chosenChoice(scenario, run);
    if (!choice) return nothing;
    const text = scenarioText(choice.feedback);
    const action = choice.safe
      ? { label: i18n.t('common.next'), act: () => this.app.next(scenario) }
      : { label: i18n.t('scenario.tryAgain'), act: () => this.app.tryAgain(scenario) };
    return html`<div class="feedback ${choice.safe ? 'safe' : ''}" role="status">
        ${picture(choice.safe ? 'thumbsUp' : 'thinking')}
        <soq-read-aloud .narrator=${this.narrator} .text=${text}></soq-read-aloud><span>${text}</span>
      </div>
      ${this.discussion(discussAfter(scenario, run, step, this.keyStage))}
      <div class="nav">
        <span class="spacer"></span>
        <button class="primary" type="button" data-autofocus @click=${() => void action.act()}>
          ${action.label}
        </button>
      </div>`;
  }

  private renderNav(scenario: Scenario, run: ScenarioRun, step: Step) {
    const showNext = step.kind !== 'choice' && step.kind !== 'chat' && canGoNext(scenario, run);
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
    if (!scenario || !run || !step) {
      return html`<soq-scenario-ending
        .app=${this.app}
        .narrator=${this.narrator}
        .statement=${this.statement}
        .scenario=${scenario}
        .keyStage=${this.keyStage}
        .stars=${scenario && run ? starsFor(run.misses) : 0}
      ></soq-scenario-ending>`;
    }
    if (run.feedback) {
      return html`${this.renderLines(step, false)}
      ${step.kind === 'chat' ? this.renderPlay(scenario, step, run) : nothing}
      ${this.renderFeedback(scenario, run, step)}`;
    }
    return html`
      ${this.renderLines(step, !run.lastTry)} ${this.renderPlay(scenario, step, run)}
      ${this.discussion(discussAfter(scenario, run, step, this.keyStage))}
      ${this.renderNav(scenario, run, step)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-scenario-panel': SoqScenarioPanel;
  }
}
