import { LitElement, html, nothing } from 'lit';
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
import { formStyles } from '../shared/form-styles';
import { sharedStyles } from '../shared/shared-styles';

const signerChoices: readonly Signers[] = ['pupil', 'parent', 'both'];

function problemText(found: SchoolProblem): string {
  switch (found.field) {
    case 'name':
      return i18n.t(`grownUps.school.problem.name.${found.problem}`, { max: schoolLimits.name });
    case 'policyUrl':
      return i18n.t(`grownUps.school.problem.policyUrl.${found.problem}`, { max: schoolLimits.policyUrl });
    case 'trustedAtSchool':
      return i18n.t('grownUps.school.problem.trustedAtSchool.tooLong', { max: schoolLimits.trustedAtSchool });
    case 'keyStages':
      return i18n.t('grownUps.school.problem.keyStages.none');
  }
}

/** The school's settings: name, policy address, trusted adults, key stages offered, who signs. */
@customElement('soq-school-form')
export class SoqSchoolForm extends LitElement {
  static override styles = [sharedStyles, formStyles];

  @property({ attribute: false }) app!: GameApp;

  @state() private problems: SchoolProblem[] = [];
  @state() private saved = false;

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
      trustedAtSchool: text('trustedAtSchool'),
      keyStages: keyStages.filter((keyStage) => data.getAll('keyStages').includes(keyStage)),
      signers,
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

  private problemFor(field: SchoolProblem['field']) {
    const found = this.problems.find((p) => p.field === field);
    return found ? html`<p class="problem" role="alert">${problemText(found)}</p>` : nothing;
  }

  private textBox(name: 'name' | 'policyUrl' | 'trustedAtSchool', value: string) {
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
    return html`<form @submit=${this.handleSubmit} @input=${() => (this.saved = false)} novalidate>
      ${this.textBox('name', school.name)} ${this.textBox('policyUrl', school.policyUrl)}
      ${this.textBox('trustedAtSchool', school.trustedAtSchool)}
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
