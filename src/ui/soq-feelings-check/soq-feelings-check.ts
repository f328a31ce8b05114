import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { feelingSizes } from '../../core/content/feeling-sizes';
import type { FeelingsStep } from '../../core/content/schema';
import { feelingSize, feelingWhere } from '../../core/scenario/placing';
import { i18n, scenarioText } from '../../services/i18n/i18n';
import { picture } from '../shared/picture';
import { PlacingBoard } from '../shared/placing-board';
import { sharedStyles } from '../shared/shared-styles';
import '../soq-read-aloud/soq-read-aloud';
import { feelingsStyles } from './soq-feelings-check.styles';

/**
 * A feelings check: the pupil helps the character notice where a feeling is (a body place, pictured)
 * and then how big it is (small, middle or big: every answer is welcome, with a warm line that a
 * feeling of any size is worth telling). Nothing here is about the pupil's own feelings.
 */
@customElement('soq-feelings-check')
export class SoqFeelingsCheck extends PlacingBoard {
  static override styles = [sharedStyles, feelingsStyles];

  @property({ attribute: false }) step!: FeelingsStep;
  protected readonly nextControl = '.options button';

  private question(key: string) {
    const text = scenarioText(key);
    return html`<p class="ask">
      <soq-read-aloud .narrator=${this.narrator} .text=${text}></soq-read-aloud><span>${text}</span>
    </p>`;
  }

  private renderWhere() {
    const { step, scenario } = this;
    return html`${this.question(step.whereAsk)}
      <div class="options" role="group" aria-label=${scenarioText(step.whereAsk)}>
        ${step.places.map(
          (place) =>
            html`<button type="button" @click=${() => void this.app.place(scenario, feelingWhere, place.id)}>
              ${picture(place.picture, 'body')}<span>${scenarioText(place.label)}</span>
            </button>`,
        )}
      </div>`;
  }

  private renderSize(foundId: string) {
    const { step, scenario, run } = this;
    const found = step.places.find((place) => place.id === foundId);
    const chosen = run.placed?.[feelingSize];
    return html`${
        found
          ? html`<p class="found">
              ${picture(found.picture, 'body small')}${i18n.t('scenario.feelings.foundIn', { place: scenarioText(found.label) })}
            </p>`
          : nothing
      }
      ${this.question(step.sizeAsk)}
      <div class="options sizes" role="group" aria-label=${scenarioText(step.sizeAsk)}>
        ${feelingSizes.map(
          (size) =>
            html`<button
              type="button"
              aria-pressed=${chosen === size ? 'true' : 'false'}
              @click=${() => void this.app.place(scenario, feelingSize, size)}
            >
              <span class="dot ${size}" aria-hidden="true"></span
              ><span>${i18n.t(`scenario.feelings.size.${size}`)}</span>
            </button>`,
        )}
      </div>`;
  }

  override render() {
    const where = this.run.placed?.[feelingWhere];
    return html`${where === undefined ? this.renderWhere() : this.renderSize(where)}
    ${this.renderFeedback(this.step)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-feelings-check': SoqFeelingsCheck;
  }
}
