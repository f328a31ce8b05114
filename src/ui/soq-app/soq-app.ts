import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import { speechRate } from '../../core/preferences/preferences';
import type { Narrator } from '../../services/narration';
import { focusHeading } from '../shared/focus';
import { sharedStyles } from '../shared/shared-styles';
import { StoreController } from '../shared/store-controller';
import { Waiting, waitingStyles } from '../shared/waiting';
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
    waitingStyles,
    css`
      :host {
        display: block;
        height: 100%;
      }
    `,
  ];

  /** The game. */
  @property({ attribute: false }) app!: GameApp;
  @property({ attribute: false }) narrator!: Narrator;

  private state?: StoreController<GameApp['state']>;
  @state() private loaded = new Set<LaterScreen>();
  private readonly waiting = new Waiting(this);

  override connectedCallback(): void {
    this.state ??= new StoreController(this, this.app.store);
    super.connectedCallback();
  }

  /** Loads a screen's code the first time it is needed, then shows it. */
  private ensureLoaded(name: LaterScreen): boolean {
    if (this.loaded.has(name)) return true;
    if (this.waiting.failed(name)) return false;
    loadScreen(name).then(
      () => (this.loaded = new Set([...this.loaded, name])),
      () => this.waiting.report(name),
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
    if (later && !this.ensureLoaded(later)) return this.waiting.render(later, preferences.motion);
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
