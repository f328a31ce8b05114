import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import { currentProfile } from '../../core/state/app-state';
import { i18n } from '../../services/i18n/i18n';
import { isolateNames } from '../shared/isolate-names';
import { picture } from '../shared/picture';
import '../soq-sound-toggle/soq-sound-toggle';
import { sharedStyles } from '../shared/shared-styles';

const keyStagePictures = { ks1: 'rabbit', ks2: 'rocket' } as const;

/** Two big cards: Key Stage 1 (with a grown-up) or Key Stage 2. */
@customElement('soq-key-stage-picker')
export class SoqKeyStagePicker extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        grid-template-rows: auto 1fr;
        height: 100%;
        padding: 1rem clamp(1rem, 3vw, 2.5rem);
        gap: 1rem;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 1rem;
      }
      h1 {
        flex: 1 1 12rem;
        font-size: clamp(1.6rem, 4.5vmin, 2.6rem);
        overflow-wrap: break-word;
      }
      .cards {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
        gap: clamp(1rem, 3vw, 2.5rem);
        align-content: center;
      }
      .card {
        display: grid;
        justify-items: center;
        gap: 0.6rem;
        border-radius: 32px;
        padding: 1.5rem;
        font-size: clamp(1.4rem, 4vmin, 2.2rem);
      }
      .card small {
        font-size: 0.6em;
        font-weight: 400;
      }
      .card .pic {
        width: clamp(4rem, 14vmin, 8rem);
        height: clamp(4rem, 14vmin, 8rem);
      }
    `,
  ];

  /** The game. */
  @property({ attribute: false }) app!: GameApp;

  override render() {
    const name = currentProfile(this.app.state)?.name ?? '';
    return html`
      <header>
        <button type="button" @click=${() => this.app.goTo({ name: 'profiles' })}>
          ${i18n.t('common.back')}
        </button>
        <h1>${isolateNames(i18n.t('keyStage.heading', { name }), [name])}</h1>
        <soq-sound-toggle .app=${this.app}></soq-sound-toggle>
      </header>
      <div class="cards">
        ${this.app.state.school.keyStages.map(
          (keyStage) =>
            html`<button class="card" type="button" @click=${() => void this.app.chooseKeyStage(keyStage)}>
              ${picture(keyStagePictures[keyStage])}
              <span>${i18n.t(`keyStage.${keyStage}`)}</span>
              <small>${i18n.t(`keyStage.${keyStage}Detail`)}</small>
            </button>`,
        )}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-key-stage-picker': SoqKeyStagePicker;
  }
}
