import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import { avatarNames, type AvatarName } from '../../core/content/art-names';
import { findPupils, searchFrom } from '../../core/profile/find-pupils';
import { checkPupilName, maxNameLength, type NameProblem } from '../../core/profile/pupil-name';
import type { PupilLanguage } from '../../core/school/languages';
import { i18n } from '../../services/i18n/i18n';
import { languageRadios, languageRadioStyles } from '../shared/language-choice';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import { StoreController } from '../shared/store-controller';
import { profilePickerStyles } from './soq-profile-picker.styles';

/** "Who is playing?": the pupils on this device, and a form for a new one (first name and a picture). */
@customElement('soq-profile-picker')
export class SoqProfilePicker extends LitElement {
  static override styles = [sharedStyles, languageRadioStyles, profilePickerStyles];

  /** The game. */
  @property({ attribute: false }) app!: GameApp;

  @state() private creating = false;
  @state() private problem?: NameProblem;
  @state() private avatar: AvatarName = avatarNames[0];
  @state() private search = '';
  /** The language the new pupil plays in: the device's, unless they choose their own. */
  @state() private language?: PupilLanguage;
  @query('#name') private nameInput?: HTMLInputElement;

  private state?: StoreController<GameApp['state']>;

  override connectedCallback(): void {
    this.state ??= new StoreController(this, this.app.store);
    super.connectedCallback();
    this.creating = this.app.state.profiles.length === 0;
    void this.app.refreshProfiles().then(() => {
      if (this.app.state.profiles.length > 0 && !this.nameInput?.value) this.creating = false;
    });
  }

  private handleNew(): void {
    this.creating = true;
    this.problem = undefined;
    void this.updateComplete.then(() => this.nameInput?.focus());
  }

  private handleCancel(): void {
    if (this.app.state.profiles.length === 0) this.app.goTo({ name: 'title' });
    else this.creating = false;
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const check = checkPupilName(this.nameInput?.value ?? '');
    if (!check.ok) {
      this.problem = check.problem;
      this.nameInput?.focus();
      return;
    }
    void this.app.createPupil(check.name, this.avatar, this.language);
  }

  private renderForm() {
    return html`<form @submit=${this.handleSubmit} novalidate>
      <label for="name">${i18n.t('profiles.nameLabel')}</label>
      <p class="hint" id="name-hint">${i18n.t('profiles.nameHint')}</p>
      <input
        id="name"
        type="text"
        autocomplete="off"
        autocapitalize="words"
        spellcheck="false"
        aria-describedby="name-hint ${this.problem ? 'name-problem' : ''}"
        aria-invalid=${this.problem ? 'true' : 'false'}
      />
      ${
        this.problem
          ? html`<p class="problem" id="name-problem" role="alert">
              ${i18n.t(`profiles.problem.${this.problem}`, { max: maxNameLength })}
            </p>`
          : nothing
      }
      <fieldset>
        <legend>${i18n.t('profiles.avatarLabel')}</legend>
        <div class="avatars">
          ${avatarNames.map(
            (name) =>
              html`<label class="avatar">
                <input
                  type="radio"
                  name="avatar"
                  .checked=${this.avatar === name}
                  aria-label=${i18n.t(`profiles.avatar.${name}`)}
                  @change=${() => (this.avatar = name)}
                />${picture(name)}
              </label>`,
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>${i18n.t('profiles.languageLabel')}</legend>
        ${languageRadios('language', this.language ?? this.app.state.school.language, (code) => (this.language = code))}
      </fieldset>
      <div class="actions">
        <button class="primary" type="submit">${i18n.t('profiles.create')}</button>
        <button type="button" @click=${this.handleCancel}>${i18n.t('profiles.cancel')}</button>
      </div>
    </form>`;
  }

  private renderPupils() {
    const everyone = this.state?.value.profiles ?? [];
    const profiles = findPupils(everyone, this.search);
    const searchable = everyone.length >= searchFrom;
    return html`${
        searchable
          ? html`<label class="search"
              >${i18n.t('profiles.search')}<input
                type="search"
                .value=${this.search}
                autocomplete="off"
                @input=${(e: InputEvent) => (this.search = (e.target as HTMLInputElement).value)}
            /></label>`
          : nothing
      }
      ${profiles.length === 0 ? html`<p role="status">${i18n.t('profiles.noMatch', { typed: this.search })}</p>` : nothing}
      <ul class="pupils">
        ${profiles.map(
          (profile) =>
            html`<li>
              <button
                class="pupil"
                type="button"
                aria-label=${i18n.t('profiles.playAs', { name: profile.name })}
                @click=${() => void this.app.pickPupil(profile.id)}
              >
                ${picture(profile.avatar)}<span dir="auto">${profile.name}</span>
              </button>
            </li>`,
        )}
      </ul>`;
  }

  override render() {
    return html`
      <header>
        <button type="button" @click=${() => this.app.goTo({ name: 'title' })}>
          ${i18n.t('common.back')}
        </button>
        <h1>${i18n.t(this.creating ? 'profiles.createHeading' : 'profiles.heading')}</h1>
        ${this.creating ? nothing : html`<button class="primary" type="button" @click=${this.handleNew}>${i18n.t('profiles.newPupil')}</button>`}
      </header>
      ${this.creating ? this.renderForm() : this.renderPupils()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-profile-picker': SoqProfilePicker;
  }
}
