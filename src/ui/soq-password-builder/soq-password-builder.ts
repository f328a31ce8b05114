import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { PasswordStep } from '../../core/content/schema';
import { passwordNeeds, passwordStrength } from '../../core/scenario/password-strength';
import { inPassword, passwordKinds } from '../../core/scenario/placing';
import { i18n, scenarioText } from '../../services/i18n/i18n';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import { PlacingBoard } from '../shared/placing-board';

const strengthLevel = { empty: 0, weak: 1, better: 2, strong: 3 } as const;

/**
 * Build a strong password for a story character from tiles (never the pupil's own, and nothing is
 * typed): random words, a number and a symbol make it strong; tiles about the character are refused.
 */
@customElement('soq-password-builder')
export class SoqPasswordBuilder extends PlacingBoard {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        gap: 0.6rem;
      }
      .password {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem;
        min-height: 3rem;
        padding: 0.3rem 0.7rem;
        border: 3px solid var(--soq-ink);
        border-radius: 14px;
        background: #fff;
        font-family: ui-monospace, monospace;
        font-weight: 700;
        overflow-wrap: anywhere;
      }
      .meter {
        display: flex;
        align-items: center;
        gap: 0.6rem;
        font-weight: 700;
      }
      .bar {
        flex: 1;
        height: 1rem;
        border: 3px solid var(--soq-ink);
        border-radius: 999px;
        background: #fff;
        overflow: hidden;
      }
      .fill {
        height: 100%;
        background: var(--soq-sun);
      }
      .fill.strong {
        background: #6cc56c;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      li button {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        border-radius: 14px;
      }
      .pic {
        width: 1.5em;
        height: 1.5em;
      }
    `,
  ];

  @property({ attribute: false }) step!: PasswordStep;
  protected readonly nextControl = 'ul button';

  override render() {
    const { step, run, scenario } = this;
    const placed = run.placed ?? {};
    const kinds = passwordKinds(step, placed);
    const strength = passwordStrength(kinds);
    const needs = passwordNeeds(kinds).map((need) => i18n.t(`scenario.password.need.${need}`));
    const chosen = Object.keys(placed).flatMap((id) => step.tiles.find((tile) => tile.id === id) ?? []);
    const strengthText = i18n.t(`scenario.password.strength.${strength}`);
    return html`<p class="password" aria-label=${i18n.t('scenario.password.label')}>
        ${chosen.length > 0 ? chosen.map((tile) => scenarioText(tile.label)).join('') : i18n.t('scenario.password.empty')}
      </p>
      <div class="meter">
        <span>${i18n.t('scenario.password.strengthLabel', { strength: strengthText })}</span>
        <div
          class="bar"
          role="meter"
          aria-label=${i18n.t('scenario.password.meterLabel')}
          aria-valuemin="0"
          aria-valuemax="3"
          aria-valuenow=${strengthLevel[strength]}
          aria-valuetext=${strengthText}
        >
          <div
            class="fill ${strength}"
            style=${styleMap({ width: `${(strengthLevel[strength] / 3) * 100}%` })}
          ></div>
        </div>
      </div>
      ${needs.length > 0 ? html`<p>${i18n.t('scenario.password.needs', { list: needs.join(', ') })}</p>` : nothing}
      ${
        strength === 'strong'
          ? nothing
          : html`<ul aria-label=${i18n.t('scenario.password.tiles')}>
              ${step.tiles
                .filter((tile) => placed[tile.id] !== inPassword)
                .map(
                  (tile) =>
                    html`<li>
                      <button
                        type="button"
                        @click=${() => void this.app.place(scenario, tile.id, inPassword)}
                      >
                        ${picture(tile.picture)}<span>${scenarioText(tile.label)}</span>
                      </button>
                    </li>`,
                )}
            </ul>`
      }
      ${this.renderFeedback(this.step)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-password-builder': SoqPasswordBuilder;
  }
}
