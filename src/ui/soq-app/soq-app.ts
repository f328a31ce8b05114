import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import { speechRate } from '../../core/preferences/preferences';
import type { Narrator } from '../../services/narration';
import { focusHeading } from '../shared/focus';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import { StoreController } from '../shared/store-controller';
import { i18n } from '../../services/i18n/i18n';
import { laterScreens, loadScreen, type LaterScreen } from './later-screens';
import '../soq-title-screen/soq-title-screen';

/**
 * The app shell: shows the screen the store names. Every screen fills the viewport without scrolling.
 * The title comes with the first paint; the other screens load when first opened (and are fetched
 * ahead: the pickers as soon as the title has painted, the rest while the browser is idle: see
 * `prefetchScreens`).
 */
@customElement('soq-app')
export class SoqApp extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        height: 100%;
      }
      /* While a screen's code arrives (a slow network): Ollie waits with the pupil, or says kindly why not. */
      .waiting {
        display: grid;
        place-content: center;
        justify-items: center;
        gap: 1rem;
        height: 100%;
        padding: 1rem;
        text-align: center;
        font-size: clamp(1.3rem, 4vmin, 2rem);
      }
      .waiting p {
        max-width: 32rem;
      }
      .waiting .owl {
        width: clamp(4rem, 14vmin, 7rem);
        height: clamp(4rem, 14vmin, 7rem);
        animation: bob 1.4s ease-in-out infinite alternate;
      }
      .waiting.still .owl {
        animation: none;
      }
      @keyframes bob {
        to {
          transform: translateY(-8px);
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .waiting .owl {
          animation: none;
        }
      }
    `,
  ];

  /** The game. */
  @property({ attribute: false }) app!: GameApp;
  @property({ attribute: false }) narrator!: Narrator;

  private state?: StoreController<GameApp['state']>;
  @state() private loaded = new Set<LaterScreen>();
  @state() private failed = false;

  override connectedCallback(): void {
    this.state ??= new StoreController(this, this.app.store);
    super.connectedCallback();
  }

  /** Loads a screen's code the first time it is needed, then shows it. */
  private ensureLoaded(name: LaterScreen): boolean {
    if (this.loaded.has(name)) return true;
    loadScreen(name).then(
      () => (this.loaded = new Set([...this.loaded, name])),
      () => (this.failed = true),
    );
    return false;
  }

  /** The screen last shown, so focus moves to the heading only when the screen changes. */
  private shownScreen?: string;

  protected override updated(): void {
    const screen = JSON.stringify(this.app.state.screen);
    const first = this.shownScreen === undefined;
    if (screen === this.shownScreen) return;
    this.shownScreen = screen;
    if (!first) focusHeading(this.renderRoot, () => this.shownScreen === screen);
  }

  override render() {
    const screen = this.state?.value.screen ?? { name: 'title' };
    const preferences = this.state?.value.preferences ?? this.app.state.preferences;
    this.narrator.rate = speechRate(preferences.voiceRate);
    this.narrator.setEnabled(preferences.readAloud);
    const later = laterScreens.find((name) => name === screen.name);
    if (later && !this.ensureLoaded(later)) {
      const still = preferences.motion ? '' : 'still';
      return this.failed
        ? html`<div class="waiting" role="alert">
            ${picture('owl', 'owl')}
            <p>${i18n.t('common.loadFailed')}</p>
          </div>`
        : html`<div class="waiting ${still}" role="status">
            ${picture('owl', 'owl')}
            <p>${i18n.t('common.loading')}</p>
          </div>`;
    }
    switch (screen.name) {
      case 'title':
        return html`<soq-title-screen .app=${this.app}></soq-title-screen>`;
      case 'profiles':
        return html`<soq-profile-picker .app=${this.app}></soq-profile-picker>`;
      case 'keyStage':
        return html`<soq-key-stage-picker .app=${this.app}></soq-key-stage-picker>`;
      case 'map':
        return html`<soq-world-map .app=${this.app} .narrator=${this.narrator}></soq-world-map>`;
      case 'scenario':
        return html`<soq-scenario-view
          .app=${this.app}
          .narrator=${this.narrator}
          .statementId=${screen.statementId}
        ></soq-scenario-view>`;
      case 'grownUps':
        return html`<soq-grown-ups .app=${this.app}></soq-grown-ups>`;
      case 'promise':
        return html`<soq-my-promise .app=${this.app} .narrator=${this.narrator}></soq-my-promise>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-app': SoqApp;
  }
}
