import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import { i18n } from '../../services/i18n/i18n';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import { StoreController } from '../shared/store-controller';

/** A switch for sound effects. The choice is saved on the device. */
@customElement('soq-sound-toggle')
export class SoqSoundToggle extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      button {
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
      }
      .pic {
        width: 1.6rem;
        height: 1.6rem;
      }
    `,
  ];

  /** The game whose sound this switches. */
  @property({ attribute: false }) app!: GameApp;

  private state?: StoreController<GameApp['state']>;

  override connectedCallback(): void {
    this.state ??= new StoreController(this, this.app.store);
    super.connectedCallback();
  }

  private handleClick(): void {
    void this.app.changeSettings({ soundOn: !this.app.state.settings.soundOn });
  }

  override render() {
    const on = this.state?.value.settings.soundOn ?? true;
    return html`<button type="button" aria-pressed=${on ? 'true' : 'false'} @click=${this.handleClick}>
      ${picture(on ? 'speaker' : 'mute')} ${i18n.t(on ? 'common.soundOn' : 'common.soundOff')}
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-sound-toggle': SoqSoundToggle;
  }
}
