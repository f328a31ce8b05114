import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Narrator } from '../../services/narration';
import { i18n } from '../../services/i18n/i18n';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';

/**
 * A "read it to me" button for one piece of text. It is not rendered at all where the device has no
 * local voice, so a pupil never meets a button that does nothing.
 */
@customElement('soq-read-aloud')
export class SoqReadAloud extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      button {
        padding: 0.25rem 0.6rem;
      }
      button.labelled {
        padding: 0.3rem 0.8rem;
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
      }
      .pic {
        width: 1.6rem;
        height: 1.6rem;
      }
    `,
  ];

  /** What to read. */
  @property() text = '';
  /** Where the words to read change (every word on a step), what to read when pressed, in turn. */
  @property({ attribute: false }) words?: () => readonly string[];
  /** A label to show beside the picture; without one, the button shows only the picture. */
  @property() label = '';
  /** The device's narrator. */
  @property({ attribute: false }) narrator!: Narrator;

  @state() private available = false;
  private stopWatching?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.available = this.narrator.available;
    this.stopWatching = this.narrator.onChange(() => (this.available = this.narrator.available));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
  }

  private handleClick(): void {
    if (this.words) this.narrator.speakInTurn(this.words());
    else this.narrator.speak(this.text);
  }

  override render() {
    if (!this.available) return nothing;
    if (this.label) {
      return html`<button type="button" class="labelled" @click=${this.handleClick}>
        ${picture('readAloud')} ${this.label}
      </button>`;
    }
    return html`<button
      type="button"
      aria-label=${i18n.t('common.readToMe')}
      title=${i18n.t('common.readToMe')}
      @click=${this.handleClick}
    >
      ${picture('readAloud')}
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-read-aloud': SoqReadAloud;
  }
}
