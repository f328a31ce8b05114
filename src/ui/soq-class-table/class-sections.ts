import { html, type TemplateResult } from 'lit';
import { hardestStatements, type PupilRecord } from '../../core/class/class-summary';
import { classFilters, classSorts, type ClassFilter, type ClassSort } from '../../core/class/class-view';
import type { KeyStage } from '../../core/content/key-stage';
import { i18n } from '../../services/i18n/i18n';
import { placeName, statementNumber } from '../shared/text';

/** Which pupils to show, and in what order. */
export function viewControls(
  filter: ClassFilter,
  sort: ClassSort,
  change: { filter: (filter: ClassFilter) => void; sort: (sort: ClassSort) => void },
): TemplateResult {
  return html`<div class="view">
    <fieldset>
      <legend>${i18n.t('grownUps.class.show')}</legend>
      <div class="options">
        ${classFilters.map(
          (option) =>
            html`<label class="option">
              <input
                type="radio"
                name="filter"
                .checked=${filter === option}
                @change=${() => change.filter(option)}
              />
              ${i18n.t(`grownUps.class.filter.${option}`)}
            </label>`,
        )}
      </div>
    </fieldset>
    <label class="sort">
      ${i18n.t('grownUps.class.sortBy')}
      <select @change=${(e: Event) => change.sort((e.target as HTMLSelectElement).value as ClassSort)}>
        ${classSorts.map(
          (option) =>
            html`<option value=${option} ?selected=${sort === option}>
              ${i18n.t(`grownUps.class.sort.${option}`)}
            </option>`,
        )}
      </select>
    </label>
  </div>`;
}

/** The statements that took most tries across the key stage's pupils. */
export function hardestList(
  keyStage: KeyStage,
  pupils: readonly PupilRecord[],
  statementIds: readonly string[],
): TemplateResult {
  const hardest = hardestStatements(
    pupils.filter((pupil) => pupil.profile.keyStage === keyStage),
    statementIds,
  );
  return html`<h3>${i18n.t('grownUps.class.hardest')}</h3>
    ${
      hardest.length === 0
        ? html`<p>${i18n.t('grownUps.class.hardestNone')}</p>`
        : html`<ol>
            ${hardest.map(
              (entry) =>
                html`<li>
                  ${i18n.t('grownUps.class.hardestItem', {
                    number: statementNumber(entry.statementId),
                    place: placeName(keyStage, entry.statementId),
                    count: entry.misses,
                  })}
                </li>`,
            )}
          </ol>`
    }`;
}

/** Deleting, last and apart: the chosen pupils, or everything on this device. */
export function dangerZone(
  chosen: number,
  actions: { deleteChosen: () => void; deleteAll: () => void },
): TemplateResult {
  return html`<section class="danger-zone" aria-labelledby="danger-heading">
    <h3 id="danger-heading">${i18n.t('grownUps.class.dangerHeading')}</h3>
    <p>${i18n.t('grownUps.class.dangerIntro')}</p>
    <div class="actions">
      <button type="button" class="danger" @click=${actions.deleteChosen}>
        ${i18n.t('grownUps.class.deleteChosen', { count: chosen })}
      </button>
      <button type="button" class="danger" @click=${actions.deleteAll}>
        ${i18n.t('grownUps.class.deleteAll')}
      </button>
    </div>
  </section>`;
}
