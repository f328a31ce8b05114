import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import { i18n } from '../../services/i18n/i18n';
import { sharedStyles } from '../shared/shared-styles';
import { StoreController } from '../shared/store-controller';
import { deviceNotesStyles } from './soq-device-notes.styles';

/** For grown-ups: a new version to take now, and how to keep the game and its progress on this device. */
@customElement('soq-device-notes')
export class SoqDeviceNotes extends LitElement {
  static override styles = [sharedStyles, deviceNotesStyles];

  @property({ attribute: false }) app!: GameApp;

  private state?: StoreController<GameApp['state']>;

  override connectedCallback(): void {
    this.state ??= new StoreController(this, this.app.store);
    super.connectedCallback();
  }

  override render() {
    return html`<h2>${i18n.t('grownUps.device.heading')}</h2>
      ${
        this.state?.value.updateWaiting
          ? html`<div class="update" role="status">
              <p>${i18n.t('grownUps.device.updateReady')}</p>
              <button type="button" @click=${() => void this.app.updateNow()}>
                ${i18n.t('grownUps.device.updateNow')}
              </button>
            </div>`
          : nothing
      }
      <p>${i18n.t('grownUps.device.offline')}</p>
      <p>${i18n.t('grownUps.device.homeScreen')}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-device-notes': SoqDeviceNotes;
  }
}
