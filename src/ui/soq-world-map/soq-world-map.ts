import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import { journeyDone, nextStop } from '../../core/progress/journey';
import { countDone, starsOf } from '../../core/progress/progress';
import { shownStatements } from '../../core/school/wording';
import { currentProfile } from '../../core/state/app-state';
import type { KeyStageContent } from '../../content/levels';
import { motionWanted } from '../../game/motion-preference';
import type { Narrator } from '../../services/narration';
import { i18n } from '../../services/i18n/i18n';
import { ContentController } from '../shared/content-controller';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import { waitingStyles } from '../shared/waiting';
import { stickerStyles } from '../shared/sticker';
import { StoreController } from '../shared/store-controller';
import { placeName } from '../shared/text';
import '../soq-guide/soq-guide';
import '../soq-sound-toggle/soq-sound-toggle';
import type { SoqStickerBook } from '../soq-sticker-book/soq-sticker-book';
import '../soq-sticker-book/soq-sticker-book';
import { journeyStop } from './journey-stop';
import { snakeCell } from './snake-cell';
import { roadThrough } from './road';
import { worldMapStyles } from './soq-world-map.styles';

/**
 * The key stage's journey: a winding road with a stop for each AUP statement in the policy's order,
 * the pupil's avatar at the stop they reached, and My Promise at the end. As the screen narrows or
 * the text grows, the road winds in fewer columns and scrolls, so no stop is ever lost.
 */
@customElement('soq-world-map')
export class SoqWorldMap extends LitElement {
  static override styles = [sharedStyles, waitingStyles, stickerStyles, worldMapStyles];

  /** The game. */
  @property({ attribute: false }) app!: GameApp;
  @property({ attribute: false }) narrator!: Narrator;
  /** The key stage shown, reflected for styling. */
  @property({ attribute: 'key-stage', reflect: true }) keyStage = '';
  /** Reflected: nothing glows or bounces when motion is not wanted. */
  @property({ type: Boolean, reflect: true }) still = false;

  @state() private columns = 4;
  @state() private road = '';
  @query('.path') private path?: HTMLElement;
  @query('soq-sticker-book') private stickerBook?: SoqStickerBook;
  private state?: StoreController<GameApp['state']>;
  private readonly resized = new ResizeObserver(() => this.fitColumns());
  private readonly loader = new ContentController(
    this,
    () => this.app,
    (content) => (this.keyStage = content.keyStage),
  );

  override connectedCallback(): void {
    this.state ??= new StoreController(this, this.app.store);
    super.connectedCallback();
    this.resized.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resized.disconnect();
  }

  /** As many stops to a row as fit at the current width and text size. */
  private fitColumns(): void {
    const em = parseFloat(getComputedStyle(this).fontSize) || 16;
    const stopWidth = em * (this.keyStage === 'ks1' ? 12 : 9);
    const columns = Math.max(1, Math.min(8, Math.floor((this.clientWidth - em * 2) / stopWidth)));
    if (columns !== this.columns) this.columns = columns;
    else this.drawRoad();
  }

  protected override willUpdate(): void {
    this.still = !motionWanted(this.app.state);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('keyStage')) this.fitColumns();
    this.drawRoad();
  }

  private drawRoad(): void {
    const path = this.path;
    if (!path) return;
    const road = roadThrough(path);
    if (road !== this.road) this.road = road;
  }

  private welcome(content: KeyStageContent, name: string, ids: readonly string[]): string {
    const progress = this.app.state.progress;
    const next = nextStop(ids, progress);
    if (!next) return i18n.t('allDone', { ns: 'guide', name });
    if (countDone(progress, ids) === 0) return i18n.t('welcome', { ns: 'guide', name });
    return i18n.t('welcomeBack', { ns: 'guide', name, place: placeName(content.keyStage, next) });
  }

  private renderDestination(index: number, unlocked: boolean, reached: boolean, avatar: TemplateResult) {
    const grid = snakeCell(index, this.columns);
    return html`<div class="stop-place" style="grid-row: ${grid.row}; grid-column: ${grid.column}">
      <button
        class="stop destination"
        type="button"
        ?data-locked=${!unlocked}
        aria-label=${`${i18n.t('map.promise')}: ${unlocked ? i18n.t('map.promiseOpen') : i18n.t('map.promiseLocked')}`}
        @click=${() => this.app.goTo({ name: 'promise' })}
      >
        <span class="marker">
          <span class="disc" aria-hidden="true">${picture('scroll')}</span>
          ${unlocked ? nothing : picture('lock', 'badge')} ${reached ? avatar : nothing}
        </span>
        <span class="title">${i18n.t('map.promise')}</span>
      </button>
    </div>`;
  }

  override render() {
    const state = this.state?.value;
    const profile = state ? currentProfile(state) : undefined;
    const content = this.loader.content;
    if (!state || !profile || !content) return this.loader.placeholder();
    const statements = shownStatements(state.wording, content.statements);
    const ids = statements.map((entry) => entry.id);
    const stars = ids.reduce((sum, id) => sum + starsOf(state.progress, id), 0);
    const reached = nextStop(ids, state.progress);
    const playable = new Set(content.scenarios.keys());
    const unlocked = state.school.earlySigning || journeyDone(ids, playable, state.progress);
    const open = (id: string): void => void this.app.openStatement(id);
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
        <button type="button" @click=${() => this.stickerBook?.open()}>
          ${picture('star')} ${i18n.t('map.stickerBook')}
        </button>
        <soq-sound-toggle .app=${this.app}></soq-sound-toggle>
      </header>
      ${
        state.storage === 'unavailable'
          ? html`<p class="notice" role="status">${i18n.t('storage.unavailable')}</p>`
          : nothing
      }
      <soq-guide
        .narrator=${this.narrator}
        .line=${this.welcome(content, profile.name, ids)}
        .names=${[profile.name]}
        .voice=${content.keyStage === 'ks1' ? 'now' : 'quiet'}
        ?still=${this.still}
      ></soq-guide>
      <div class="journey">
        <div
          class="path"
          style="--columns: ${this.columns}; --rows: ${Math.ceil((statements.length + 1) / this.columns)}"
        >
          <svg class="road" aria-hidden="true">
            ${svg`<path class="road-edge" d=${this.road}></path><path class="road-top" d=${this.road}></path><path class="road-line" d=${this.road}></path>`}
          </svg>
          <ol class="stops">
            ${statements.map((entry, index) =>
              journeyStop(
                {
                  keyStage: content.keyStage,
                  statementId: entry.id,
                  icon: entry.icon,
                  progress: state.progress,
                  reached: entry.id === reached,
                  avatar: profile.avatar,
                  open,
                },
                snakeCell(index, this.columns),
              ),
            )}
          </ol>
          ${this.renderDestination(statements.length, unlocked, !reached, picture(profile.avatar, 'avatar'))}
        </div>
      </div>
      <footer>
        <button type="button" @click=${() => this.app.signOut()}>
          ${picture('home')} ${i18n.t('common.home')}
        </button>
        <button type="button" @click=${() => this.app.goTo({ name: 'keyStage' })}>
          ${i18n.t('map.changeQuest')}
        </button>
      </footer>
      <soq-sticker-book
        .statements=${statements}
        .keyStage=${content.keyStage}
        .progress=${state.progress}
        .narrator=${this.narrator}
      ></soq-sticker-book>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-world-map': SoqWorldMap;
  }
}
