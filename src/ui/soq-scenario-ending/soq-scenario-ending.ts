import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import { plainText } from '../../core/content/emphasis';
import type { KeyStage } from '../../core/content/key-stage';
import type { Scenario, StatementEntry } from '../../core/content/schema';
import type { Narrator } from '../../services/narration';
import { i18n } from '../../services/i18n/i18n';
import { withEmphasis } from '../shared/emphasis';
import { maxStars } from '../../core/progress/stars';
import { picture } from '../shared/picture';
import { starRow } from '../shared/stars';
import { sticker, stickerStyles } from '../shared/sticker';
import { sharedStyles } from '../shared/shared-styles';
import { statementText } from '../shared/text';
import '../soq-read-aloud/soq-read-aloud';

/** The end of a scenario: the statement itself in the school's wording, with its icon. */
@customElement('soq-scenario-ending')
export class SoqScenarioEnding extends LitElement {
  static override styles = [
    sharedStyles,
    stickerStyles,
    css`
      .reward {
        display: flex;
        align-items: center;
        gap: 0.8rem;
        font-weight: 700;
        --sticker: 3.6rem;
      }
      .reward .sticker {
        animation: stick 0.7s ease-out both;
      }
      @keyframes stick {
        from {
          transform: scale(2.2) rotate(20deg);
          opacity: 0;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .reward .sticker {
          animation: none;
        }
      }
      :host {
        display: grid;
        gap: 0.6rem;
      }
      h2 {
        font-size: 1em;
      }
      .statement {
        display: flex;
        align-items: center;
        gap: 0.8rem;
        line-height: 1.3;
      }
      .statement .pic {
        width: 3.2em;
        height: 3.2em;
        flex: none;
      }
      .nav {
        display: flex;
        gap: 0.8rem;
        flex-wrap: wrap;
      }
      .spacer {
        flex: 1;
      }
      .stars {
        font-weight: 700;
      }
      .stars .row {
        color: #b8860b;
        font-size: 1.4em;
        letter-spacing: 0.1em;
      }
    `,
  ];

  @property({ attribute: false }) app!: GameApp;
  @property({ attribute: false }) narrator!: Narrator;
  @property({ attribute: false }) statement!: StatementEntry;
  /** The scenario just played, or undefined where the statement has none yet. */
  @property({ attribute: false }) scenario?: Scenario;
  @property() keyStage: KeyStage = 'ks1';
  /** The stars this play earned, shown with the statement; none where there was nothing to play. */
  @property({ type: Number }) stars = 0;

  private renderStars() {
    if (this.stars === 0) return nothing;
    return html`<p class="stars">
      <span class="row" aria-hidden="true">${starRow(this.stars)}</span>
      ${i18n.t('scenario.starsEarned', { count: this.stars, max: maxStars })}
      ${this.stars < maxStars ? i18n.t('scenario.starsMore') : nothing}
    </p>`;
  }

  override render() {
    const text = statementText(this.keyStage, this.statement.id);
    const scenario = this.scenario;
    return html`<h2>${scenario ? i18n.t('scenario.statementHeading') : i18n.t('scenario.notReady')}</h2>
      <p class="statement">
        ${picture(this.statement.icon)}
        <soq-read-aloud .narrator=${this.narrator} .text=${plainText(text)}></soq-read-aloud>
        <span>${withEmphasis(text)}</span>
      </p>
      ${this.renderStars()}
      ${
        scenario
          ? html`<p class="reward">${sticker(this.statement.icon)} ${i18n.t('stickers.earned')}</p>`
          : nothing
      }
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
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-scenario-ending': SoqScenarioEnding;
  }
}
