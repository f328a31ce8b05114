import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Agreement } from '../../core/agreement/agreement';
import type { KeyStage } from '../../core/content/key-stage';
import type { ArtName } from '../../core/content/art-names';
import type { StatementEntry } from '../../core/content/schema';
import { statusOf, type Progress } from '../../core/progress/progress';
import { defaultSchool, type SchoolSettings } from '../../core/school/school-settings';
import { directionOf, type GameLanguage } from '../../core/school/languages';
import { i18n } from '../../services/i18n/i18n';
import { withEmphasis } from '../shared/emphasis';
import { paperPicture } from '../shared/paper-pictures';
import { englishAlongside, formatDay, statementText } from '../shared/text';
import { sticker, stickerStyles } from '../shared/sticker';
import { certificateStyles } from './soq-certificate.styles';

/** The pictures an agreement prints: the owl (where the school has no logo) and each statement's icon. */
export function certificatePictures(statements: readonly StatementEntry[]): ArtName[] {
  return ['owl', ...statements.map((entry) => entry.icon)];
}

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
  /** The pupil's language: the page is in it, and each statement has the school's English beneath. */
  @property() language: GameLanguage = 'en';

  /** The page's words in the pupil's language (their words are loaded before printing). */
  private get t() {
    return i18n.getFixedT(this.language);
  }

  override willUpdate(): void {
    this.lang = this.language === 'en-XA' ? 'en' : this.language;
    this.dir = directionOf(this.language);
    this.toggleAttribute('bilingual', englishAlongside(this.language));
  }

  /** A statement in the pupil's language and, when that is not English, the school's English beneath. */
  private renderStatement(entry: StatementEntry, index: number) {
    const own = statementText(this.keyStage, entry.id, this.language);
    const english = statementText(this.keyStage, entry.id, 'en');
    return html`<span
      >${index + 1}.
      ${withEmphasis(own)}${
        englishAlongside(this.language)
          ? html`<span class="english" lang="en" dir="ltr">${withEmphasis(english)}</span>`
          : nothing
      }</span
    >`;
  }

  private renderSignature(agreement: Agreement) {
    return agreement.signature.kind === 'drawn'
      ? html`<img
          class="signature"
          src=${agreement.signature.image}
          alt=${this.t('certificate.signatureAlt', { name: this.name })}
        />`
      : html`<span class="typed-signature"><bdi>${agreement.signature.text}</bdi></span>`;
  }

  override render() {
    const { keyStage, agreement } = this;
    if (!agreement) return html``;
    const aup = (
      key: 'heading' | 'intro' | 'trustedAdultsHeading' | 'atSchool' | 'atHome' | 'parentsHeading',
    ) => this.t(`${keyStage}.${key}`, { ns: 'aup' });
    return html`<article class="sheet">
      <header>
        ${this.school.logo ? html`<img class="logo" src=${this.school.logo} alt=${this.school.name} />` : paperPicture('owl')}
        <div>
          <h1>${this.t('certificate.heading')}</h1>
          <p class="form-name">${aup('heading')}</p>
          ${this.school.name ? html`<p class="school">${this.school.name}</p>` : nothing}
        </div>
      </header>
      <p class="name">
        ${this.t('promise.myNameIs')} <strong><bdi>${this.name}</bdi></strong>
      </p>
      <p class="intro">${withEmphasis(aup('intro'))}</p>
      <ol>
        ${this.statements.map(
          (entry, index) =>
            html`<li>
              ${paperPicture(entry.icon)}${this.renderStatement(entry, index)}${statusOf(this.progress, entry.id) === 'done' ? sticker(entry.icon, 'sticker', paperPicture) : html`<span></span>`}
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
            : html`<p>${this.t('certificate.signed')}: ${this.renderSignature(agreement)}</p>`
        }
        <p>${this.t('promise.date')}: ${formatDay(agreement.signedOn, this.language)}</p>
        ${
          agreement.wordingVersion === this.wordingVersion
            ? nothing
            : html`<p class="earlier">${this.t('certificate.earlierVersion')}</p>`
        }
      </section>
      ${
        this.school.signers === 'pupil'
          ? nothing
          : html`<section class="signed">
              <p>${this.t('certificate.parentSigned')}: <span class="blank"></span></p>
              <p>${this.t('promise.date')}: <span class="blank short"></span></p>
            </section>`
      }
      <section class="parents">
        <h2>${aup('parentsHeading')}</h2>
        <p>
          ${this.t(`${keyStage}.parentsNote`, {
            ns: 'aup',
            school: this.school.name || this.t('certificate.defaultSchool'),
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
