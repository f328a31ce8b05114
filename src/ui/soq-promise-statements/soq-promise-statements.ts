import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import { plainText } from '../../core/content/emphasis';
import type { KeyStage } from '../../core/content/key-stage';
import type { StatementEntry } from '../../core/content/schema';
import { statusOf, type Progress } from '../../core/progress/progress';
import type { Narrator } from '../../services/narration';
import { i18n } from '../../services/i18n/i18n';
import { withEmphasis } from '../shared/emphasis';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import { placeName, statementNumber, statementText } from '../shared/text';
import '../soq-read-aloud/soq-read-aloud';

/**
 * A page of My Promise: each statement in the school's wording with its icon, a read-aloud control,
 * an "I agree" switch, and for a statement not played yet, a button to play it first.
 *
 * @fires soq-agree - when the pupil agrees or stops agreeing; `detail.statementId` says which.
 */
@customElement('soq-promise-statements')
export class SoqPromiseStatements extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.6rem;
      }
      li {
        display: grid;
        grid-template-columns: auto auto 1fr auto;
        align-items: center;
        gap: 0.3rem 0.6rem;
        background: var(--soq-card);
        border: 3px solid var(--soq-ink);
        border-radius: 18px;
        padding: 0.35rem 0.7rem;
        line-height: 1.25;
        overflow-wrap: anywhere;
      }
      li .pic {
        width: 2.4em;
        height: 2.4em;
      }
      .actions {
        display: flex;
        flex-direction: column;
        gap: 0.3rem;
        align-items: stretch;
      }
      .actions button {
        padding: 0.2rem 0.7rem;
        font-size: 0.85em;
      }
      [aria-pressed='true'] {
        background: #d8f5d0;
      }
      [aria-pressed='true'] .pic,
      .actions .pic {
        width: 1.3em;
        height: 1.3em;
      }
    `,
  ];

  @property({ attribute: false }) app!: GameApp;
  @property({ attribute: false }) narrator!: Narrator;
  @property() keyStage: KeyStage = 'ks1';
  @property({ attribute: false }) entries: readonly StatementEntry[] = [];
  @property({ attribute: false }) progress: Progress = {};
  /** The statements that have a scenario to play. */
  @property({ attribute: false }) playable: ReadonlySet<string> = new Set();
  @property({ attribute: false }) agreed: ReadonlySet<string> = new Set();

  private handleAgree(statementId: string): void {
    this.dispatchEvent(
      new CustomEvent('soq-agree', { detail: { statementId }, bubbles: true, composed: true }),
    );
  }

  override render() {
    return html`<ol>
      ${this.entries.map((entry) => {
        const text = statementText(this.keyStage, entry.id);
        const number = statementNumber(entry.id);
        const played = !this.playable.has(entry.id) || statusOf(this.progress, entry.id) === 'done';
        const agreed = this.agreed.has(entry.id);
        return html`<li>
          ${picture(entry.icon)}
          <soq-read-aloud .narrator=${this.narrator} .text=${plainText(text)}></soq-read-aloud>
          <span>${withEmphasis(text)}</span>
          <span class="actions">
            ${
              played
                ? nothing
                : html`<button type="button" @click=${() => void this.app.openStatement(entry.id)}>
                    ${picture('rocket')}
                    ${i18n.t('promise.playFirst', { number, place: placeName(this.keyStage, entry.id) })}
                  </button>`
            }
            <button
              type="button"
              aria-pressed=${agreed ? 'true' : 'false'}
              aria-label=${i18n.t('promise.agreeTo', { number })}
              @click=${() => this.handleAgree(entry.id)}
            >
              ${agreed ? picture('tick') : nothing} ${i18n.t('promise.agreed')}
            </button>
          </span>
        </li>`;
      })}
    </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-promise-statements': SoqPromiseStatements;
  }
  interface GlobalEventHandlersEventMap {
    'soq-agree': CustomEvent<{ statementId: string }>;
  }
}
