import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import { i18n } from '../../services/i18n/i18n';
import { afterNextPaint } from '../shared/after-paint';
import { prefetchScreens } from '../soq-app/later-screens';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import { StoreController } from '../shared/store-controller';
import '../soq-sound-toggle/soq-sound-toggle';

/** Marked once the title has first painted: how `npm run bench` times the first visit. */
export const titlePaintedMark = 'soq:title-painted';

/** The first screen: the game's name and a big Play button. It paints before Phaser is loaded. */
@customElement('soq-title-screen')
export class SoqTitleScreen extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        place-items: center;
        height: 100%;
        padding: 1rem;
        text-align: center;
      }
      main {
        display: grid;
        gap: 1.5rem;
        justify-items: center;
        max-width: 48rem;
      }
      .logo {
        width: clamp(5rem, 18vmin, 10rem);
        height: clamp(5rem, 18vmin, 10rem);
      }
      h1 {
        font-size: clamp(2.2rem, 7vmin, 4.5rem);
      }
      p {
        font-size: clamp(1.1rem, 3vmin, 1.6rem);
      }
      .play {
        font-size: clamp(1.6rem, 5vmin, 2.6rem);
        padding: 0.6rem 3rem;
        min-height: 72px;
      }
      .notice {
        background: var(--soq-card);
        border: 3px dashed var(--soq-ink);
        border-radius: 16px;
        padding: 0.75rem 1rem;
        max-width: 40rem;
      }
      .corner {
        position: absolute;
        top: 1rem;
        inset-inline-end: 1rem;
      }
      .corner.left {
        inset-inline-end: auto;
        inset-inline-start: 1rem;
      }
    `,
  ];

  /** The game. */
  @property({ attribute: false }) app!: GameApp;

  private state?: StoreController<GameApp['state']>;

  override connectedCallback(): void {
    this.state ??= new StoreController(this, this.app.store);
    super.connectedCallback();
  }

  /** Once the title is on screen, the pupils' pickers that Play leads to are fetched. */
  protected override firstUpdated(): void {
    afterNextPaint(() => {
      if (performance.getEntriesByName(titlePaintedMark).length === 0) performance.mark(titlePaintedMark);
      prefetchScreens('pickers');
    });
  }

  private handlePlay(): void {
    void this.app.goToWhenLoaded({ name: 'profiles' });
  }

  override render() {
    const storageOk = this.state?.value.storage !== 'unavailable';
    return html`
      <div class="corner"><soq-sound-toggle .app=${this.app}></soq-sound-toggle></div>
      <div class="corner left">
        <button type="button" @click=${() => void this.app.goToWhenLoaded({ name: 'grownUps' })}>
          ${i18n.t('title.grownUps')}
        </button>
      </div>
      <main>
        ${picture('owl', 'logo')}
        <h1>${i18n.t('app.name')}</h1>
        <p>${i18n.t('app.tagline')}</p>
        <p class="guide">${i18n.t('title.guide')}</p>
        <button class="primary play" type="button" @click=${this.handlePlay}>${i18n.t('title.play')}</button>
        ${storageOk ? nothing : html`<p class="notice" role="status">${i18n.t('storage.unavailable')}</p>`}
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-title-screen': SoqTitleScreen;
  }
}
