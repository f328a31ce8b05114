import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import {
  classRows,
  hardestStatements,
  type ClassCell,
  type PupilRecord,
} from '../../core/class/class-summary';
import type { KeyStage } from '../../core/content/key-stage';
import { maxStars } from '../../core/progress/stars';
import { shownStatements } from '../../core/school/wording';
import { loadKeyStage, type KeyStageContent } from '../../content/levels';
import { i18n } from '../../services/i18n/i18n';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import { formatDay, placeName, statementNumber } from '../shared/text';
import '../soq-certificate/soq-certificate';
import '../soq-pupil-transfer/soq-pupil-transfer';
import { classTableStyles } from './soq-class-table.styles';

const statusPictures = { done: 'tick', 'in-progress': 'hourglass' } as const;

/**
 * The class: the pupils on this device against their key stage's statements, who has signed, which
 * statements took most tries; and printing one, chosen or all signed agreements as one print job.
 */
@customElement('soq-class-table')
export class SoqClassTable extends LitElement {
  static override styles = [sharedStyles, classTableStyles];

  @property({ attribute: false }) app!: GameApp;

  @state() private keyStage: KeyStage = 'ks1';
  @state() private pupils?: PupilRecord[];
  @state() private content?: KeyStageContent;
  @state() private chosen = new Set<string>();
  @state() private printing: PupilRecord[] = [];
  @state() private message = '';
  @state() private confirming?: { kind: 'pupil'; id: string; name: string } | { kind: 'all' };

  override connectedCallback(): void {
    super.connectedCallback();
    this.keyStage = this.app.state.school.keyStages[0] ?? 'ks1';
    void this.app.grownUps.loadClass().then((pupils) => (this.pupils = pupils));
    void this.showKeyStage(this.keyStage);
  }

  private async showKeyStage(keyStage: KeyStage): Promise<void> {
    this.keyStage = keyStage;
    this.chosen = new Set();
    this.message = '';
    // Never show one key stage's table under the other's heading while the content loads.
    this.content = undefined;
    this.content = await loadKeyStage(keyStage);
  }

  private toggle(profileId: string, on: boolean): void {
    const chosen = new Set(this.chosen);
    if (on) chosen.add(profileId);
    else chosen.delete(profileId);
    this.chosen = chosen;
  }

  private async print(which: 'chosen' | 'signed'): Promise<void> {
    // In the class table's order, by name, so the printed pile is easy to hand out.
    const signed = (this.pupils ?? [])
      .filter((pupil) => pupil.profile.keyStage === this.keyStage && pupil.agreements[this.keyStage])
      .sort((a, b) => a.profile.name.localeCompare(b.profile.name));
    this.printing = which === 'chosen' ? signed.filter((pupil) => this.chosen.has(pupil.profile.id)) : signed;
    this.message = this.printing.length === 0 ? i18n.t('grownUps.class.nothingToPrint') : '';
    if (this.printing.length === 0) return;
    await this.updateComplete;
    window.print();
  }

  private async confirmDelete(): Promise<void> {
    const confirming = this.confirming;
    this.confirming = undefined;
    if (confirming?.kind === 'pupil') await this.app.grownUps.deletePupil(confirming.id);
    if (confirming?.kind === 'all') await this.app.grownUps.deleteEverything();
    this.pupils = await this.app.grownUps.loadClass();
  }

  private renderConfirm() {
    const confirming = this.confirming;
    if (!confirming) return nothing;
    const question =
      confirming.kind === 'pupil'
        ? i18n.t('grownUps.class.confirmPupil', { name: confirming.name })
        : i18n.t('grownUps.class.confirmAll');
    return html`<div class="confirm" role="alertdialog" aria-label=${question}>
      <p>${question}</p>
      <div class="actions">
        <button type="button" class="danger" @click=${() => void this.confirmDelete()}>
          ${i18n.t('grownUps.class.confirmYes')}
        </button>
        <button type="button" @click=${() => (this.confirming = undefined)}>
          ${i18n.t('grownUps.class.confirmNo')}
        </button>
      </div>
    </div>`;
  }

  private statusCell(content: KeyStageContent, statementId: string, { status, stars }: ClassCell) {
    const place = placeName(content.keyStage, statementId);
    const statusText = i18n.t(`map.status.${status}`);
    const label =
      stars > 0
        ? i18n.t('grownUps.class.cellStars', { place, status: statusText, count: stars, max: maxStars })
        : i18n.t('grownUps.class.cell', { place, status: statusText });
    return html`<td aria-label=${label} title=${label}>
      ${status === 'not-started' ? '–' : picture(statusPictures[status])}
      ${stars > 0 ? html`<span class="stars" aria-hidden="true">${stars}★</span>` : nothing}
    </td>`;
  }

  private renderTable(content: KeyStageContent, pupils: PupilRecord[]) {
    const ids = shownStatements(this.app.state.wording, content.statements).map((entry) => entry.id);
    const rows = classRows(pupils, content.keyStage, ids);
    if (rows.length === 0) return html`<p>${i18n.t('grownUps.class.empty')}</p>`;
    const hardest = hardestStatements(
      pupils.filter((pupil) => pupil.profile.keyStage === content.keyStage),
      ids,
    );
    return html`<div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">${i18n.t('grownUps.class.choose', { name: '' })}</span>
              </th>
              <th scope="col">${i18n.t('grownUps.class.pupil')}</th>
              ${ids.map(
                (id) =>
                  html`<th scope="col" title=${placeName(content.keyStage, id)}>${statementNumber(id)}</th>`,
              )}
              <th scope="col">${i18n.t('grownUps.class.done')}</th>
              <th scope="col">${i18n.t('grownUps.class.stars')}</th>
              <th scope="col">${i18n.t('grownUps.class.signed')}</th>
              <th scope="col">
                <span class="visually-hidden">${i18n.t('grownUps.class.deleteHeading')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) =>
                html`<tr>
                  <td>
                    <input
                      type="checkbox"
                      aria-label=${i18n.t('grownUps.class.choose', { name: row.profile.name })}
                      .checked=${this.chosen.has(row.profile.id)}
                      @change=${(e: Event) => this.toggle(row.profile.id, (e.target as HTMLInputElement).checked)}
                    />
                  </td>
                  <th scope="row"><bdi>${row.profile.name}</bdi></th>
                  ${row.cells.map((cell, index) => this.statusCell(content, ids[index] ?? '', cell))}
                  <td>${row.done} / ${ids.length}</td>
                  <td>${row.stars}</td>
                  <td>${row.signedOn ? formatDay(row.signedOn) : i18n.t('grownUps.class.notSigned')}</td>
                  <td>
                    <button
                      type="button"
                      @click=${() => (this.confirming = { kind: 'pupil', id: row.profile.id, name: row.profile.name })}
                    >
                      ${i18n.t('grownUps.class.deletePupil', { name: row.profile.name })}
                    </button>
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="actions">
        <button type="button" @click=${() => void this.print('chosen')}>
          ${picture('printer')} ${i18n.t('grownUps.class.printChosen')}
        </button>
        <button class="primary" type="button" @click=${() => void this.print('signed')}>
          ${picture('printer')} ${i18n.t('grownUps.class.printAllSigned')}
        </button>
      </div>
      ${this.message ? html`<p class="problem" role="alert">${this.message}</p>` : nothing}
      <h3>${i18n.t('grownUps.class.hardest')}</h3>
      ${
        hardest.length === 0
          ? html`<p>${i18n.t('grownUps.class.hardestNone')}</p>`
          : html`<ol>
              ${hardest.map(
                (entry) =>
                  html`<li>
                    ${i18n.t('grownUps.class.hardestItem', {
                      number: statementNumber(entry.statementId),
                      place: placeName(content.keyStage, entry.statementId),
                      count: entry.misses,
                    })}
                  </li>`,
              )}
            </ol>`
      }`;
  }

  override render() {
    const { content, pupils } = this;
    const school = this.app.state.school;
    return html`<div class="screen">
        <div class="key-stages">
          ${school.keyStages.map(
            (keyStage) =>
              html`<button
                type="button"
                aria-pressed=${this.keyStage === keyStage ? 'true' : 'false'}
                @click=${() => void this.showKeyStage(keyStage)}
              >
                ${i18n.t(`keyStage.${keyStage}`)}
              </button>`,
          )}
        </div>
        <h2>${i18n.t('grownUps.class.heading', { keyStage: i18n.t(`keyStage.${this.keyStage}`) })}</h2>
        <div class="actions">
          <button type="button" class="danger" @click=${() => (this.confirming = { kind: 'all' })}>
            ${i18n.t('grownUps.class.deleteAll')}
          </button>
        </div>
        ${this.renderConfirm()}
        <soq-pupil-transfer
          .app=${this.app}
          .chosen=${this.chosen}
          @soq-pupils-imported=${() => void this.app.grownUps.loadClass().then((pupils) => (this.pupils = pupils))}
        ></soq-pupil-transfer>
        ${content && pupils ? this.renderTable(content, pupils) : html`<p role="status">${i18n.t('grownUps.class.loading')}</p>`}
      </div>
      ${
        content
          ? this.printing.map(
              (pupil) =>
                html`<soq-certificate
                  .keyStage=${content.keyStage}
                  .statements=${shownStatements(this.app.state.wording, content.statements)}
                  .name=${pupil.profile.name}
                  .agreement=${pupil.agreements[content.keyStage]}
                  .progress=${pupil.progress}
                  .school=${school}
                  .wordingVersion=${this.app.state.wording.version}
                ></soq-certificate>`,
            )
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-class-table': SoqClassTable;
  }
}
