import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ArtName } from '../../core/content/art-names';
import type { MatchStep, SortStep } from '../../core/content/schema';
import { i18n, scenarioText } from '../../services/i18n/i18n';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import { PlacingBoard } from '../shared/placing-board';

interface Target {
  id: string;
  label: string;
  picture: ArtName;
}

/**
 * Tap-to-sort and tap-to-match, with no dragging: each thing has one big button per bin (sorting) or
 * per answer still free (matching, one to one). A thing put in the right place stays there; otherwise
 * a kind reason shows and the pupil simply tries another.
 */
@customElement('soq-sort-board')
export class SoqSortBoard extends PlacingBoard {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        gap: 0.6rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
        gap: 0.5rem;
      }
      li {
        display: grid;
        grid-template-columns: auto 1fr;
        align-items: center;
        gap: 0.25rem 0.5rem;
        border: 3px solid var(--soq-ink);
        border-radius: 18px;
        padding: 0.3rem 0.5rem;
        line-height: 1.15;
        background: #fff;
        overflow-wrap: anywhere;
      }
      li.done {
        background: #e2f7da;
      }
      li > .pic {
        width: 1.8em;
        height: 1.8em;
      }
      .targets {
        grid-column: 1 / -1;
        display: flex;
        gap: 0.5rem;
        flex-wrap: wrap;
      }
      .targets button {
        flex: 1 1 6rem;
        padding: 0.2rem 0.4rem;
        font-size: 0.72em;
        line-height: 1.1;
        border-radius: 16px;
      }
      .placed {
        grid-column: 1 / -1;
        display: flex;
        align-items: center;
        gap: 0.4rem;
        font-weight: 700;
        min-height: var(--soq-target, 48px);
      }
      .placed .pic {
        width: 1.4em;
        height: 1.4em;
        flex: none;
      }
    `,
  ];

  @property({ attribute: false }) step!: SortStep | MatchStep;
  protected readonly nextControl = '.targets button';

  /** The places a thing can go: every bin, or every answer not yet matched. */
  private targets(): Target[] {
    const { step, run } = this;
    if (step.kind === 'sort') return step.bins;
    const used = new Set(Object.values(run.placed ?? {}));
    return step.answers.filter((answer) => !used.has(answer.id));
  }

  private allTargets(): readonly Target[] {
    return this.step.kind === 'sort' ? this.step.bins : this.step.answers;
  }

  override render() {
    const { step, run, scenario } = this;
    const targets = this.targets();
    const listLabel = i18n.t(step.kind === 'sort' ? 'scenario.sortLabel' : 'scenario.matchLabel');
    return html`<ul aria-label=${listLabel}>
        ${step.items.map((item) => {
          const label = scenarioText(item.label);
          const placedIn = this.allTargets().find((target) => target.id === run.placed?.[item.id]);
          return html`<li class=${placedIn ? 'done' : ''}>
            ${picture(item.picture)}<span>${label}</span>
            ${
              placedIn
                ? html`<span class="placed"
                    >${picture('tick')}
                    ${i18n.t('scenario.sortedInto', { bin: scenarioText(placedIn.label) })}</span
                  >`
                : html`<div class="targets">
                    ${targets.map(
                      (target) =>
                        html`<button
                          type="button"
                          aria-label=${i18n.t('scenario.sortInto', { item: label, bin: scenarioText(target.label) })}
                          @click=${() => void this.app.place(scenario, item.id, target.id)}
                        >
                          ${picture(target.picture)} ${scenarioText(target.label)}
                        </button>`,
                    )}
                  </div>`
            }
          </li>`;
        })}
      </ul>
      ${this.renderFeedback(this.step)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-sort-board': SoqSortBoard;
  }
}
