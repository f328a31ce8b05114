import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import { checkNewPin, type PinProblem } from '../../core/grown-ups/pin-gate';
import { i18n } from '../../services/i18n/i18n';
import { formStyles } from '../shared/form-styles';
import { sharedStyles } from '../shared/shared-styles';
import { StoreController } from '../shared/store-controller';

type Mode = 'enter' | 'reset';

/**
 * The grown-ups' gate: on first use the grown-up chooses a PIN; after that the PIN opens the area.
 * A forgotten PIN is reset by typing a sentence no pupil would type by chance; nothing else is lost.
 */
@customElement('soq-pin-gate')
export class SoqPinGate extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    css`
      :host {
        display: grid;
        gap: 1rem;
        align-content: start;
      }
      h2 {
        font-size: 1.6rem;
      }
      input[inputmode='numeric'] {
        max-width: 14rem;
        letter-spacing: 0.4em;
      }
      .sentence {
        font-weight: 700;
      }
    `,
  ];

  @property({ attribute: false }) app!: GameApp;

  @state() private mode: Mode = 'enter';
  @state() private message = '';
  private state?: StoreController<GameApp['state']>;

  override connectedCallback(): void {
    this.state ??= new StoreController(this, this.app.store);
    super.connectedCallback();
  }

  private field(form: HTMLFormElement, name: string): string {
    const value = new FormData(form).get(name);
    return typeof value === 'string' ? value : '';
  }

  private async handleSetup(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const problem: PinProblem | undefined = checkNewPin(this.field(form, 'pin'), this.field(form, 'again'));
    if (problem) {
      this.message = i18n.t(`grownUps.setup.problem.${problem}`);
      return;
    }
    this.message = '';
    await this.app.grownUps.setPin(this.field(form, 'pin'));
  }

  private async handleEnter(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const result = await this.app.grownUps.unlock(this.field(form, 'pin'));
    if (result === 'open') return;
    this.message = i18n.t(result === 'wait' ? 'grownUps.gate.wait' : 'grownUps.gate.wrong');
    form.reset();
  }

  private async handleReset(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (this.field(form, 'sentence').trim() !== i18n.t('grownUps.reset.sentence')) {
      this.message = i18n.t('grownUps.reset.problem');
      return;
    }
    this.message = '';
    this.mode = 'enter';
    await this.app.grownUps.forgetPin();
  }

  private messageBlock() {
    return this.message ? html`<p class="problem" role="alert">${this.message}</p>` : nothing;
  }

  private pinBox(name: string, label: string, autocomplete: string) {
    return html`<label
      >${label}<input
        type="password"
        name=${name}
        inputmode="numeric"
        autocomplete=${autocomplete}
        maxlength="8"
        required
    /></label>`;
  }

  override render() {
    const hasPin = this.state?.value.gate.hasPin ?? false;
    if (!hasPin) {
      return html`<h2>${i18n.t('grownUps.setup.heading')}</h2>
        <p>${i18n.t('grownUps.setup.intro')}</p>
        <form @submit=${this.handleSetup} novalidate>
          ${this.pinBox('pin', i18n.t('grownUps.setup.pinLabel'), 'new-password')}
          ${this.pinBox('again', i18n.t('grownUps.setup.againLabel'), 'new-password')} ${this.messageBlock()}
          <div class="actions">
            <button class="primary" type="submit">${i18n.t('grownUps.setup.save')}</button>
          </div>
        </form>`;
    }
    if (this.mode === 'reset') {
      return html`<h2>${i18n.t('grownUps.reset.heading')}</h2>
        <p>${i18n.t('grownUps.reset.intro')}</p>
        <p class="sentence">${i18n.t('grownUps.reset.sentence')}</p>
        <form @submit=${this.handleReset} novalidate>
          <label
            >${i18n.t('grownUps.reset.label')}<input type="text" name="sentence" autocomplete="off"
          /></label>
          ${this.messageBlock()}
          <div class="actions">
            <button class="primary" type="submit">${i18n.t('grownUps.reset.confirm')}</button>
            <button type="button" @click=${() => ((this.mode = 'enter'), (this.message = ''))}>
              ${i18n.t('grownUps.reset.cancel')}
            </button>
          </div>
        </form>`;
    }
    return html`<h2>${i18n.t('grownUps.gate.heading')}</h2>
      <form @submit=${this.handleEnter} novalidate>
        ${this.pinBox('pin', i18n.t('grownUps.gate.pinLabel'), 'current-password')} ${this.messageBlock()}
        <div class="actions">
          <button class="primary" type="submit">${i18n.t('grownUps.gate.open')}</button>
          <button type="button" @click=${() => ((this.mode = 'reset'), (this.message = ''))}>
            ${i18n.t('grownUps.gate.forgot')}
          </button>
        </div>
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-pin-gate': SoqPinGate;
  }
}
