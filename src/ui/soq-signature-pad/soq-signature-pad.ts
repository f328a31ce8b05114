import { LitElement, css, html } from 'lit';
import { customElement, query } from 'lit/decorators.js';
import SignaturePad from 'signature_pad';
import { i18n } from '../../services/i18n/i18n';
import { sharedStyles } from '../shared/shared-styles';

/**
 * A box to sign in with a finger, stylus or mouse, smoothed by signature_pad, with a Clear button.
 *
 * @fires soq-signature-change - when the pupil finishes a stroke or clears; `detail.image` is a PNG
 *   data URL, or '' when the box is empty.
 */
@customElement('soq-signature-pad')
export class SoqSignaturePad extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 0.6rem;
        align-items: end;
      }
      canvas {
        width: 100%;
        height: var(--signature-height, 7rem);
        background: #fff;
        border: 3px dashed var(--soq-ink);
        border-radius: 16px;
        touch-action: none;
      }
    `,
  ];

  @query('canvas') private canvas!: HTMLCanvasElement;
  private pad?: SignaturePad;
  private readonly resizeObserver = new ResizeObserver(() => this.fitCanvas());

  protected override firstUpdated(): void {
    this.pad = new SignaturePad(this.canvas, { penColor: '#1d2b53', minWidth: 1.2, maxWidth: 3.2 });
    this.pad.addEventListener('endStroke', () => this.announce());
    this.resizeObserver.observe(this.canvas);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
    this.pad?.off();
  }

  /** Keeps the drawing sharp on high-density screens; a resize keeps what was drawn. */
  private fitCanvas(): void {
    const pad = this.pad;
    if (!pad) return;
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    const strokes = pad.toData();
    this.canvas.width = this.canvas.offsetWidth * ratio;
    this.canvas.height = this.canvas.offsetHeight * ratio;
    this.canvas.getContext('2d')?.scale(ratio, ratio);
    pad.clear();
    pad.fromData(strokes);
  }

  private announce(): void {
    const image = this.pad && !this.pad.isEmpty() ? this.pad.toDataURL('image/png') : '';
    this.dispatchEvent(
      new CustomEvent('soq-signature-change', { detail: { image }, bubbles: true, composed: true }),
    );
  }

  private handleClear(): void {
    this.pad?.clear();
    this.announce();
  }

  override render() {
    return html`<canvas role="img" aria-label=${i18n.t('promise.signatureLabel')}></canvas>
      <button type="button" @click=${this.handleClear}>${i18n.t('promise.clear')}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-signature-pad': SoqSignaturePad;
  }
  interface GlobalEventHandlersEventMap {
    'soq-signature-change': CustomEvent<{ image: string }>;
  }
}
