import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { SchoolProblem } from '../../core/school/school-settings';
import { trustedLimits } from '../../core/school/trusted-adults';
import { focusFirst } from '../shared/focus';
import { i18n } from '../../services/i18n/i18n';
import { formStyles } from '../shared/form-styles';
import { sharedStyles } from '../shared/shared-styles';

/**
 * The school's trusted adults as an editable list: one name per box, a button to add a name (up to the
 * limit) and one to remove each. The school form reads `names` when it saves.
 */
@customElement('soq-trusted-list')
export class SoqTrustedList extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    css`
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.4rem;
      }
      li {
        display: flex;
        gap: 0.5rem;
        align-items: center;
      }
      li input {
        flex: 1;
      }
      legend {
        margin-bottom: 0.3rem;
      }
      .hint {
        font-weight: 400;
        margin: 0 0 0.3rem;
      }
    `,
  ];

  /** The names as the school saved them. */
  @property({ attribute: false }) saved: readonly string[] = [];
  /** Problems found when saving, to show beside the name they are about. */
  @property({ attribute: false }) problems: readonly SchoolProblem[] = [];

  @state() names: string[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.names = this.saved.length > 0 ? [...this.saved] : [''];
  }

  private edit(index: number, value: string): void {
    this.names = this.names.map((name, at) => (at === index ? value : name));
  }

  private add(): void {
    this.names = [...this.names, ''];
    this.changed();
    void this.updateComplete.then(() => focusFirst(this.renderRoot, 'li:last-child input'));
  }

  private removeName(index: number): void {
    this.names = this.names.filter((_, at) => at !== index);
    if (this.names.length === 0) this.names = [''];
    this.changed();
    void this.updateComplete.then(() => focusFirst(this.renderRoot, '.add'));
  }

  /** Tells the form something changed, as typing in a box does. */
  private changed(): void {
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private problemAt(index: number) {
    const found = this.problems.find(
      (p) => p.field === 'trustedAtSchool' && 'index' in p && p.index === index,
    );
    if (!found) return nothing;
    return html`<p class="problem" role="alert">
      ${i18n.t('grownUps.school.problem.trustedAtSchool.tooLong', { max: trustedLimits.nameLength })}
    </p>`;
  }

  override render() {
    const tooMany = this.problems.some((p) => p.field === 'trustedAtSchool' && p.problem === 'tooMany');
    return html`<fieldset>
      <legend>${i18n.t('grownUps.school.trustedAtSchool')}</legend>
      <p class="hint">${i18n.t('grownUps.school.trustedHint')}</p>
      <ol>
        ${this.names.map(
          (name, index) =>
            html`<li>
                <input
                  type="text"
                  autocomplete="off"
                  maxlength=${trustedLimits.nameLength * 2}
                  aria-label=${i18n.t('grownUps.school.trustedName', { number: index + 1 })}
                  aria-invalid=${this.problemAt(index) === nothing ? 'false' : 'true'}
                  .value=${name}
                  @input=${(e: Event) => this.edit(index, (e.target as HTMLInputElement).value)}
                />
                <button
                  type="button"
                  aria-label=${i18n.t('grownUps.school.removeTrusted', {
                    name: name.trim() || i18n.t('grownUps.school.trustedName', { number: index + 1 }),
                  })}
                  @click=${() => this.removeName(index)}
                >
                  ${i18n.t('grownUps.school.remove')}
                </button>
              </li>
              ${this.problemAt(index)}`,
        )}
      </ol>
      ${
        tooMany
          ? html`<p class="problem" role="alert">
              ${i18n.t('grownUps.school.problem.trustedAtSchool.tooMany', { max: trustedLimits.names })}
            </p>`
          : nothing
      }
      <div class="actions">
        <button
          class="add"
          type="button"
          ?disabled=${this.names.length >= trustedLimits.names}
          @click=${() => this.add()}
        >
          ${i18n.t('grownUps.school.addTrusted')}
        </button>
      </div>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-trusted-list': SoqTrustedList;
  }
}
