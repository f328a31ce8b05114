import { html, nothing, type TemplateResult } from 'lit';
import type { ClassRow } from '../../core/class/class-summary';
import type { ClassSort } from '../../core/class/class-view';
import type { KeyStage } from '../../core/content/key-stage';
import { maxStars } from '../../core/progress/stars';
import { i18n } from '../../services/i18n/i18n';
import { picture } from '../shared/picture';
import { formatDay, placeName, statementNumber } from '../shared/text';

/** What the rows need from the class table: the statements shown, the choices, and the actions. */
export interface RowContext {
  readonly keyStage: KeyStage;
  readonly statementIds: readonly string[];
  readonly chosen: ReadonlySet<string>;
  readonly sort: ClassSort;
  readonly toggle: (profileId: string, on: boolean) => void;
  readonly printOne: (profileId: string) => void;
}

const statusPictures = { done: 'tick', 'in-progress': 'hourglass', 'not-started': 'pencil' } as const;

/** A name that may wrap between its words, never inside one (not even at a hyphen). */
export function wholeWords(name: string): TemplateResult {
  const words = name.split(/\s+/).filter(Boolean);
  return html`<bdi
    >${words.map((word, index) => html`${index > 0 ? ' ' : ''}<span class="word">${word}</span>`)}</bdi
  >`;
}

function chooseBox(row: ClassRow, context: RowContext): TemplateResult {
  // The label around the box makes a target as big as a finger on a tablet.
  return html`<label class="choose"
    ><input
      type="checkbox"
      aria-label=${i18n.t('grownUps.class.choose', { name: row.profile.name })}
      .checked=${context.chosen.has(row.profile.id)}
      @change=${(e: Event) => context.toggle(row.profile.id, (e.target as HTMLInputElement).checked)}
  /></label>`;
}

/** How far a pupil is, in words and a picture, then a strip with each statement's status. */
function progress(row: ClassRow, context: RowContext): TemplateResult {
  const total = context.statementIds.length;
  const words =
    row.done === total
      ? i18n.t('grownUps.class.allDone', { total })
      : row.cells.every((cell) => cell.status === 'not-started')
        ? i18n.t('grownUps.class.notStarted')
        : i18n.t('grownUps.class.doneOf', { done: row.done, total });
  return html`<p class="status">${picture(row.done === total ? 'tick' : 'hourglass')} ${words}</p>
    <ol class="strip" aria-label=${i18n.t('grownUps.class.statementsOf', { name: row.profile.name })}>
      ${row.cells.map((cell, index) => {
        const id = context.statementIds[index] ?? '';
        const values = {
          number: statementNumber(id),
          place: placeName(context.keyStage, id),
          status: i18n.t(`map.status.${cell.status}`),
        };
        const label =
          cell.stars > 0
            ? i18n.t('grownUps.class.statementStars', { ...values, count: cell.stars, max: maxStars })
            : i18n.t('grownUps.class.statementStatus', values);
        return html`<li class=${cell.status} aria-label=${label} title=${label}>
          ${cell.status === 'not-started' ? html`<span aria-hidden="true">${values.number}</span>` : picture(statusPictures[cell.status])}
        </li>`;
      })}
    </ol>`;
}

function agreement(row: ClassRow, context: RowContext): TemplateResult {
  if (!row.signedOn)
    return html`<p class="status">${picture('pencil')} ${i18n.t('grownUps.class.notSigned')}</p>`;
  const label = i18n.t('grownUps.class.printOne', { name: row.profile.name });
  return html`<div class="signed">
    <p class="status">
      ${picture('checkMark')} ${i18n.t('grownUps.class.signedOn', { date: formatDay(row.signedOn) })}
    </p>
    <button
      type="button"
      class="icon"
      aria-label=${label}
      title=${label}
      @click=${() => context.printOne(row.profile.id)}
    >
      ${picture('printer')}
    </button>
  </div>`;
}

function sortedBy(context: RowContext, sort: ClassSort): 'ascending' | 'descending' | typeof nothing {
  if (context.sort !== sort) return nothing;
  return sort === 'name' ? 'ascending' : 'descending';
}

/** The class as a table: one row a pupil, for screens wide enough to show it without scrolling sideways. */
export function classTable(rows: readonly ClassRow[], context: RowContext): TemplateResult {
  return html`<div class="table-wrap">
    <table>
      <thead>
        <tr>
          <th scope="col">
            <span class="visually-hidden">${i18n.t('grownUps.class.choose', { name: '' })}</span>
          </th>
          <th scope="col" aria-sort=${sortedBy(context, 'name')}>${i18n.t('grownUps.class.pupil')}</th>
          <th scope="col" aria-sort=${sortedBy(context, 'progress')}>${i18n.t('grownUps.class.progress')}</th>
          <th scope="col">${i18n.t('grownUps.class.stars')}</th>
          <th scope="col" aria-sort=${sortedBy(context, 'signed')}>${i18n.t('grownUps.class.agreement')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              <td>${chooseBox(row, context)}</td>
              <th scope="row">${wholeWords(row.profile.name)}</th>
              <td>${progress(row, context)}</td>
              <td class="stars">${row.stars}</td>
              <td>${agreement(row, context)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The class as cards, one a pupil, where the table's columns do not fit. */
export function classCards(rows: readonly ClassRow[], context: RowContext): TemplateResult {
  return html`<ul class="cards">
    ${rows.map(
      (row) =>
        html`<li class="card">
          <div class="card-head">
            ${chooseBox(row, context)}
            <h3 class="name">${wholeWords(row.profile.name)}</h3>
            <span class="card-stars">${i18n.t('grownUps.class.starsCount', { count: row.stars })}</span>
          </div>
          ${progress(row, context)} ${agreement(row, context)}
        </li>`,
    )}
  </ul>`;
}
