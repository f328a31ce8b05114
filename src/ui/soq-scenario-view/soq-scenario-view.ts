import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type Phaser from 'phaser';
import type { GameApp } from '../../app/game-app';
import type { Narrator } from '../../services/narration';
import { i18n } from '../../services/i18n/i18n';
import { ContentController } from '../shared/content-controller';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import { StoreController } from '../shared/store-controller';
import { placeName, statementNumber } from '../shared/text';
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
    css`
      :host {
        display: grid;
        grid-template-rows: auto minmax(8rem, 1fr) auto;
        height: 100%;
      }
      header {
        display: flex;
        align-items: center;
        gap: 0.75rem;
        padding: 0.5rem clamp(0.75rem, 2vw, 2rem);
      }
      h1 {
        flex: 1;
        font-size: clamp(1.2rem, 3.2vmin, 1.9rem);
        overflow-wrap: anywhere;
      }
      .stage {
        position: relative;
        min-height: 0;
        overflow: hidden;
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

  @query('.stage') private stage?: HTMLElement;
  private game?: Phaser.Game;
  private state?: StoreController<GameApp['state']>;
  private readonly loader = new ContentController(this, () => this.app);

  override connectedCallback(): void {
    this.state ??= new StoreController(this, this.app.store);
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.narrator.stop();
    this.game?.destroy(true);
    this.game = undefined;
  }

  protected override updated(): void {
    // If the pictures cannot start (Phaser failed to load), the scenario still plays: every word and
    // control is in the panel.
    this.startStage().catch(() => undefined);
  }

  private async startStage(): Promise<void> {
    const scenario = this.loader.content?.scenarios.get(this.statementId);
    if (this.game || !scenario || !this.stage) return;
    const stage = this.stage;
    const { startGame } = await import('../../game/start-game');
    if (this.game || !this.isConnected) return;
    this.game = startGame(stage, this.app.store, scenario);
  }

  override render() {
    const content = this.loader.content;
    const statement = content?.statements.find((entry) => entry.id === this.statementId);
    if (!content || !statement) return this.loader.placeholder();
    const title = `${statementNumber(statement.id)}. ${placeName(content.keyStage, statement.id)}`;
    return html`
      <header>
        <button type="button" @click=${() => this.app.goTo({ name: 'map' })}>
          ${picture('map')} ${i18n.t('common.map')}
        </button>
        <h1>${title}</h1>
        <soq-sound-toggle .app=${this.app}></soq-sound-toggle>
      </header>
      <div class="stage" aria-hidden="true"></div>
      <soq-scenario-panel
        .app=${this.app}
        .narrator=${this.narrator}
        .statement=${statement}
        .scenario=${content.scenarios.get(statement.id)}
        .run=${this.state?.value.run}
        .keyStage=${content.keyStage}
      ></soq-scenario-panel>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-scenario-view': SoqScenarioView;
  }
}
