import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import { localDay } from '../../core/agreement/agreement';
import { countOutcomes, type PlannedPupil } from '../../core/transfer/import-plan';
import {
  maxTransferBytes,
  readTransfer,
  type TransferFile,
  type TransferProblem,
} from '../../core/transfer/transfer-file';
import { i18n } from '../../services/i18n/i18n';
import { formStyles } from '../shared/form-styles';
import { sharedStyles } from '../shared/shared-styles';

function problemText(problem: TransferProblem): string {
  switch (problem.reason) {
    case 'tooBig':
      return i18n.t('grownUps.transfer.problem.tooBig', { max: maxTransferBytes / 1024 / 1024 });
    case 'dangerousKey':
      return i18n.t('grownUps.transfer.problem.dangerousKey', { key: problem.key });
    case 'invalid':
      return i18n.t('grownUps.transfer.problem.invalid', { path: problem.path });
    case 'mismatch':
      return i18n.t('grownUps.transfer.problem.mismatch', { name: problem.name });
    default:
      return i18n.t(`grownUps.transfer.problem.${problem.reason}`);
  }
}

/**
 * Moving pupils between devices: export the chosen pupils (or all) to one file; import a file after
 * seeing what it would add, update or leave alone. A bad file is refused with its reason.
 *
 * @fires soq-pupils-imported - after an import was written.
 */
@customElement('soq-pupil-transfer')
export class SoqPupilTransfer extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    css`
      :host {
        display: grid;
        gap: 0.7rem;
      }
      h3 {
        font-size: 1.2rem;
      }
      .summary {
        border: 3px solid var(--soq-ink);
        border-radius: 14px;
        background: #fff;
        padding: 0.6rem 0.9rem;
        display: grid;
        gap: 0.4rem;
      }
    `,
  ];

  @property({ attribute: false }) app!: GameApp;
  /** The pupils chosen in the class table, by id. */
  @property({ attribute: false }) chosen: ReadonlySet<string> = new Set();

  @state() private problem = '';
  @state() private done = '';
  @state() private pending?: { file: TransferFile; plan: PlannedPupil[] };

  private async download(which: 'chosen' | 'all'): Promise<void> {
    const text = await this.app.grownUps.exportPupils(which === 'chosen' ? [...this.chosen] : undefined);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `safe-online-quest-pupils-${localDay(new Date())}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private async handleFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const chosen = input.files?.[0];
    input.value = '';
    this.problem = '';
    this.done = '';
    this.pending = undefined;
    if (!chosen) return;
    const result =
      chosen.size > maxTransferBytes
        ? ({ ok: false, problem: { reason: 'tooBig' } } as const)
        : readTransfer(await chosen.text(), chosen.size);
    if (!result.ok) {
      this.problem = problemText(result.problem);
      return;
    }
    this.pending = { file: result.file, plan: await this.app.grownUps.planImport(result.file) };
  }

  private async confirm(): Promise<void> {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    await this.app.grownUps.applyImport(pending.plan, pending.file);
    this.done = i18n.t('grownUps.transfer.done');
    this.dispatchEvent(new CustomEvent('soq-pupils-imported', { bubbles: true, composed: true }));
  }

  private renderSummary(plan: readonly PlannedPupil[]) {
    const counts = countOutcomes(plan);
    const kept = plan.filter((entry) => entry.keptAgreement);
    return html`<div class="summary" role="status">
      <p>${i18n.t('grownUps.transfer.summary', counts)}</p>
      ${kept.map(
        (entry) =>
          html`<p>${i18n.t('grownUps.transfer.keptAgreement', { name: entry.record.profile.name })}</p>`,
      )}
      <div class="actions">
        <button class="primary" type="button" @click=${() => void this.confirm()}>
          ${i18n.t('grownUps.transfer.confirm')}
        </button>
        <button type="button" @click=${() => (this.pending = undefined)}>
          ${i18n.t('grownUps.transfer.cancel')}
        </button>
      </div>
    </div>`;
  }

  override render() {
    return html`<h3>${i18n.t('grownUps.transfer.heading')}</h3>
      <div class="actions">
        <button
          type="button"
          ?disabled=${this.chosen.size === 0}
          @click=${() => void this.download('chosen')}
        >
          ${i18n.t('grownUps.transfer.exportChosen')}
        </button>
        <button type="button" @click=${() => void this.download('all')}>
          ${i18n.t('grownUps.transfer.exportAll')}
        </button>
      </div>
      <label
        >${i18n.t('grownUps.transfer.import')}<input
          type="file"
          accept="application/json,.json"
          @change=${this.handleFile}
      /></label>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      ${this.pending ? this.renderSummary(this.pending.plan) : nothing}
      ${this.done ? html`<p role="status">${this.done}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-pupil-transfer': SoqPupilTransfer;
  }
  interface GlobalEventHandlersEventMap {
    'soq-pupils-imported': CustomEvent<undefined>;
  }
}
