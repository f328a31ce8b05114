import { html } from 'lit';
import type { Choice } from '../../core/content/schema';
import { scenarioText } from '../../services/i18n/i18n';
import { picture } from './picture';

/** The choices of a step or the replies of a chat turn, as big picture buttons (styled by `choiceStyles`). */
export function choiceButtons(
  choices: readonly Choice[],
  label: string,
  onChoose: (choiceId: string) => void,
) {
  return html`<div class="choices" role="group" aria-label=${label}>
    ${choices.map(
      (choice, index) =>
        html`<button
          class="choice"
          type="button"
          ?data-autofocus=${index === 0}
          @click=${() => onChoose(choice.id)}
        >
          ${picture(choice.picture)}<span>${scenarioText(choice.label)}</span>
        </button>`,
    )}
  </div>`;
}
