import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import { i18n } from '../../services/i18n/i18n';
import { sharedStyles } from '../shared/shared-styles';
import { StoreController } from '../shared/store-controller';
import '../soq-class-table/soq-class-table';
import '../soq-device-notes/soq-device-notes';
import '../soq-pin-gate/soq-pin-gate';
import '../soq-school-form/soq-school-form';
import '../soq-teacher-notes/soq-teacher-notes';
import '../soq-wording-editor/soq-wording-editor';

type Tab = 'school' | 'wording' | 'class' | 'notes';
const tabs: readonly Tab[] = ['school', 'wording', 'class', 'notes'];

/** The grown-ups' area: behind the PIN gate, the school's settings. */
@customElement('soq-grown-ups')
export class SoqGrownUps extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        grid-template-rows: auto 1fr;
        height: 100%;
        padding: 0.75rem clamp(0.75rem, 2.5vw, 2.5rem);
        gap: 0.75rem;
        background: #fdfcf7;
      }
      header {
        display: flex;
        align-items: center;
        gap: 0.75rem;
        flex-wrap: wrap;
      }
      h1 {
        flex: 1;
        font-size: clamp(1.4rem, 4vmin, 2.2rem);
      }
      [role='tablist'] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      [role='tab'][aria-selected='true'] {
        background: var(--soq-sun);
      }
      main {
        min-height: 0;
        overflow: auto;
      }
      @media print {
        :host {
          display: block;
          height: auto;
          padding: 0;
          background: #fff;
        }
        header {
          display: none;
        }
        main {
          overflow: visible;
        }
      }
    `,
  ];

  @property({ attribute: false }) app!: GameApp;

  @state() private tab: Tab = 'school';
  private state?: StoreController<GameApp['state']>;

  override connectedCallback(): void {
    this.state ??= new StoreController(this, this.app.store);
    super.connectedCallback();
  }

  private handleExit(): void {
    this.app.grownUps.lock();
    this.app.goTo({ name: 'title' });
  }

  private renderSection(unlocked: boolean) {
    if (!unlocked) return html`<soq-pin-gate .app=${this.app}></soq-pin-gate>`;
    switch (this.tab) {
      case 'school':
        return html`<soq-school-form .app=${this.app}></soq-school-form>
          <soq-device-notes .app=${this.app}></soq-device-notes>`;
      case 'wording':
        return html`<soq-wording-editor .app=${this.app}></soq-wording-editor>`;
      case 'class':
        return html`<soq-class-table .app=${this.app}></soq-class-table>`;
      case 'notes':
        return html`<soq-teacher-notes .app=${this.app}></soq-teacher-notes>`;
    }
  }

  override render() {
    const unlocked = this.state?.value.gate.unlocked ?? false;
    return html`<header>
        <h1>${i18n.t('grownUps.heading')}</h1>
        ${
          unlocked
            ? html`<div role="tablist" aria-label=${i18n.t('grownUps.tabs.label')}>
                ${tabs.map(
                  (tab) =>
                    html`<button
                      role="tab"
                      type="button"
                      aria-selected=${this.tab === tab ? 'true' : 'false'}
                      @click=${() => (this.tab = tab)}
                    >
                      ${i18n.t(`grownUps.tabs.${tab}`)}
                    </button>`,
                )}
              </div>`
            : ''
        }
        <button type="button" @click=${this.handleExit}>${i18n.t('grownUps.exit')}</button>
      </header>
      <main>${this.renderSection(unlocked)}</main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-grown-ups': SoqGrownUps;
  }
}
