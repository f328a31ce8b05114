import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import type { Narrator } from '../../services/narration';
import { i18n } from '../../services/i18n/i18n';
import { ContentController } from '../shared/content-controller';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import { waitingStyles } from '../shared/waiting';
import { StoreController } from '../shared/store-controller';
import { placeName, statementNumber } from '../shared/text';
import { journeyDone } from '../../core/progress/journey';
import { shownStatements } from '../../core/school/wording';
import type { KeyStageContent } from '../../content/levels';
import { motionWanted } from '../../game/motion-preference';
import '../soq-guide/soq-guide';
import { guideLine } from '../soq-guide/guide-lines';
import '../soq-presenter-tools/soq-presenter-tools';
import '../soq-read-aloud/soq-read-aloud';
import type { SoqScenarioPanel } from '../soq-scenario-panel/soq-scenario-panel';
import '../soq-scenario-panel/soq-scenario-panel';
import '../soq-sound-toggle/soq-sound-toggle';

/**
 * One statement's scenario: Phaser draws the scene in the middle (hidden from assistive technology),
 * and the panel below carries every word and control. Phaser is downloaded when the first scenario opens.
 */
@customElement('soq-scenario-view')
export class SoqScenarioView extends LitElement {
  static override styles = [
    sharedStyles,
    waitingStyles,
    css`
      :host([key-stage='ks1']) {
        --soq-target: 64px;
      }
      :host {
        display: grid;
        /*
         * The picture keeps one height for the whole scenario (a share of the screen, never of the
         * words), so the characters are never redrawn mid-step or cut off; the words scroll below it.
         */
        grid-template-rows: auto auto minmax(0, 1fr);
        height: 100%;
      }
      soq-scenario-panel {
        min-height: 0;
        overflow-y: auto;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.75rem;
        padding: 0.5rem clamp(0.75rem, 2vw, 2rem);
      }
      h1 {
        flex: 1 1 12rem;
        font-size: clamp(1.2rem, 3.2vmin, 1.9rem);
        overflow-wrap: break-word;
        hyphens: auto;
      }
      .scene {
        position: relative;
        height: clamp(120px, 40dvh, 480px);
        overflow: hidden;
      }
      .stage {
        position: absolute;
        inset: 0;
      }
      header {
        grid-row: 1;
      }
      .scene {
        grid-row: 2;
        grid-column: 1;
      }
      soq-scenario-panel {
        grid-row: 3;
      }
      soq-guide {
        grid-row: 2;
        grid-column: 1;
        align-self: start;
        justify-self: end;
        z-index: 1;
        margin: 0.4rem clamp(0.4rem, 2vw, 1.5rem) 0;
        max-width: min(52%, 30rem);
        --guide-owl: clamp(2.4rem, 9vmin, 4.5rem);
        --guide-text: clamp(0.85rem, 2.4vmin, 1.15rem);
      }
      /* On a narrow screen Ollie speaks below the picture, so his words never cover it or get cut. */
      @media (max-width: 40rem) {
        /* The picture keeps its own (smaller) height and the words below it scroll, never under it. */
        :host {
          grid-template-rows: auto auto auto minmax(0, 1fr);
        }
        .scene {
          height: clamp(100px, 30dvh, 480px);
        }
        soq-guide {
          grid-row: 3;
          justify-self: stretch;
          max-width: none;
          margin: 0.3rem 0.5rem 0;
        }
        soq-scenario-panel {
          grid-row: 4;
        }
      }
      .stage canvas {
        position: absolute;
        inset: 0;
      }
    `,
  ];

  /** The game. */
  @property({ attribute: false }) app!: GameApp;
  @property({ attribute: false }) narrator!: Narrator;
  /** The statement whose scenario is played. */
  @property() statementId = '';
  /** The key stage, reflected for styling: KS1 is played on a whiteboard, with bigger targets. */
  @property({ attribute: 'key-stage', reflect: true }) keyStage = '';

  @query('.stage') private stage?: HTMLElement;
  @query('soq-scenario-panel') private panel?: SoqScenarioPanel;
  /** The scenario on the stage, once the game draws it: resolves with what takes it off again. */
  private stageShown?: Promise<(() => void) | undefined>;
  private state?: StoreController<GameApp['state']>;
  private readonly loader = new ContentController(
    this,
    () => this.app,
    (content) => (this.keyStage = content.keyStage),
  );

  override connectedCallback(): void {
    this.state ??= new StoreController(this, this.app.store);
    super.connectedCallback();
    document.addEventListener('keydown', this.handlePresenterKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.handlePresenterKey);
    this.narrator.stop();
    // The scenario leaves the stage; the game that drew it sleeps until the next one.
    void this.stageShown?.then((takeOff) => takeOff?.()).catch(() => undefined);
    this.stageShown = undefined;
  }

  /**
   * Presenter keys, like slides: Space or Right = next, Left = back, R = read again, P = pause the
   * voice. Space on a focused button presses that button instead, and typing is never taken over.
   */
  private readonly handlePresenterKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || !this.panel) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
    const onButton = target instanceof HTMLButtonElement;
    const key = event.key.toLowerCase();
    if (key === 'arrowright' || (key === ' ' && !onButton)) this.panel.presenterNext();
    else if (key === 'arrowleft') this.panel.presenterBack();
    else if (key === 'r') this.panel.readAgain();
    else if (key === 'p') this.narrator.togglePause();
    else return;
    event.preventDefault();
  };

  protected override updated(): void {
    // If the pictures cannot start (Phaser failed to load), the scenario still plays: every word and
    // control is in the panel.
    this.startStage().catch(() => undefined);
  }

  private async startStage(): Promise<void> {
    const scenario = this.loader.content?.scenarios.get(this.statementId);
    if (this.stageShown || !scenario || !this.stage) return;
    const stage = this.stage;
    const content = this.loader.content;
    const isLastStop = (state: GameApp['state']): boolean =>
      content !== undefined &&
      journeyDone(
        shownStatements(state.wording, content.statements).map((entry) => entry.id),
        new Set(content.scenarios.keys()),
        state.progress,
      );
    this.stageShown = import('../../game/kept-stage').then(({ showScenario }) =>
      showScenario(stage, { store: this.app.store, scenario, isLastStop }, () => this.isConnected),
    );
    await this.stageShown;
  }

  private renderGuide(content: KeyStageContent) {
    const state = this.state?.value;
    const scenario = content.scenarios.get(this.statementId);
    if (!state || !scenario) return nothing;
    const spoken = content.keyStage === 'ks1';
    const line = guideLine(scenario, state.run, () =>
      journeyDone(
        shownStatements(state.wording, content.statements).map((entry) => entry.id),
        new Set(content.scenarios.keys()),
        state.progress,
      ),
    );
    return html`<soq-guide
      .narrator=${this.narrator}
      .line=${line?.text ?? ''}
      .voice=${spoken && line ? line.voice : 'quiet'}
      ?still=${!motionWanted(state)}
    ></soq-guide>`;
  }

  override render() {
    const content = this.loader.content;
    const statement = content?.statements.find((entry) => entry.id === this.statementId);
    if (!content || !statement) return this.loader.placeholder();
    const title = `${statementNumber(statement.id)}. ${placeName(content.keyStage, statement.id)}`;
    return html`
      <header @soq-read-again=${() => this.panel?.readAgain()}>
        <button type="button" @click=${() => this.app.goTo({ name: 'map' })}>
          ${picture('map')} ${i18n.t('common.map')}
        </button>
        <h1 tabindex="-1">${title}</h1>
        ${
          content.keyStage === 'ks1'
            ? html`<soq-presenter-tools .app=${this.app} .narrator=${this.narrator}></soq-presenter-tools>`
            : html`<soq-read-aloud
                .narrator=${this.narrator}
                .words=${() => this.panel?.allWords() ?? []}
                label=${i18n.t('common.readAll')}
              ></soq-read-aloud>`
        }
        <soq-sound-toggle .app=${this.app}></soq-sound-toggle>
      </header>
      <div class="scene"><div class="stage" aria-hidden="true"></div></div>
      ${this.renderGuide(content)}
      <soq-scenario-panel
        .app=${this.app}
        .narrator=${this.narrator}
        .statement=${statement}
        .scenario=${content.scenarios.get(statement.id)}
        .run=${this.state?.value.run}
        .keyStage=${content.keyStage}
        .classVote=${content.keyStage === 'ks1' && (this.state?.value.settings.classVote ?? false)}
      ></soq-scenario-panel>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-scenario-view': SoqScenarioView;
  }
}
