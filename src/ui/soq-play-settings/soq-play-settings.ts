import { LitElement, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import {
  fonts,
  textSizes,
  tints,
  voiceRates,
  type Preferences,
  type PupilPreferences,
} from '../../core/preferences/preferences';
import { i18n } from '../../services/i18n/i18n';
import { keepFocusIn } from '../shared/focus';
import { languageRadios, languageRadioStyles } from '../shared/language-choice';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import { StoreController } from '../shared/store-controller';
import { playSettingsStyles } from './soq-play-settings.styles';

type Switch = 'readAloud' | 'sounds' | 'motion';

/**
 * "How I like to play": a pupil's own reading, sound and motion choices, in a dialog that keeps focus
 * until it is closed. Each choice applies at once and is kept with the pupil.
 */
@customElement('soq-play-settings')
export class SoqPlaySettings extends LitElement {
  static override styles = [sharedStyles, languageRadioStyles, playSettingsStyles];

  @property({ attribute: false }) app!: GameApp;

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('.open') private opener?: HTMLButtonElement;
  private state?: StoreController<GameApp['state']>;

  override connectedCallback(): void {
    this.state ??= new StoreController(this, this.app.store);
    super.connectedCallback();
  }

  private open(): void {
    this.dialog?.showModal();
  }

  private close(): void {
    this.dialog?.close();
  }

  private change(change: PupilPreferences): void {
    void this.app.changePreferences(change);
  }

  private switchFor(name: Switch, preferences: Preferences) {
    return html`<label>
      <input
        type="checkbox"
        name=${name}
        .checked=${preferences[name]}
        @change=${(event: Event) => this.change({ [name]: (event.target as HTMLInputElement).checked })}
      />
      ${i18n.t(`play.${name}`)}
    </label>`;
  }

  private group<K extends 'voiceRate' | 'textSize' | 'font' | 'tint'>(
    name: K,
    options: readonly Preferences[K][],
    legend: string,
    optionLabel: (option: Preferences[K]) => string,
    current: Preferences[K],
  ) {
    return html`<fieldset>
      <legend>${legend}</legend>
      ${options.map(
        (option) =>
          html`<label class=${name === 'font' ? `font-${option}` : ''}>
            <input
              type="radio"
              name=${name}
              value=${option}
              .checked=${current === option}
              @change=${() => this.change({ [name]: option })}
            />
            ${optionLabel(option)}
          </label>`,
      )}
    </fieldset>`;
  }

  override render() {
    const preferences = this.state?.value.preferences ?? this.app.state.preferences;
    return html`<button class="open" type="button" aria-haspopup="dialog" @click=${() => this.open()}>
        ${picture('gear')} ${i18n.t('play.open')}
      </button>
      <dialog
        aria-labelledby="play-heading"
        @close=${() => this.opener?.focus()}
        @keydown=${(event: KeyboardEvent) => keepFocusIn(event, event.currentTarget as HTMLElement, () => this.close())}
      >
        <h2 id="play-heading">${i18n.t('play.heading')}</h2>
        <p>${i18n.t('play.intro')}</p>
        <form method="dialog" @submit=${(event: Event) => event.preventDefault()}>
          <fieldset>
            <legend>${i18n.t('play.switches')}</legend>
            ${this.switchFor('readAloud', preferences)} ${this.switchFor('sounds', preferences)}
            ${this.switchFor('motion', preferences)}
          </fieldset>
          <fieldset>
            <legend>${i18n.t('play.language')}</legend>
            ${languageRadios('language', preferences.language, (language) => this.change({ language }))}
          </fieldset>
          ${this.group('voiceRate', voiceRates, i18n.t('play.voiceRate'), (rate) => i18n.t(`play.rate.${rate}`), preferences.voiceRate)}
          ${this.group('textSize', textSizes, i18n.t('play.textSize'), (size) => i18n.t(`play.size.${size}`), preferences.textSize)}
          ${this.group('font', fonts, i18n.t('play.font'), (font) => i18n.t(`play.fontName.${font}`), preferences.font)}
          ${this.group('tint', tints, i18n.t('play.tint'), (tint) => i18n.t(`play.tintName.${tint}`), preferences.tint)}
          <button class="primary done" type="button" @click=${() => this.close()}>
            ${i18n.t('play.close')}
          </button>
        </form>
      </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-play-settings': SoqPlaySettings;
  }
}
