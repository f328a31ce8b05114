import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Narrator } from '../../services/narration';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import '../soq-read-aloud/soq-read-aloud';

/**
 * What the pupil's last try on a sort, match, spot or password step means, in kind words that can be
 * read aloud. A polite live status, so screen readers hear it too.
 */
@customElement('soq-try-feedback')
export class SoqTryFeedback extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        align-items: center;
        gap: 0.6rem;
        padding: 0.2rem 0.8rem;
        border-radius: 16px;
        border: 3px solid var(--soq-ink);
        background: #fff7dd;
      }
      :host([right]) {
        background: #e2f7da;
      }
      .pic {
        width: 1.6em;
        height: 1.6em;
        flex: none;
      }
    `,
  ];

  @property({ attribute: false }) narrator!: Narrator;
  /** The words to show. */
  @property() text = '';
  /** Whether the try was right: a thumbs up rather than a thinking face. */
  @property({ type: Boolean, reflect: true }) right = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'status');
  }

  override render() {
    return html`${picture(this.right ? 'thumbsUp' : 'thinking')}
      <soq-read-aloud .narrator=${this.narrator} .text=${this.text}></soq-read-aloud
      ><span>${this.text}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-try-feedback': SoqTryFeedback;
  }
}
