import { joinNames } from '../../core/school/trusted-adults';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import { signAgreement } from '../../core/agreement/agreement';
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
import { waitingStyles } from '../shared/waiting';
import { StoreController } from '../shared/store-controller';
import { formatDay, placeName, statementNumber } from '../shared/text';
import type { SignDetail } from '../soq-promise-form/soq-promise-form';
import '../soq-sound-toggle/soq-sound-toggle';
import '../soq-promise-form/soq-promise-form';
import '../soq-certificate/soq-certificate';
import '../soq-promise-statements/soq-promise-statements';
import { myPromiseStyles } from './soq-my-promise.styles';

const perPage = { ks1: 4, ks2: 3 } as const;

/**
 * My Promise: the key stage's statements a few at a time, then the trusted adults, the pupil's name,
 * today's date and a signature (drawn, or typed for keyboard users). Once signed it can be printed.
 */
@customElement('soq-my-promise')
export class SoqMyPromise extends LitElement {
  static override styles = [sharedStyles, waitingStyles, myPromiseStyles];

  /** The game. */
  @property({ attribute: false }) app!: GameApp;
  @property({ attribute: false }) narrator!: Narrator;
  /** The key stage, reflected for styling. */
  @property({ attribute: 'key-stage', reflect: true }) keyStage = '';

  @state() private page = 0;
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

  /** The form is complete: sign, once every statement has its "I agree". */
  private handleSign({ draft, signature }: SignDetail): void {
    const profile = currentProfile(this.app.state);
    const content = this.loader.content;
    if (!profile || !content) return;
    this.unagreedCount = this.readiness(content).unagreed.length;
    if (this.unagreedCount > 0) return;
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

  /** The signing form stays on the page while the pupil looks back at statements, so nothing typed is lost. */
  private renderForm(content: KeyStageContent, name: string, shown: boolean) {
    return html`<soq-promise-form
      ?hidden=${!shown}
      .keyStage=${content.keyStage}
      .name=${name}
      .atSchool=${joinNames(this.app.state.school.trustedAtSchool, i18n.language, 'conjunction')}
      .unagreedCount=${this.unagreedCount}
      @soq-sign=${(e: CustomEvent<SignDetail>) => this.handleSign(e.detail)}
      @soq-show-unagreed=${() => this.showFirstUnagreed(content)}
    ></soq-promise-form>`;
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
    const signing = (!agreement || this.resigning) && ready.mayOpenSigning;
    const body = !onSignPage
      ? this.renderStatements(content)
      : agreement && !this.resigning
        ? this.renderSigned(agreement.signedOn, agreement.wordingVersion === state.wording.version)
        : ready.mayOpenSigning
          ? nothing
          : this.renderPlayFirst(content, ready.unplayed);
    return html`<div class="screen">
        <header>
          <button type="button" @click=${() => this.app.goTo({ name: 'map' })}>
            ${picture('map')} ${i18n.t('common.map')}
          </button>
          <h1 tabindex="-1">${i18n.t('promise.heading')}</h1>
          <span>${i18n.t('promise.page', { page: this.page + 1, pages: this.pageCount })}</span>
          <soq-sound-toggle .app=${this.app}></soq-sound-toggle>
        </header>
        ${
          onSignPage
            ? body
            : html`<div class="body">
                <p>${i18n.t('promise.intro')}</p>
                ${body}
              </div>`
        }
        ${signing ? this.renderForm(content, profile.name, onSignPage) : nothing}
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
        .progress=${state.progress}
        .school=${state.school}
        .wordingVersion=${state.wording.version}
        .language=${state.preferences.language}
      ></soq-certificate>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-my-promise': SoqMyPromise;
  }
}
