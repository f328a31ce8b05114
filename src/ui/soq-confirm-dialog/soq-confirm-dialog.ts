import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { sharedStyles } from '../shared/shared-styles';
import { keepFocusIn } from '../shared/focus';

/** The element that has focus now, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | undefined {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/**
 * A question before something that cannot be undone. It opens as a modal dialog as soon as it is
 * shown, with focus on the safe answer (No); Escape answers No. Focus goes back to where it was.
 *
 * @fires soq-confirm - the grown-up said yes.
 * @fires soq-cancel - the grown-up said no, or pressed Escape.
 */
@customElement('soq-confirm-dialog')
export class SoqConfirmDialog extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      dialog {
        border: 3px solid var(--soq-ink);
        border-radius: 14px;
        background: #fff4d6;
        padding: 1rem 1.2rem;
        max-width: min(34rem, calc(100vw - 2rem));
        display: grid;
        gap: 0.8rem;
      }
      dialog:not([open]) {
        display: none;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 40%);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.6rem;
      }
      .danger {
        background: #ffe1dc;
      }
    `,
  ];

  /** The question, which names what would be deleted. */
  @property() question = '';
  /** The words of the button that goes ahead. */
  @property() yes = '';
  /** The words of the button that changes nothing. */
  @property() no = '';

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('.no') private noButton?: HTMLButtonElement;
  private returnFocus?: HTMLElement;

  protected override firstUpdated(): void {
    this.returnFocus = deepActiveElement();
    this.dialog?.showModal();
    this.noButton?.focus();
  }

  private answer(yes: boolean): void {
    this.dialog?.close();
    if (this.returnFocus?.isConnected) this.returnFocus.focus();
    this.dispatchEvent(new Event(yes ? 'soq-confirm' : 'soq-cancel', { bubbles: true, composed: true }));
  }

  private handleCancel(event: Event): void {
    event.preventDefault();
    this.answer(false);
  }

  override render() {
    return html`<dialog
      role="alertdialog"
      aria-labelledby="question"
      @cancel=${this.handleCancel}
      @keydown=${(event: KeyboardEvent) =>
        keepFocusIn(event, event.currentTarget as HTMLElement, () => this.answer(false))}
    >
      <p id="question">${this.question}</p>
      <div class="actions">
        <button type="button" class="no" @click=${() => this.answer(false)}>${this.no}</button>
        <button type="button" class="danger" @click=${() => this.answer(true)}>${this.yes}</button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-confirm-dialog': SoqConfirmDialog;
  }
  interface GlobalEventHandlersEventMap {
    'soq-confirm': Event;
    'soq-cancel': Event;
  }
}
