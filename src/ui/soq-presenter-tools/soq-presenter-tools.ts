import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import type { Narrator } from '../../services/narration';
import { i18n } from '../../services/i18n/i18n';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import { StoreController } from '../shared/store-controller';

/**
 * Tools for the adult at the whiteboard: class vote on or off, a slower voice, and read again. The
 * voice tools show only where the device has a local voice.
 *
 * @fires soq-read-again - when the adult asks for the current words to be read again.
 */
@customElement('soq-presenter-tools')
export class SoqPresenterTools extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        gap: 0.5rem;
        flex-wrap: wrap;
      }
      button {
        padding: 0.3rem 0.8rem;
      }
      button[aria-pressed='true'] {
        background: var(--soq-sun);
      }
    `,
  ];

  @property({ attribute: false }) app!: GameApp;
  @property({ attribute: false }) narrator!: Narrator;

  @state() private voice = false;
  private state?: StoreController<GameApp['state']>;
  private stopWatching?: () => void;

  override connectedCallback(): void {
    this.state ??= new StoreController(this, this.app.store);
    super.connectedCallback();
    this.voice = this.narrator.available;
    this.stopWatching = this.narrator.onChange(() => (this.voice = this.narrator.available));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
  }

  private handleReadAgain(): void {
    this.dispatchEvent(new CustomEvent('soq-read-again', { bubbles: true, composed: true }));
  }

  override render() {
    const { settings, preferences } = this.app.state;
    const slow = preferences.voiceRate === 'slow';
    const toggle = (label: string, on: boolean, flip: () => void) =>
      html`<button type="button" aria-pressed=${on ? 'true' : 'false'} @click=${flip}>${label}</button>`;
    return html`
      ${toggle(i18n.t('scenario.classVote'), settings.classVote, () => {
        void this.app.changeSettings({ classVote: !settings.classVote });
      })}
      ${
        this.voice
          ? html`${toggle(i18n.t('scenario.slower'), slow, () => {
                void this.app.changePreferences({ voiceRate: slow ? 'normal' : 'slow' });
              })}
              <button type="button" @click=${this.handleReadAgain}>
                ${picture('readAloud')} ${i18n.t('scenario.readAgain')}
              </button>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-presenter-tools': SoqPresenterTools;
  }
  interface GlobalEventHandlersEventMap {
    'soq-read-again': CustomEvent<undefined>;
  }
}
