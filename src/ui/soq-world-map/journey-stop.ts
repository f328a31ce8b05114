import { html, nothing, type TemplateResult } from 'lit';
import type { ArtName } from '../../core/content/art-names';
import type { KeyStage } from '../../core/content/key-stage';
import { starsOf, statusOf, type Progress } from '../../core/progress/progress';
import { maxStars } from '../../core/progress/stars';
import { i18n } from '../../services/i18n/i18n';
import { picture } from '../shared/picture';
import { starPictures, sticker } from '../shared/sticker';
import { placeName, statementNumber } from '../shared/text';

export interface StopView {
  readonly keyStage: KeyStage;
  readonly statementId: string;
  readonly icon?: ArtName;
  readonly progress: Progress;
  /** The stop the pupil reached: their avatar stands there, and it invites them to play next. */
  readonly reached: boolean;
  readonly avatar: ArtName;
  readonly open: (statementId: string) => void;
}

/**
 * One stop on the journey: a real button whose name starts with its visible words ("1. Use") and goes
 * on with its status; the next stop is described by its "Play next" tag. Done stops show their sticker
 * and stars as pictures; the next one glows and bounces (where motion is wanted).
 */
export function journeyStop(view: StopView, grid: { row: number; column: number }): TemplateResult {
  const { statementId, progress, icon } = view;
  const status = statusOf(progress, statementId);
  const stars = starsOf(progress, statementId);
  const statusText =
    stars > 0
      ? i18n.t('map.statusStars', { status: i18n.t(`map.status.${status}`), count: stars, max: maxStars })
      : i18n.t(`map.status.${status}`);
  const disc =
    status === 'done' && icon
      ? sticker(icon)
      : html`<span class="disc" aria-hidden="true">${icon ? picture(icon) : nothing}</span>`;
  return html`<li class="stop-place" style="grid-row: ${grid.row}; grid-column: ${grid.column}">
    <button
      class="stop"
      type="button"
      data-status=${status}
      ?data-next=${view.reached}
      aria-label=${`${statementNumber(statementId)}. ${placeName(view.keyStage, statementId)}: ${statusText}`}
      aria-describedby=${view.reached ? 'next-tag' : nothing}
      @click=${() => view.open(statementId)}
    >
      <span class="marker">
        ${disc} ${status === 'in-progress' ? picture('hourglass', 'badge') : nothing}
        ${view.reached ? picture(view.avatar, 'avatar') : nothing}
      </span>
      <span class="title">${statementNumber(statementId)}. ${placeName(view.keyStage, statementId)}</span>
      ${status === 'done' ? starPictures(stars) : nothing}
    </button>
    ${
      view.reached
        ? html`<span id="next-tag" class="next-tag" aria-hidden="true" @click=${() => view.open(statementId)}
            >${i18n.t('map.playNext')}</span
          >`
        : nothing
    }
  </li>`;
}
