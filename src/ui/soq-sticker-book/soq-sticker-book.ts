import { LitElement, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { KeyStage } from '../../core/content/key-stage';
import type { StatementEntry } from '../../core/content/schema';
import { countDone, starsOf, statusOf, type Progress } from '../../core/progress/progress';
import { maxStars } from '../../core/progress/stars';
import type { Narrator } from '../../services/narration';
import { i18n } from '../../services/i18n/i18n';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import { starPictures, sticker, stickerStyles } from '../shared/sticker';
import { placeName, statementNumber } from '../shared/text';
import '../soq-read-aloud/soq-read-aloud';
import { stickerBookStyles } from './soq-sticker-book.styles';

/**
 * The pupil's sticker book, opened from the map: a sticker for every statement whose scenario they
 * finished, with its stars, and an empty space for each still to collect. A modal dialog, so focus
 * stays inside it and Escape closes it.
 */
@customElement('soq-sticker-book')
export class SoqStickerBook extends LitElement {
  static override styles = [sharedStyles, stickerStyles, stickerBookStyles];

  @property({ attribute: false }) statements: readonly StatementEntry[] = [];
  @property({ attribute: false }) progress: Progress = {};
  @property({ attribute: false }) narrator!: Narrator;
  @property() keyStage: KeyStage = 'ks1';

  @query('dialog') private dialog?: HTMLDialogElement;

  open(): void {
    this.dialog?.showModal();
  }

  private renderSpace(entry: StatementEntry) {
    const done = statusOf(this.progress, entry.id) === 'done';
    const stars = starsOf(this.progress, entry.id);
    const status = !done
      ? i18n.t('stickers.notYet')
      : stars > 0
        ? i18n.t('stickers.collectedStars', { count: stars, max: maxStars })
        : i18n.t('stickers.collected');
    return html`<li class=${done ? 'space collected' : 'space'}>
      ${done ? sticker(entry.icon) : html`<span class="empty" aria-hidden="true">?</span>`}
      <span class="name"
        >${statementNumber(entry.id)}. ${placeName(this.keyStage, entry.id)}<span class="visually-hidden"
          >: ${status}</span
        ></span
      >
      ${done ? starPictures(stars) : ''}
    </li>`;
  }

  override render() {
    const ids = this.statements.map((entry) => entry.id);
    const count = i18n.t('stickers.count', { count: countDone(this.progress, ids), total: ids.length });
    return html`<dialog aria-labelledby="sticker-heading">
      <div class="top">
        <h2 id="sticker-heading">${picture('star')} ${i18n.t('stickers.heading')}</h2>
        <button class="primary" type="button" @click=${() => this.dialog?.close()}>
          ${i18n.t('stickers.close')}
        </button>
      </div>
      <p>
        ${i18n.t('stickers.intro')} <strong>${count}</strong>
        <soq-read-aloud
          .narrator=${this.narrator}
          .text=${`${i18n.t('stickers.intro')} ${count}`}
        ></soq-read-aloud>
      </p>
      <ul class="page">
        ${this.statements.map((entry) => this.renderSpace(entry))}
      </ul>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-sticker-book': SoqStickerBook;
  }
}
