import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import { classReport } from '../../core/class/class-report';
import { classRows, type PupilRecord } from '../../core/class/class-summary';
import {
  agreementsToPrint,
  filterRows,
  openingKeyStage,
  sortRows,
  type ClassFilter,
  type ClassSort,
  type PrintChoice,
} from '../../core/class/class-view';
import type { KeyStage } from '../../core/content/key-stage';
import { shownStatements } from '../../core/school/wording';
import { loadKeyStage, type KeyStageContent } from '../../content/levels';
import { i18n } from '../../services/i18n/i18n';
import { loadLanguagesToShow } from '../shared/script-fonts';
import { formStyles } from '../shared/form-styles';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import '../soq-confirm-dialog/soq-confirm-dialog';
import '../soq-pupil-transfer/soq-pupil-transfer';
import { prepareAgreementPictures, printLanguages, printout, type Printing } from './class-printout';
import { classCards, classTable, type RowContext } from './class-rows';
import { dangerZone, hardestList, viewControls } from './class-sections';
import { classTableStyles } from './soq-class-table.styles';

type Confirming = { kind: 'chosen'; ids: string[]; names: string[] } | { kind: 'all' };

/**
 * The class: printing first (all signed, chosen or one agreement, and the class report), then the
 * pupils of one key stage (a table, or a card each where the table would scroll sideways), sorted and
 * filtered; moving pupils between devices; and last, apart, deleting, always after a question.
 */
@customElement('soq-class-table')
export class SoqClassTable extends LitElement {
  static override styles = [sharedStyles, formStyles, classTableStyles];

  @property({ attribute: false }) app!: GameApp;

  @state() private keyStage?: KeyStage;
  @state() private pupils?: PupilRecord[];
  @state() private content?: KeyStageContent;
  @state() private chosen = new Set<string>();
  @state() private sort: ClassSort = 'name';
  @state() private filter: ClassFilter = 'all';
  @state() private layout: 'table' | 'cards' = 'table';
  @state() private printing?: Printing;
  @state() private message = '';
  @state() private confirming?: Confirming;

  private width = 0;
  private readonly resizes = new ResizeObserver(([entry]) => {
    const width = entry?.contentRect.width ?? 0;
    if (width === this.width) return;
    this.width = width;
    // Try the table again at every new width; `updated` falls back to cards if it does not fit.
    this.layout = 'table';
    this.requestUpdate();
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizes.observe(this);
    void this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizes.disconnect();
  }

  protected override updated(): void {
    const wrap = this.renderRoot.querySelector('.table-wrap');
    if (this.layout === 'table' && wrap && wrap.scrollWidth > wrap.clientWidth + 1) this.layout = 'cards';
  }

  /** Loads the class; opens the key stage used last, or one with pupils, when none is shown or it has none. */
  private async reload(): Promise<void> {
    const pupils = await this.app.grownUps.loadClass();
    this.pupils = pupils;
    const shown = this.keyStage;
    if (!shown || !pupils.some((pupil) => pupil.profile.keyStage === shown))
      await this.showKeyStage(
        openingKeyStage(this.app.state.school.keyStages, pupils, shown ?? this.app.grownUps.classKeyStage),
      );
  }

  private async showKeyStage(keyStage: KeyStage): Promise<void> {
    if (keyStage !== this.keyStage) this.chosen = new Set();
    this.keyStage = keyStage;
    void this.app.grownUps.rememberClassKeyStage(keyStage);
    this.message = '';
    // Never show one key stage's table under the other's heading while the content loads.
    this.content = undefined;
    const content = await loadKeyStage(keyStage);
    if (this.keyStage === keyStage) this.content = content;
    void prepareAgreementPictures(content.statements);
  }

  private statementIds(content: KeyStageContent): string[] {
    return shownStatements(this.app.state.wording, content.statements).map((entry) => entry.id);
  }

  private toggle(profileId: string, on: boolean): void {
    const chosen = new Set(this.chosen);
    if (on) chosen.add(profileId);
    else chosen.delete(profileId);
    this.chosen = chosen;
  }

  private async print(choice: PrintChoice): Promise<void> {
    if (!this.keyStage) return;
    const pupils = agreementsToPrint(this.pupils ?? [], this.keyStage, this.sort, choice);
    this.message = pupils.length === 0 ? i18n.t('grownUps.class.nothingToPrint') : '';
    if (pupils.length > 0) await this.printNow({ kind: 'agreements', pupils });
  }

  private async printReport(content: KeyStageContent): Promise<void> {
    this.message = '';
    await this.printNow({
      kind: 'report',
      report: classReport(this.pupils ?? [], content.keyStage, this.statementIds(content)),
    });
  }

  private async printNow(printing: Printing): Promise<void> {
    const languages = printLanguages(printing, this.app.state.school.language);
    const pictures =
      printing.kind === 'agreements' ? prepareAgreementPictures(this.content?.statements ?? []) : undefined;
    await Promise.all([loadLanguagesToShow(languages), pictures]);
    this.printing = printing;
    await this.updateComplete;
    window.print();
  }

  private askToDeleteChosen(pupils: readonly PupilRecord[]): void {
    const chosen = pupils.filter((pupil) => this.chosen.has(pupil.profile.id));
    if (chosen.length === 0) {
      this.message = i18n.t('grownUps.class.chooseFirst');
      return;
    }
    this.message = '';
    this.confirming = {
      kind: 'chosen',
      ids: chosen.map((pupil) => pupil.profile.id),
      names: chosen.map((pupil) => pupil.profile.name),
    };
  }

  private async confirmDelete(): Promise<void> {
    const confirming = this.confirming;
    this.confirming = undefined;
    if (confirming?.kind === 'chosen') {
      for (const id of confirming.ids) await this.app.grownUps.deletePupil(id);
      this.chosen = new Set();
    }
    if (confirming?.kind === 'all') await this.app.grownUps.deleteEverything();
    this.pupils = await this.app.grownUps.loadClass();
  }

  private renderConfirm() {
    const confirming = this.confirming;
    if (!confirming) return nothing;
    const question =
      confirming.kind === 'chosen'
        ? i18n.t('grownUps.class.confirmPupils', {
            count: confirming.names.length,
            names: confirming.names.join(', '),
          })
        : i18n.t('grownUps.class.confirmAll');
    return html`<soq-confirm-dialog
      .question=${question}
      .yes=${i18n.t('grownUps.class.confirmYes')}
      .no=${i18n.t('grownUps.class.confirmNo')}
      @soq-confirm=${() => void this.confirmDelete()}
      @soq-cancel=${() => (this.confirming = undefined)}
    ></soq-confirm-dialog>`;
  }

  private renderClass(content: KeyStageContent, pupils: readonly PupilRecord[]) {
    const ids = this.statementIds(content);
    const all = classRows(pupils, content.keyStage, ids);
    const rows = filterRows(sortRows(all, this.sort), this.filter, ids.length);
    const signed = all.filter((row) => row.signedOn).length;
    const chosen = all.filter((row) => this.chosen.has(row.profile.id)).length;
    const context: RowContext = {
      keyStage: content.keyStage,
      statementIds: ids,
      chosen: this.chosen,
      sort: this.sort,
      toggle: (id, on) => this.toggle(id, on),
      printOne: (profileId) => void this.print({ profileId }),
    };
    return html`<div class="actions print">
        <button
          class="primary"
          type="button"
          ?disabled=${signed === 0}
          @click=${() => void this.print('signed')}
        >
          ${picture('printer')} ${i18n.t('grownUps.class.printSigned', { count: signed })}
        </button>
        <button type="button" @click=${() => void this.print({ chosen: this.chosen })}>
          ${picture('printer')} ${i18n.t('grownUps.class.printChosen', { count: chosen })}
        </button>
        <button type="button" @click=${() => void this.printReport(content)}>
          ${picture('chart')} ${i18n.t('grownUps.class.printReport')}
        </button>
      </div>
      ${this.message ? html`<p class="problem" role="alert">${this.message}</p>` : nothing}
      ${
        all.length === 0
          ? html`<p>${i18n.t('grownUps.class.empty')}</p>`
          : html`${viewControls(this.filter, this.sort, {
              filter: (filter) => (this.filter = filter),
              sort: (sort) => (this.sort = sort),
            })}
            ${
              rows.length === 0
                ? html`<p role="status">${i18n.t('grownUps.class.noneShown')}</p>`
                : this.layout === 'table'
                  ? classTable(rows, context)
                  : classCards(rows, context)
            }
            ${hardestList(content.keyStage, pupils, ids)}`
      }`;
  }

  private renderDangerZone(pupils: readonly PupilRecord[]) {
    const ofKeyStage = pupils.filter((pupil) => pupil.profile.keyStage === this.keyStage);
    return dangerZone(ofKeyStage.filter((pupil) => this.chosen.has(pupil.profile.id)).length, {
      deleteChosen: () => this.askToDeleteChosen(ofKeyStage),
      deleteAll: () => (this.confirming = { kind: 'all' }),
    });
  }

  override render() {
    const { content, pupils, keyStage } = this;
    const school = this.app.state.school;
    const count = (pupils ?? []).filter((pupil) => pupil.profile.keyStage === keyStage).length;
    return html`<div class="screen">
        <div class="top">
          <div class="key-stages">
            ${school.keyStages.map(
              (stage) =>
                html`<button
                  type="button"
                  aria-pressed=${keyStage === stage ? 'true' : 'false'}
                  @click=${() => void this.showKeyStage(stage)}
                >
                  ${i18n.t(`keyStage.${stage}`)}
                </button>`,
            )}
          </div>
          ${
            keyStage
              ? html`<h2>
                  ${i18n.t('grownUps.class.heading', { keyStage: i18n.t(`keyStage.${keyStage}`) })}
                  <span class="count">(${i18n.t('grownUps.class.count', { count })})</span>
                </h2>`
              : nothing
          }
        </div>
        ${
          content && pupils
            ? this.renderClass(content, pupils)
            : html`<p role="status">${i18n.t('grownUps.class.loading')}</p>`
        }
        <soq-pupil-transfer
          .app=${this.app}
          .chosen=${this.chosen}
          @soq-pupils-imported=${() => void this.reload()}
        ></soq-pupil-transfer>
        ${this.renderDangerZone(pupils ?? [])} ${this.renderConfirm()}
      </div>
      ${
        content
          ? printout(this.printing, content, {
              school,
              statements: shownStatements(this.app.state.wording, content.statements),
              wordingVersion: this.app.state.wording.version,
            })
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-class-table': SoqClassTable;
  }
}
