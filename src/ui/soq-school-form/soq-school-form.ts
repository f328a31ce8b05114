import { LitElement, css, html, nothing } from 'lit';
import { gameLanguages, ownNames } from '../../core/school/languages';
import { customElement, property, state } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import { keyStages, type KeyStage } from '../../core/content/key-stage';
import {
  checkSchool,
  schoolLimits,
  type SchoolProblem,
  type SchoolSettings,
  type Signers,
} from '../../core/school/school-settings';
import { i18n } from '../../services/i18n/i18n';
import { maxLogoBytes, shrinkLogo } from '../../services/logo-image';
import { formStyles } from '../shared/form-styles';
import { sharedStyles } from '../shared/shared-styles';
import '../soq-trusted-list/soq-trusted-list';

const signerChoices: readonly Signers[] = ['pupil', 'parent', 'both'];

/** The problems this form shows itself; the list of trusted adults shows its own. */
type FormProblem = Exclude<SchoolProblem, { field: 'trustedAtSchool' }>;

function problemText(found: FormProblem): string {
  switch (found.field) {
    case 'name':
      return i18n.t(`grownUps.school.problem.name.${found.problem}`, { max: schoolLimits.name });
    case 'policyUrl':
      return i18n.t(`grownUps.school.problem.policyUrl.${found.problem}`, { max: schoolLimits.policyUrl });
    case 'keyStages':
      return i18n.t('grownUps.school.problem.keyStages.none');
  }
}

/** The school's settings: name, policy address, trusted adults, key stages offered, who signs. */
@customElement('soq-school-form')
export class SoqSchoolForm extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    css`
      .logo {
        max-width: 12rem;
        max-height: 6rem;
        object-fit: contain;
        background: #fff;
      }
      .hint {
        margin: -0.4rem 0 0;
      }
    `,
  ];

  @property({ attribute: false }) app!: GameApp;

  @state() private problems: SchoolProblem[] = [];
  @state() private saved = false;
  @state() private logo = '';
  @state() private logoProblem = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.logo = this.app.state.school.logo;
  }

  private async handleLogo(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const result = await shrinkLogo(file);
    this.saved = false;
    if (result.ok) {
      this.logo = result.image;
      this.logoProblem = '';
    } else {
      this.logoProblem = i18n.t(`grownUps.school.logoProblem.${result.problem}`, {
        max: maxLogoBytes / 1024 / 1024,
      });
      input.value = '';
    }
  }

  private read(form: HTMLFormElement): SchoolSettings {
    const data = new FormData(form);
    const text = (name: string): string => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    const signers = signerChoices.find((choice) => choice === text('signers')) ?? 'pupil';
    return {
      name: text('name'),
      policyUrl: text('policyUrl'),
      trustedAtSchool: this.renderRoot.querySelector('soq-trusted-list')?.names ?? [],
      keyStages: keyStages.filter((keyStage) => data.getAll('keyStages').includes(keyStage)),
      signers,
      logo: this.logo,
      earlySigning: data.get('earlySigning') === 'on',
      language: gameLanguages.find((code) => code === text('language')) ?? 'en',
    };
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const school = this.read(event.currentTarget as HTMLFormElement);
    this.problems = checkSchool(school);
    this.saved = false;
    if (this.problems.length > 0) return;
    await this.app.grownUps.saveSchool(school);
    this.saved = true;
  }

  private problemFor(field: FormProblem['field']) {
    const found = this.problems.find((p): p is FormProblem => p.field === field);
    return found ? html`<p class="problem" role="alert">${problemText(found)}</p>` : nothing;
  }

  /** Device settings take effect at once, with no Save. */
  private deviceSwitch(name: 'soundOn' | 'narrationOn' | 'slowNarration') {
    return html`<label class="option"
      ><input
        type="checkbox"
        .checked=${this.app.state.settings[name]}
        @change=${(e: Event) => void this.app.changeSettings({ [name]: (e.target as HTMLInputElement).checked })}
      />
      ${i18n.t(`grownUps.school.device.${name}`)}</label
    >`;
  }

  private textBox(name: 'name' | 'policyUrl', value: string) {
    return html`<label
        >${i18n.t(`grownUps.school.${name}`)}<input
          type=${name === 'policyUrl' ? 'url' : 'text'}
          name=${name}
          .value=${value}
          autocomplete="off"
          aria-invalid=${this.problems.some((p) => p.field === name) ? 'true' : 'false'}
      /></label>
      ${this.problemFor(name)}`;
  }

  override render() {
    const school = this.app.state.school;
    const offered = (keyStage: KeyStage): boolean => school.keyStages.includes(keyStage);
    const notKept = this.app.state.keeping === 'refused' || this.app.state.storage === 'unavailable';
    return html`${
        notKept
          ? html`<p class="problem" role="status">
              ${i18n.t(this.app.state.storage === 'unavailable' ? 'storage.unavailable' : 'grownUps.school.notKept')}
            </p>`
          : nothing
      }
      <form @submit=${this.handleSubmit} @input=${() => (this.saved = false)} novalidate>
        ${this.textBox('name', school.name)} ${this.textBox('policyUrl', school.policyUrl)}
        <soq-trusted-list .saved=${school.trustedAtSchool} .problems=${this.problems}></soq-trusted-list>
        <label
          >${i18n.t('grownUps.school.logo')}<input
            type="file"
            accept="image/png,image/jpeg,image/gif,image/webp"
            @change=${this.handleLogo}
        /></label>
        ${this.logoProblem ? html`<p class="problem" role="alert">${this.logoProblem}</p>` : nothing}
        ${
          this.logo
            ? html`<div class="actions">
                <img class="logo" src=${this.logo} alt=${i18n.t('grownUps.school.logoPreview')} />
                <button type="button" @click=${() => ((this.logo = ''), (this.saved = false))}>
                  ${i18n.t('grownUps.school.removeLogo')}
                </button>
              </div>`
            : nothing
        }
        <fieldset>
          <legend>${i18n.t('grownUps.school.keyStages')}</legend>
          <div class="options">
            ${keyStages.map(
              (keyStage) =>
                html`<label class="option"
                  ><input type="checkbox" name="keyStages" value=${keyStage} ?checked=${offered(keyStage)} />
                  ${i18n.t(`keyStage.${keyStage}`)}</label
                >`,
            )}
          </div>
        </fieldset>
        ${this.problemFor('keyStages')}
        <fieldset>
          <legend>${i18n.t('grownUps.school.signers')}</legend>
          <div class="options">
            ${signerChoices.map(
              (choice) =>
                html`<label class="option"
                  ><input type="radio" name="signers" value=${choice} ?checked=${school.signers === choice} />
                  ${i18n.t(`grownUps.school.signer.${choice}`)}</label
                >`,
            )}
          </div>
        </fieldset>
        <label class="option"
          ><input type="checkbox" name="earlySigning" ?checked=${school.earlySigning} />
          ${i18n.t('grownUps.school.earlySigning')}</label
        >
        <label
          >${i18n.t('grownUps.school.languageLabel')}
          <select name="language" aria-describedby="language-hint">
            ${gameLanguages.map(
              (code) =>
                html`<option value=${code} lang=${code} ?selected=${school.language === code}>
                  ${code === 'en-XA' ? i18n.t('grownUps.school.pseudoLanguage') : ownNames[code]}
                </option>`,
            )}
          </select></label
        >
        <p class="hint" id="language-hint">${i18n.t('grownUps.school.languageHint')}</p>
        <fieldset>
          <legend>${i18n.t('grownUps.school.onThisDevice')}</legend>
          <div class="options">
            ${this.deviceSwitch('soundOn')} ${this.deviceSwitch('narrationOn')}
            ${this.deviceSwitch('slowNarration')}
          </div>
        </fieldset>
        <div class="actions">
          <button class="primary" type="submit">${i18n.t('grownUps.school.save')}</button>
          ${this.saved ? html`<p role="status">${i18n.t('grownUps.school.saved')}</p>` : nothing}
        </div>
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-school-form': SoqSchoolForm;
  }
}
