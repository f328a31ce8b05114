import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import type { KeyStage } from '../../core/content/key-stage';
import { loadKeyStage, type KeyStageContent } from '../../content/levels';
import { i18n } from '../../services/i18n/i18n';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import { placeName, statementNumber } from '../shared/text';
import '../soq-teacher-note/soq-teacher-note';

/**
 * Lesson notes: every statement of a key stage, and the teacher's page of the one chosen, to print
 * or to start its scenario on the whiteboard (KS1 with the class vote).
 */
@customElement('soq-teacher-notes')
export class SoqTeacherNotes extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        gap: 0.8rem;
        align-content: start;
      }
      .key-stages,
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.6rem;
      }
      [aria-pressed='true'] {
        background: var(--soq-sun);
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(12rem, 16rem) 1fr;
        gap: 1rem;
        align-items: start;
      }
      @media (max-width: 760px) {
        .layout {
          grid-template-columns: 1fr;
        }
      }
      nav ol {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 0.35rem;
      }
      nav button {
        width: 100%;
        text-align: start;
        padding: 0.3rem 0.8rem;
        box-shadow: 0 2px 0 var(--soq-ink);
        border-width: 2px;
        font-weight: 400;
      }
      nav button[aria-pressed='true'] {
        font-weight: 700;
      }
      .page {
        display: grid;
        gap: 0.7rem;
      }
      .hint {
        font-size: 0.9rem;
      }
      @media print {
        .key-stages,
        .intro,
        nav,
        .actions,
        .hint {
          display: none;
        }
        .layout {
          display: block;
        }
      }
    `,
  ];

  @property({ attribute: false }) app!: GameApp;

  @state() private keyStage: KeyStage = 'ks1';
  @state() private content?: KeyStageContent;
  @state() private statementId = '';

  override connectedCallback(): void {
    super.connectedCallback();
    const offered = this.app.state.school.keyStages;
    const last = this.app.grownUps.classKeyStage;
    void this.showKeyStage(last && offered.includes(last) ? last : (offered[0] ?? 'ks1'));
  }

  private async showKeyStage(keyStage: KeyStage): Promise<void> {
    this.keyStage = keyStage;
    this.content = undefined;
    const content = await loadKeyStage(keyStage);
    if (this.keyStage !== keyStage) return;
    this.content = content;
    this.statementId = content.statements[0]?.id ?? '';
  }

  /** Shows a statement's page; where the list sits above the page, the page scrolls into view. */
  private async choose(statementId: string): Promise<void> {
    this.statementId = statementId;
    await this.updateComplete;
    if (window.matchMedia('(max-width: 760px)').matches)
      this.renderRoot.querySelector('.page')?.scrollIntoView({ block: 'start' });
  }

  private renderPage(content: KeyStageContent) {
    const statement = content.statements.find((entry) => entry.id === this.statementId);
    if (!statement) return nothing;
    return html`<div class="page">
      <div class="actions">
        <button type="button" class="primary" @click=${() => window.print()}>
          ${picture('printer')} ${i18n.t('grownUps.notes.print')}
        </button>
        ${
          content.scenarios.has(statement.id)
            ? html`<button
                type="button"
                @click=${() => void this.app.demonstrate(content.keyStage, statement.id)}
              >
                ${picture('rocket')}
                ${i18n.t(content.keyStage === 'ks1' ? 'grownUps.notes.startKs1' : 'grownUps.notes.start')}
              </button>`
            : nothing
        }
      </div>
      <p class="hint">${i18n.t('grownUps.notes.startHint')}</p>
      <soq-teacher-note
        .keyStage=${content.keyStage}
        .statement=${statement}
        .scenario=${content.scenarios.get(statement.id)}
      ></soq-teacher-note>
    </div>`;
  }

  override render() {
    const content = this.content;
    return html`<div class="key-stages">
        ${this.app.state.school.keyStages.map(
          (keyStage) =>
            html`<button
              type="button"
              aria-pressed=${this.keyStage === keyStage ? 'true' : 'false'}
              @click=${() => void this.showKeyStage(keyStage)}
            >
              ${i18n.t(`keyStage.${keyStage}`)}
            </button>`,
        )}
      </div>
      <p class="intro">${i18n.t('grownUps.notes.intro')}</p>
      ${
        content
          ? html`<div class="layout">
              <nav aria-label=${i18n.t('grownUps.notes.statements')}>
                <ol>
                  ${content.statements.map(
                    (entry) =>
                      html`<li>
                        <button
                          type="button"
                          aria-pressed=${entry.id === this.statementId ? 'true' : 'false'}
                          @click=${() => void this.choose(entry.id)}
                        >
                          ${i18n.t('grownUps.notes.statementLabel', {
                            number: statementNumber(entry.id),
                            place: placeName(content.keyStage, entry.id),
                          })}
                        </button>
                      </li>`,
                  )}
                </ol>
              </nav>
              ${this.renderPage(content)}
            </div>`
          : html`<p role="status">${i18n.t('grownUps.class.loading')}</p>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-teacher-notes': SoqTeacherNotes;
  }
}
