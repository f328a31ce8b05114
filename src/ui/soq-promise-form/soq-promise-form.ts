import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  checkDraft,
  localDay,
  maxAdultsLength,
  type AgreementDraft,
  type AgreementProblem,
  type Signature,
} from '../../core/agreement/agreement';
import type { KeyStage } from '../../core/content/key-stage';
import { i18n } from '../../services/i18n/i18n';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import { formatDay } from '../shared/text';
import '../soq-signature-pad/soq-signature-pad';
import { myPromiseStyles } from '../soq-my-promise/soq-my-promise.styles';

export interface SignDetail {
  readonly draft: AgreementDraft;
  readonly signature: Signature;
}

/**
 * The signing page of My Promise: the pupil's name and today's date, the trusted adults of their key
 * stage's form (at school filled in from the school's settings), and a signature drawn or typed.
 *
 * @fires soq-sign - The form is complete: the draft and the signature, for My Promise to check and keep.
 * @fires soq-show-unagreed - The pupil asks to see the first statement they have not agreed to yet.
 */
@customElement('soq-promise-form')
export class SoqPromiseForm extends LitElement {
  static override styles = [sharedStyles, myPromiseStyles];

  /** The key stage, whose form's lines it shows; reflected for styling. */
  @property({ attribute: 'key-stage', reflect: true }) keyStage: KeyStage = 'ks1';
  /** The pupil's name, shown as it will be printed. */
  @property() name = '';
  /** The school's trusted adults, filled in once; the pupil may change them. */
  @property() atSchool = '';
  /** How many statements still wait for "I agree"; set by My Promise after a try to sign. */
  @property({ type: Number }) unagreedCount = 0;

  @state() private atHome = '';
  @state() private drawn = '';
  @state() private typed = '';
  @state() private problems: AgreementProblem[] = [];

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const signature: Signature | undefined = this.drawn
      ? { kind: 'drawn', image: this.drawn }
      : this.typed.trim()
        ? { kind: 'typed', text: this.typed }
        : undefined;
    const draft = { trustedAtSchool: this.atSchool, trustedAtHome: this.atHome, signature };
    this.problems = checkDraft(draft);
    if (this.problems.length > 0 || !signature) return;
    const detail: SignDetail = { draft, signature };
    this.dispatchEvent(new CustomEvent('soq-sign', { detail, bubbles: true, composed: true }));
  }

  private problem(problem: AgreementProblem) {
    if (!this.problems.includes(problem)) return nothing;
    return html`<p class="problem" role="alert">
      ${i18n.t(`promise.problem.${problem}`, { max: maxAdultsLength })}
    </p>`;
  }

  private field(label: string, value: string, change: (value: string) => void, maxLength?: number) {
    return html`<label
      >${label}<input
        type="text"
        .value=${value}
        maxlength=${maxLength ?? nothing}
        @input=${(e: InputEvent) => change((e.target as HTMLInputElement).value)}
    /></label>`;
  }

  override render() {
    const aup = (key: 'atSchool' | 'atHome' | 'trustedAdultsHeading') =>
      i18n.t(`${this.keyStage}.${key}`, { ns: 'aup' });
    return html`<form @submit=${this.handleSubmit} novalidate>
      <div class="body">
        <p>
          ${i18n.t('promise.myNameIs')} <strong><bdi>${this.name}</bdi></strong> · ${i18n.t('promise.date')}:
          ${formatDay(localDay(new Date()))}
        </p>
        <p><strong>${aup('trustedAdultsHeading')}</strong></p>
        <div class="row">
          ${this.field(aup('atSchool'), this.atSchool, (value) => (this.atSchool = value), maxAdultsLength)}
          ${this.field(aup('atHome'), this.atHome, (value) => (this.atHome = value), maxAdultsLength)}
        </div>
        ${this.problem('adultTooLong')}
        <p><strong>${i18n.t('promise.signatureHeading')}</strong></p>
        <soq-signature-pad
          @soq-signature-change=${(e: CustomEvent<{ image: string }>) => (this.drawn = e.detail.image)}
        ></soq-signature-pad>
        ${this.field(i18n.t('promise.typedLabel'), this.typed, (value) => (this.typed = value))}
        ${this.problem('noSignature')}
        ${
          this.unagreedCount > 0
            ? html`<p class="problem" role="alert">
                ${i18n.t('promise.problem.notAgreed', { count: this.unagreedCount })}
                <button
                  type="button"
                  @click=${() =>
                    this.dispatchEvent(
                      new CustomEvent('soq-show-unagreed', { bubbles: true, composed: true }),
                    )}
                >
                  ${i18n.t('promise.showMe')}
                </button>
              </p>`
            : nothing
        }
        <div>
          <button class="primary" type="submit">${picture('pencil')} ${i18n.t('promise.sign')}</button>
        </div>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-promise-form': SoqPromiseForm;
  }
  interface GlobalEventHandlersEventMap {
    'soq-sign': CustomEvent<SignDetail>;
    'soq-show-unagreed': CustomEvent<undefined>;
  }
}
