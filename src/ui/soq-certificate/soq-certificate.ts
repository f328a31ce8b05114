import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Agreement } from '../../core/agreement/agreement';
import type { KeyStage } from '../../core/content/key-stage';
import type { StatementEntry } from '../../core/content/schema';
import { statusOf, type Progress } from '../../core/progress/progress';
import { defaultSchool, type SchoolSettings } from '../../core/school/school-settings';
import { i18n } from '../../services/i18n/i18n';
import { withEmphasis } from '../shared/emphasis';
import { picture } from '../shared/picture';
import { formatDay, statementText } from '../shared/text';
import { sticker, stickerStyles } from '../shared/sticker';
import { certificateStyles } from './soq-certificate.styles';

/**
 * A pupil's signed promise as an A4 page. It shows only when printing; on screen it takes no space.
 * Several in a row print one per page.
 */
@customElement('soq-certificate')
export class SoqCertificate extends LitElement {
  static override styles = [stickerStyles, certificateStyles];

  /** The key stage, reflected for its type size. */
  @property({ attribute: 'key-stage', reflect: true }) keyStage: KeyStage = 'ks1';
  /** The statements in the policy's order. */
  @property({ attribute: false }) statements: readonly StatementEntry[] = [];
  /** The pupil's first name or nickname. */
  @property() name = '';
  @property({ attribute: false }) agreement?: Agreement;
  /** The pupil's progress: each statement whose scenario they played shows its sticker. */
  @property({ attribute: false }) progress: Progress = {};
  /** The school whose name and policy address the page carries. */
  @property({ attribute: false }) school: SchoolSettings = defaultSchool;
  /** The school's wording now: an agreement signed against another version says so. */
  @property({ type: Number }) wordingVersion = 1;

  private renderSignature(agreement: Agreement) {
    return agreement.signature.kind === 'drawn'
      ? html`<img
          class="signature"
          src=${agreement.signature.image}
          alt=${i18n.t('certificate.signatureAlt', { name: this.name })}
        />`
      : html`<span class="typed-signature"><bdi>${agreement.signature.text}</bdi></span>`;
  }

  override render() {
    const { keyStage, agreement } = this;
    if (!agreement) return html``;
    const aup = (
      key: 'heading' | 'intro' | 'trustedAdultsHeading' | 'atSchool' | 'atHome' | 'parentsHeading',
    ) => i18n.t(`${keyStage}.${key}`, { ns: 'aup' });
    return html`<article class="sheet">
      <header>
        ${this.school.logo ? html`<img class="logo" src=${this.school.logo} alt=${this.school.name} />` : picture('owl')}
        <div>
          <h1>${i18n.t('certificate.heading')}</h1>
          <p class="form-name">${aup('heading')}</p>
          ${this.school.name ? html`<p class="school">${this.school.name}</p>` : nothing}
        </div>
      </header>
      <p class="name">
        ${i18n.t('promise.myNameIs')} <strong><bdi>${this.name}</bdi></strong>
      </p>
      <p class="intro">${withEmphasis(aup('intro'))}</p>
      <ol>
        ${this.statements.map(
          (entry, index) =>
            html`<li>
              ${picture(entry.icon)}<span
                >${index + 1}. ${withEmphasis(statementText(keyStage, entry.id))}</span
              >${statusOf(this.progress, entry.id) === 'done' ? sticker(entry.icon) : html`<span></span>`}
            </li>`,
        )}
      </ol>
      <section class="adults">
        <p><strong>${aup('trustedAdultsHeading')}</strong></p>
        <p>${aup('atSchool')}: <bdi>${agreement.trustedAtSchool}</bdi></p>
        <p>${aup('atHome')}: <bdi>${agreement.trustedAtHome}</bdi></p>
      </section>
      <section class="signed">
        ${
          this.school.signers === 'parent'
            ? nothing
            : html`<p>${i18n.t('certificate.signed')}: ${this.renderSignature(agreement)}</p>`
        }
        <p>${i18n.t('promise.date')}: ${formatDay(agreement.signedOn)}</p>
        ${
          agreement.wordingVersion === this.wordingVersion
            ? nothing
            : html`<p class="earlier">${i18n.t('certificate.earlierVersion')}</p>`
        }
      </section>
      ${
        this.school.signers === 'pupil'
          ? nothing
          : html`<section class="signed">
              <p>${i18n.t('certificate.parentSigned')}: <span class="blank"></span></p>
              <p>${i18n.t('promise.date')}: <span class="blank short"></span></p>
            </section>`
      }
      <section class="parents">
        <h2>${aup('parentsHeading')}</h2>
        <p>
          ${i18n.t(`${keyStage}.parentsNote`, {
            ns: 'aup',
            school: this.school.name || i18n.t('certificate.defaultSchool'),
          })}
          ${this.school.policyUrl ? html`<span class="address">${this.school.policyUrl}</span>` : nothing}
        </p>
      </section>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-certificate': SoqCertificate;
  }
}
