import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import { currentProfile } from '../../core/state/app-state';
import { i18n } from '../../services/i18n/i18n';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import { StoreController } from '../shared/store-controller';

/**
 * A switch for sound: "Sound off" stops the sound effects and the voice. While a pupil plays, it is
 * their own choice (kept with them), and their "How I like to play" settings sit beside it.
 */
@customElement('soq-sound-toggle')
export class SoqSoundToggle extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: inline-flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
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

  /** On while sound effects or the voice are on; switching off silences both. */
  private on(): boolean {
    const { preferences } = this.app.state;
    return preferences.sounds || preferences.readAloud;
  }

  private handleClick(): void {
    const on = !this.on();
    // A pupil's choice is their own; without a pupil (the title screen) it is the device's.
    if (currentProfile(this.app.state)) void this.app.changePreferences({ sounds: on, readAloud: on });
    else void this.app.changeSettings({ soundOn: on, narrationOn: on });
  }

  override render() {
    const on = this.state ? this.on() : true;
    const pupil = this.state && currentProfile(this.state.value);
    // A pupil's settings are defined with every screen after the title (soq-app/later-screens.ts).
    return html`<button type="button" aria-pressed=${on ? 'true' : 'false'} @click=${this.handleClick}>
        ${picture(on ? 'speaker' : 'mute')} ${i18n.t(on ? 'common.soundOn' : 'common.soundOff')}
      </button>
      ${pupil ? html`<soq-play-settings .app=${this.app}></soq-play-settings>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-sound-toggle': SoqSoundToggle;
  }
}
