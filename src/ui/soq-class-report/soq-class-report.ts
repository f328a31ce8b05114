import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ClassReport } from '../../core/class/class-report';
import { i18n } from '../../services/i18n/i18n';
import { withEmphasis } from '../shared/emphasis';
import { formatDay, placeName, statementNumber, statementText } from '../shared/text';
import { classReportStyles } from './soq-class-report.styles';

/**
 * The class report, for the teacher's planning and the school's records: who has finished and signed,
 * and the statements the class found hardest. Shown only in print, on one A4 page for a class of 30.
 */
@customElement('soq-class-report')
export class SoqClassReport extends LitElement {
  static override styles = classReportStyles;

  @property({ attribute: false }) report?: ClassReport;
  /** The school's name, or empty. */
  @property() school = '';
  /** The day the report is made, as YYYY-MM-DD. */
  @property() day = '';

  private renderHardest(report: ClassReport) {
    if (report.hardest.length === 0) return html`<p>${i18n.t('grownUps.report.hardestNone')}</p>`;
    return html`<ol>
      ${report.hardest.map(
        (entry) =>
          html`<li>
            <strong
              >${statementNumber(entry.statementId)}. ${placeName(report.keyStage, entry.statementId)}</strong
            >:
            ${i18n.t('grownUps.report.hardestItem', {
              count: entry.misses,
              pupils: entry.pupils,
              total: report.lines.length,
            })}
            <span class="statement">${withEmphasis(statementText(report.keyStage, entry.statementId))}</span>
          </li>`,
      )}
    </ol>`;
  }

  override render() {
    const report = this.report;
    if (!report) return nothing;
    const total = report.lines.length;
    return html`<article class="sheet">
      <header>
        <h1>${i18n.t('grownUps.report.heading', { keyStage: i18n.t(`keyStage.${report.keyStage}`) })}</h1>
        <p>
          ${this.school ? html`<bdi>${this.school}</bdi> · ` : nothing}${i18n.t('grownUps.report.made', { date: formatDay(this.day) })}
        </p>
      </header>
      <p class="summary">
        <span>${i18n.t('grownUps.report.finished', { count: report.finished, total })}</span>
        <span>${i18n.t('grownUps.report.signed', { count: report.signed, total })}</span>
      </p>
      <h2>${i18n.t('grownUps.report.hardest')}</h2>
      ${this.renderHardest(report)}
      ${
        total === 0
          ? html`<p>${i18n.t('grownUps.report.noPupils')}</p>`
          : html`<table>
              <thead>
                <tr>
                  <th scope="col">${i18n.t('grownUps.report.pupil')}</th>
                  <th scope="col">${i18n.t('grownUps.report.done')}</th>
                  <th scope="col">${i18n.t('grownUps.report.signedColumn')}</th>
                </tr>
              </thead>
              <tbody>
                ${report.lines.map(
                  (line) =>
                    html`<tr>
                      <th scope="row"><bdi>${line.name}</bdi></th>
                      <td class="number">${line.done} / ${report.statementCount}</td>
                      <td>${line.signedOn ? formatDay(line.signedOn) : i18n.t('grownUps.report.notYet')}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-class-report': SoqClassReport;
  }
}
