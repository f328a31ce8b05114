import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import {
  checkDraft,
  localDay,
  maxAdultsLength,
  signAgreement,
  type AgreementProblem,
} from '../../core/agreement/agreement';
import type { StatementEntry } from '../../core/content/schema';
import { readiness, type Readiness } from '../../core/agreement/readiness';
import { shownStatements } from '../../core/school/wording';
import { currentProfile } from '../../core/state/app-state';
import type { KeyStageContent } from '../../content/levels';
import type { Narrator } from '../../services/narration';
import { i18n } from '../../services/i18n/i18n';
import { ContentController } from '../shared/content-controller';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import { StoreController } from '../shared/store-controller';
import { formatDay, placeName, statementNumber } from '../shared/text';
import '../soq-certificate/soq-certificate';
import '../soq-promise-statements/soq-promise-statements';
import '../soq-signature-pad/soq-signature-pad';
import { myPromiseStyles } from './soq-my-promise.styles';

const perPage = { ks1: 4, ks2: 3 } as const;

/**
 * My Promise: the key stage's statements a few at a time, then the trusted adults, the pupil's name,
 * today's date and a signature (drawn, or typed for keyboard users). Once signed it can be printed.
 */
@customElement('soq-my-promise')
export class SoqMyPromise extends LitElement {
  static override styles = [sharedStyles, myPromiseStyles];

  /** The game. */
  @property({ attribute: false }) app!: GameApp;
  @property({ attribute: false }) narrator!: Narrator;
  /** The key stage, reflected for styling. */
  @property({ attribute: 'key-stage', reflect: true }) keyStage = '';

  @state() private page = 0;
  @state() private atSchool = '';
  @state() private atHome = '';
  @state() private drawn = '';
  @state() private typed = '';
  @state() private problems: AgreementProblem[] = [];
  @state() private resigning = false;
  /** The statements the pupil has said "I agree" to on this visit. */
  @state() private agreed = new Set<string>();
  @state() private unagreedCount = 0;
  private state?: StoreController<GameApp['state']>;
  private readonly loader = new ContentController(
    this,
    () => this.app,
    (content) => (this.keyStage = content.keyStage),
  );

  override connectedCallback(): void {
    this.state ??= new StoreController(this, this.app.store);
    super.connectedCallback();
    // The school's trusted adults come ready filled in; the pupil can change them.
    this.atSchool = this.app.state.school.trustedAtSchool;
  }

  private statements(content: KeyStageContent): StatementEntry[] {
    return shownStatements(this.app.state.wording, content.statements);
  }

  private get pageCount(): number {
    const content = this.loader.content;
    return content ? Math.ceil(this.statements(content).length / perPage[content.keyStage]) + 1 : 1;
  }

  private turn(by: number): void {
    this.page = Math.min(Math.max(0, this.page + by), this.pageCount - 1);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h1')?.focus());
  }

  private handleSign(event: SubmitEvent): void {
    event.preventDefault();
    const profile = currentProfile(this.app.state);
    const content = this.loader.content;
    if (!profile || !content) return;
    const signature = this.drawn
      ? ({ kind: 'drawn', image: this.drawn } as const)
      : this.typed.trim()
        ? ({ kind: 'typed', text: this.typed } as const)
        : undefined;
    const draft = { trustedAtSchool: this.atSchool, trustedAtHome: this.atHome, signature };
    this.problems = checkDraft(draft);
    this.unagreedCount = this.readiness(content).unagreed.length;
    if (this.problems.length > 0 || !signature || this.unagreedCount > 0) return;
    this.resigning = false;
    const version = this.app.state.wording.version;
    void this.app.saveAgreement(
      signAgreement(profile.id, content.keyStage, draft, signature, new Date(), version),
    );
  }

  private readiness(content: KeyStageContent): Readiness {
    const ids = this.statements(content).map((entry) => entry.id);
    const playable = new Set(content.scenarios.keys());
    return readiness(ids, playable, this.app.state.progress, this.agreed, this.app.state.school.earlySigning);
  }

  private toggleAgreed(statementId: string): void {
    const agreed = new Set(this.agreed);
    if (agreed.has(statementId)) agreed.delete(statementId);
    else agreed.add(statementId);
    this.agreed = agreed;
  }

  /** Back to the page of the first statement still to agree to. */
  private showFirstUnagreed(content: KeyStageContent): void {
    const first = this.readiness(content).unagreed[0];
    const index = this.statements(content).findIndex((entry) => entry.id === first);
    this.turn(Math.floor(index / perPage[content.keyStage]) - this.page);
  }

  private renderStatements(content: KeyStageContent) {
    const size = perPage[content.keyStage];
    return html`<soq-promise-statements
      .app=${this.app}
      .narrator=${this.narrator}
      .keyStage=${content.keyStage}
      .entries=${this.statements(content).slice(this.page * size, (this.page + 1) * size)}
      .progress=${this.app.state.progress}
      .playable=${new Set(content.scenarios.keys())}
      .agreed=${this.agreed}
      @soq-agree=${(e: CustomEvent<{ statementId: string }>) => this.toggleAgreed(e.detail.statementId)}
    ></soq-promise-statements>`;
  }

  /** Until every statement is played (or the school allows signing earlier), the way to each one. */
  private renderPlayFirst(content: KeyStageContent, unplayed: readonly string[]) {
    return html`<div class="body">
      <p role="status">${i18n.t('promise.playAllFirst', { count: unplayed.length })}</p>
      <div class="row">
        ${unplayed
          .slice(0, 6)
          .map(
            (id) =>
              html`<button type="button" @click=${() => void this.app.openStatement(id)}>
                ${picture('rocket')}
                ${i18n.t('promise.playFirst', { number: statementNumber(id), place: placeName(content.keyStage, id) })}
              </button>`,
          )}
      </div>
    </div>`;
  }

  private renderSigning(content: KeyStageContent, name: string) {
    const aup = (key: 'atSchool' | 'atHome' | 'trustedAdultsHeading') =>
      i18n.t(`${content.keyStage}.${key}`, { ns: 'aup' });
    const problem = (p: AgreementProblem) =>
      html`<p class="problem" role="alert">${i18n.t(`promise.problem.${p}`, { max: maxAdultsLength })}</p>`;
    return html`<form @submit=${this.handleSign} novalidate>
      <div class="body">
        <p>
          ${i18n.t('promise.myNameIs')} <strong><bdi>${name}</bdi></strong> · ${i18n.t('promise.date')}:
          ${formatDay(localDay(new Date()))}
        </p>
        <p><strong>${aup('trustedAdultsHeading')}</strong></p>
        <div class="row">
          <label
            >${aup('atSchool')}<input
              type="text"
              .value=${this.atSchool}
              maxlength=${maxAdultsLength}
              @input=${(e: InputEvent) => (this.atSchool = (e.target as HTMLInputElement).value)}
          /></label>
          <label
            >${aup('atHome')}<input
              type="text"
              .value=${this.atHome}
              maxlength=${maxAdultsLength}
              @input=${(e: InputEvent) => (this.atHome = (e.target as HTMLInputElement).value)}
          /></label>
        </div>
        ${this.problems.includes('adultTooLong') ? problem('adultTooLong') : nothing}
        <p><strong>${i18n.t('promise.signatureHeading')}</strong></p>
        <soq-signature-pad
          @soq-signature-change=${(e: CustomEvent<{ image: string }>) => (this.drawn = e.detail.image)}
        ></soq-signature-pad>
        <label
          >${i18n.t('promise.typedLabel')}<input
            type="text"
            .value=${this.typed}
            @input=${(e: InputEvent) => (this.typed = (e.target as HTMLInputElement).value)}
        /></label>
        ${this.problems.includes('noSignature') ? problem('noSignature') : nothing}
        ${
          this.unagreedCount > 0
            ? html`<p class="problem" role="alert">
                ${i18n.t('promise.problem.notAgreed', { count: this.unagreedCount })}
                <button type="button" @click=${() => this.showFirstUnagreed(content)}>
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

  private renderSigned(date: string, current: boolean) {
    return html`<div class="body signed">
      ${picture('glowingStar')}
      <p role="status">
        ${i18n.t(current ? 'promise.signed' : 'promise.signedEarlier', { date: formatDay(date) })}
      </p>
      <p>${i18n.t(current ? 'promise.printHint' : 'promise.signEarlierHint')}</p>
      <div>
        <button class="primary" type="button" @click=${() => window.print()}>
          ${picture('printer')} ${i18n.t('promise.print')}
        </button>
        <button type="button" @click=${() => (this.resigning = true)}>${i18n.t('promise.signAgain')}</button>
      </div>
    </div>`;
  }

  override render() {
    const state = this.state?.value;
    const profile = state ? currentProfile(state) : undefined;
    const content = this.loader.content;
    if (!state || !profile || !content) return this.loader.placeholder();
    const agreement = state.agreements[content.keyStage];
    const last = this.pageCount - 1;
    const onSignPage = this.page === last;
    const ready = this.readiness(content);
    const body = !onSignPage
      ? this.renderStatements(content)
      : agreement && !this.resigning
        ? this.renderSigned(agreement.signedOn, agreement.wordingVersion === state.wording.version)
        : ready.mayOpenSigning
          ? this.renderSigning(content, profile.name)
          : this.renderPlayFirst(content, ready.unplayed);
    return html`<div class="screen">
        <header>
          <button type="button" @click=${() => this.app.goTo({ name: 'map' })}>
            ${picture('map')} ${i18n.t('common.map')}
          </button>
          <h1 tabindex="-1">${i18n.t('promise.heading')}</h1>
          <span>${i18n.t('promise.page', { page: this.page + 1, pages: this.pageCount })}</span>
        </header>
        ${
          onSignPage
            ? body
            : html`<div class="body">
                <p>${i18n.t('promise.intro')}</p>
                ${body}
              </div>`
        }
        <footer>
          ${this.page > 0 ? html`<button type="button" @click=${() => this.turn(-1)}>${i18n.t('common.back')}</button>` : nothing}
          <span class="spacer"></span>
          ${onSignPage ? nothing : html`<button class="primary" type="button" @click=${() => this.turn(1)}>${i18n.t('common.next')}</button>`}
        </footer>
      </div>
      <soq-certificate
        .keyStage=${content.keyStage}
        .statements=${this.statements(content)}
        .name=${profile.name}
        .agreement=${agreement}
        .school=${state.school}
        .wordingVersion=${state.wording.version}
      ></soq-certificate>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-my-promise': SoqMyPromise;
  }
}
