import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import type { Scenario, SortStep } from '../../core/content/schema';
import type { ScenarioRun } from '../../core/scenario/scenario-run';
import type { Narrator } from '../../services/narration';
import { i18n, scenarioText } from '../../services/i18n/i18n';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import '../soq-read-aloud/soq-read-aloud';

/**
 * Tap-to-sort, with no dragging: each thing has one big button per bin. A thing put in the right bin
 * stays there; otherwise a kind reason shows and the pupil simply tries the other bin.
 */
@customElement('soq-sort-board')
export class SoqSortBoard extends LitElement {
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
      .bins {
        grid-column: 1 / -1;
        display: flex;
        gap: 0.5rem;
        flex-wrap: wrap;
      }
      .bins {
        flex-wrap: nowrap;
      }
      .bins button {
        flex: 1;
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
      .feedback {
        display: flex;
        align-items: center;
        gap: 0.6rem;
        padding: 0.2rem 0.8rem;
        border-radius: 16px;
        border: 3px solid var(--soq-ink);
        background: #fff7dd;
      }
      .feedback.right {
        background: #e2f7da;
      }
      .feedback .pic {
        width: 1.6em;
        height: 1.6em;
      }
    `,
  ];

  /** The game, whose `sort` action the buttons call. */
  @property({ attribute: false }) app!: GameApp;
  @property({ attribute: false }) narrator!: Narrator;
  @property({ attribute: false }) scenario!: Scenario;
  @property({ attribute: false }) step!: SortStep;
  @property({ attribute: false }) run!: ScenarioRun;

  protected override updated(changed: PropertyValues<this>): void {
    // When a thing goes in its bin its buttons go too: keyboard users move on to the next thing.
    if (changed.has('run') && changed.get('run')?.sorted !== this.run.sorted) {
      this.renderRoot.querySelector<HTMLElement>('.bins button')?.focus();
    }
  }

  private renderFeedback() {
    const last = this.run.sortTry;
    const item = last && this.step.items.find((candidate) => candidate.id === last.itemId);
    if (!last || !item) return nothing;
    const text = scenarioText(item.feedback);
    return html`<div class="feedback ${last.right ? 'right' : ''}" role="status">
      ${picture(last.right ? 'thumbsUp' : 'thinking')}
      <soq-read-aloud .narrator=${this.narrator} .text=${text}></soq-read-aloud><span>${text}</span>
    </div>`;
  }

  override render() {
    const { step, run, scenario } = this;
    return html`<ul aria-label=${i18n.t('scenario.sortLabel')}>
        ${step.items.map((item) => {
          const label = scenarioText(item.label);
          const placedIn = step.bins.find((bin) => bin.id === run.sorted?.[item.id]);
          return html`<li class=${placedIn ? 'done' : ''}>
            ${picture(item.picture)}<span>${label}</span>
            ${
              placedIn
                ? html`<span class="placed"
                    >${picture('tick')}
                    ${i18n.t('scenario.sortedInto', { bin: scenarioText(placedIn.label) })}</span
                  >`
                : html`<div class="bins">
                    ${step.bins.map(
                      (bin) =>
                        html`<button
                          type="button"
                          aria-label=${i18n.t('scenario.sortInto', { item: label, bin: scenarioText(bin.label) })}
                          @click=${() => void this.app.sort(scenario, item.id, bin.id)}
                        >
                          ${picture(bin.picture)} ${scenarioText(bin.label)}
                        </button>`,
                    )}
                  </div>`
            }
          </li>`;
        })}
      </ul>
      ${this.renderFeedback()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-sort-board': SoqSortBoard;
  }
}
