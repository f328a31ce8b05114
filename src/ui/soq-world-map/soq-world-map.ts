import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import { countDone, starsOf, statusOf, type Progress } from '../../core/progress/progress';
import { maxStars } from '../../core/progress/stars';
import { shownStatements } from '../../core/school/wording';
import { currentProfile } from '../../core/state/app-state';
import type { KeyStageContent } from '../../content/levels';
import { i18n } from '../../services/i18n/i18n';
import { ContentController } from '../shared/content-controller';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import { StoreController } from '../shared/store-controller';
import { starRow } from '../shared/stars';
import { placeName, statementNumber } from '../shared/text';
import '../soq-sound-toggle/soq-sound-toggle';
import { worldMapStyles } from './soq-world-map.styles';

const badges = { done: 'tick', 'in-progress': 'hourglass' } as const;

/** The key stage's map: one place per AUP statement, in the policy's order, with its status. */
@customElement('soq-world-map')
export class SoqWorldMap extends LitElement {
  static override styles = [sharedStyles, worldMapStyles];

  /** The game. */
  @property({ attribute: false }) app!: GameApp;
  /** The key stage shown, reflected for styling. */
  @property({ attribute: 'key-stage', reflect: true }) keyStage = '';

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

  private renderPlace(content: KeyStageContent, statementId: string, progress: Progress) {
    const status = statusOf(progress, statementId);
    const stars = starsOf(progress, statementId);
    const entry = content.statements.find((s) => s.id === statementId);
    const number = statementNumber(statementId);
    const title = placeName(content.keyStage, statementId);
    const statusText =
      stars > 0
        ? i18n.t('map.statusStars', { status: i18n.t(`map.status.${status}`), count: stars, max: maxStars })
        : i18n.t(`map.status.${status}`);
    return html`<li>
      <button
        class="place"
        type="button"
        data-status=${status}
        aria-label=${i18n.t('map.place', { number, title, status: statusText })}
        @click=${() => void this.app.openStatement(statementId)}
      >
        ${entry ? picture(entry.icon) : nothing}
        <span class="label"
          ><span>${number}. ${title}</span
          ><span class="status">${i18n.t(`map.status.${status}`)}</span>
          ${stars > 0 ? html`<span class="stars" aria-hidden="true">${starRow(stars)}</span>` : nothing}</span
        >
        ${status === 'not-started' ? nothing : picture(badges[status], 'badge')}
      </button>
    </li>`;
  }

  override render() {
    const state = this.state?.value;
    const profile = state ? currentProfile(state) : undefined;
    const content = this.loader.content;
    if (!state || !profile || !content) return this.loader.placeholder();
    const ids = shownStatements(state.wording, content.statements).map((entry) => entry.id);
    const stars = ids.reduce((sum, id) => sum + starsOf(state.progress, id), 0);
    return html`
      <header>
        <div class="who">
          ${picture(profile.avatar)}
          <h1>${i18n.t('map.heading', { keyStage: i18n.t(`keyStage.${content.keyStage}`) })}</h1>
        </div>
        <span role="status"
          ><bdi>${profile.name}</bdi>:
          ${i18n.t('map.progress', { done: countDone(state.progress, ids), total: ids.length })}
          ${stars > 0 ? i18n.t('map.starsTotal', { count: stars }) : nothing}</span
        >
        <soq-sound-toggle .app=${this.app}></soq-sound-toggle>
      </header>
      ${
        state.storage === 'unavailable'
          ? html`<p class="notice" role="status">${i18n.t('storage.unavailable')}</p>`
          : nothing
      }
      <ol class="places">
        ${ids.map((id) => this.renderPlace(content, id, state.progress))}
      </ol>
      <footer>
        <button type="button" @click=${() => this.app.signOut()}>
          ${picture('home')} ${i18n.t('common.home')}
        </button>
        <button type="button" @click=${() => this.app.goTo({ name: 'keyStage' })}>
          ${i18n.t('map.changeQuest')}
        </button>
        <span class="spacer"></span>
        <button class="primary" type="button" @click=${() => this.app.goTo({ name: 'promise' })}>
          ${picture('pencil')} ${i18n.t('map.promise')}
        </button>
      </footer>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-world-map': SoqWorldMap;
  }
}
