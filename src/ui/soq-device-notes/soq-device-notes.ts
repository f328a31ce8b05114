import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import { languageOf } from '../../core/profile/profile';
import { intlLocale, ownNames, type GameLanguage } from '../../core/school/languages';
import { i18n } from '../../services/i18n/i18n';
import { deviceVoices, localVoiceFor } from '../../services/narration';
import { isolateNames } from '../shared/isolate-names';
import { sharedStyles } from '../shared/shared-styles';
import { StoreController } from '../shared/store-controller';
import { deviceNotesStyles } from './soq-device-notes.styles';

/** For grown-ups: a new version to take now, and how to keep the game and its progress on this device. */
@customElement('soq-device-notes')
export class SoqDeviceNotes extends LitElement {
  static override styles = [sharedStyles, deviceNotesStyles];

  @property({ attribute: false }) app!: GameApp;

  private state?: StoreController<GameApp['state']>;
  /** The device's voices, once listed. */
  @state() private voices?: readonly SpeechSynthesisVoice[];

  override connectedCallback(): void {
    this.state ??= new StoreController(this, this.app.store);
    super.connectedCallback();
    void deviceVoices().then((voices) => (this.voices = voices));
  }

  /** The languages this device's pupils (and the device) play in that no voice here can read. */
  private renderMissingVoices() {
    const { voices } = this;
    if (!voices) return nothing;
    const { school, profiles } = this.app.state;
    const inUse = new Set<GameLanguage>([
      school.language,
      ...profiles.map((p) => languageOf(p, school.language)),
    ]);
    const names = [...inUse]
      .filter((language) => language !== 'en-XA' && !localVoiceFor(voices, language))
      .map((language) => ownNames[language]);
    if (names.length === 0) return nothing;
    const languages = new Intl.ListFormat(intlLocale(i18n.language), { type: 'conjunction' }).format(names);
    return html`<p class="no-voice">
      ${isolateNames(i18n.t('grownUps.device.noVoice', { languages }), names)}
    </p>`;
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
      ${this.renderMissingVoices()}
      <p>${i18n.t('grownUps.device.offline')}</p>
      <p>${i18n.t('grownUps.device.homeScreen')}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-device-notes': SoqDeviceNotes;
  }
}
