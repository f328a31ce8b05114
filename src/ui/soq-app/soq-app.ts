import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import type { Narrator } from '../../services/narration';
import { sharedStyles } from '../shared/shared-styles';
import { StoreController } from '../shared/store-controller';
import '../soq-grown-ups/soq-grown-ups';
import '../soq-key-stage-picker/soq-key-stage-picker';
import '../soq-my-promise/soq-my-promise';
import '../soq-profile-picker/soq-profile-picker';
import '../soq-scenario-view/soq-scenario-view';
import '../soq-title-screen/soq-title-screen';
import '../soq-world-map/soq-world-map';

/** The app shell: shows the screen the store names. Every screen fills the viewport without scrolling. */
@customElement('soq-app')
export class SoqApp extends LitElement {
  static override styles = [
    sharedStyles,
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

  override connectedCallback(): void {
    this.state ??= new StoreController(this, this.app.store);
    super.connectedCallback();
  }

  override render() {
    const screen = this.state?.value.screen ?? { name: 'title' };
    const settings = this.state?.value.settings;
    this.narrator.slow = settings?.slowNarration ?? false;
    this.narrator.setEnabled(settings?.narrationOn ?? true);
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
