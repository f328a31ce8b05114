import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { SpotStep } from '../../core/content/schema';
import { foundTrap } from '../../core/scenario/placing';
import { i18n, scenarioText } from '../../services/i18n/i18n';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import { PlacingBoard } from '../shared/placing-board';

/**
 * Spot the trap: a pretend screen of a made-up game or site. The pupil taps each thing they would be
 * careful of (a prize pop-up, a paid add-on); a found trap is flagged, a fine thing explains why it is fine.
 */
@customElement('soq-spot-screen')
export class SoqSpotScreen extends PlacingBoard {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        gap: 0.6rem;
      }
      .screen {
        /* The focus ring sits on the navy screen: sunshine yellow stands out there (over 10:1). */
        --soq-focus: var(--soq-sun);
        border: 4px solid var(--soq-ink);
        border-radius: 20px;
        background: #1f2a44;
        padding: 0.4rem;
      }
      .title {
        color: #fff;
        font-weight: 700;
        padding: 0 0.4rem 0.3rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
        gap: 0.4rem;
      }
      button,
      .found {
        width: 100%;
        display: flex;
        align-items: center;
        gap: 0.5rem;
        text-align: start;
        border-radius: 14px;
        padding: 0.3rem 0.6rem;
        line-height: 1.15;
        overflow-wrap: anywhere;
        box-shadow: none;
      }
      .found {
        min-height: var(--soq-target, 48px);
        border: 3px dashed var(--soq-ink);
        background: #fff4d6;
        font-weight: 700;
      }
      .pic {
        width: 1.7em;
        height: 1.7em;
        flex: none;
      }
      .count {
        font-weight: 700;
      }
    `,
  ];

  @property({ attribute: false }) step!: SpotStep;
  protected readonly nextControl = 'ul button';

  override render() {
    const { step, run, scenario } = this;
    const traps = step.spots.filter((spot) => spot.trap).length;
    const found = step.spots.filter((spot) => run.placed?.[spot.id] === foundTrap).length;
    const screen = scenarioText(step.screen);
    return html`<section class="screen" aria-label=${i18n.t('scenario.spotLabel', { screen })}>
        <p class="title" aria-hidden="true">${screen}</p>
        <ul>
          ${step.spots.map((spot) => {
            const label = scenarioText(spot.label);
            return html`<li>
              ${
                run.placed?.[spot.id] === foundTrap
                  ? html`<p class="found">
                      ${picture('flag')}${i18n.t('scenario.spotFound', { thing: label })}
                    </p>`
                  : html`<button
                      type="button"
                      @click=${() => void this.app.place(scenario, spot.id, foundTrap)}
                    >
                      ${picture(spot.picture)}<span>${label}</span>
                    </button>`
              }
            </li>`;
          })}
        </ul>
      </section>
      <p class="count">${i18n.t('scenario.spotCount', { found, total: traps })}</p>
      ${this.renderFeedback(this.step)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-spot-screen': SoqSpotScreen;
  }
}
