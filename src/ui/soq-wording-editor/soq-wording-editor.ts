import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import type { KeyStage } from '../../core/content/key-stage';
import {
  checkStatement,
  maxStatementLength,
  restoreDefault,
  reword,
  schoolText,
  setHidden,
} from '../../core/school/wording';
import { directionOf, ownNames, pupilLanguages, type PupilLanguage } from '../../core/school/languages';
import { loadKeyStage, type KeyStageContent } from '../../content/levels';
import { i18n } from '../../services/i18n/i18n';
import { loadLanguagesToShow } from '../shared/script-fonts';
import { formStyles } from '../shared/form-styles';
import { sharedStyles } from '../shared/shared-styles';
import { StoreController } from '../shared/store-controller';
import {
  defaultStatementText,
  placeName,
  statementNumber,
  statementText,
  wordingSuggestion,
} from '../shared/text';
import { plainText } from '../../core/content/emphasis';
import { wordingEditorStyles } from './soq-wording-editor.styles';

/** Adapting the AUP: reword a statement, hide one the school does not use, or restore the default. */
@customElement('soq-wording-editor')
export class SoqWordingEditor extends LitElement {
  static override styles = [sharedStyles, formStyles, wordingEditorStyles];

  @property({ attribute: false }) app!: GameApp;

  @state() private content?: KeyStageContent;
  @state() private messages: Record<string, { text: string; problem: boolean }> = {};
  /** The language whose words are being corrected: English, or one of the game's translations. */
  @state() private language: PupilLanguage = 'en';
  private state?: StoreController<GameApp['state']>;

  override connectedCallback(): void {
    this.state ??= new StoreController(this, this.app.store);
    super.connectedCallback();
    void this.show(this.app.state.school.keyStages[0] ?? 'ks1');
  }

  private async show(keyStage: KeyStage): Promise<void> {
    this.messages = {};
    this.content = await loadKeyStage(keyStage);
  }

  private async showLanguage(language: PupilLanguage): Promise<void> {
    await loadLanguagesToShow([language]);
    this.messages = {};
    this.language = language;
  }

  private say(statementId: string, text: string, problem = false): void {
    this.messages = { ...this.messages, [statementId]: { text, problem } };
  }

  private async save(statementId: string, box: HTMLTextAreaElement | null): Promise<void> {
    const text = box?.value ?? '';
    const problem = checkStatement(text);
    if (problem) {
      this.say(statementId, i18n.t(`grownUps.wording.problem.${problem}`, { max: maxStatementLength }), true);
      return;
    }
    await this.app.grownUps.changeWording((wording) => reword(wording, statementId, text, this.language));
    this.say(statementId, i18n.t('grownUps.wording.saved'));
  }

  private async useSuggestion(statementId: string, text: string): Promise<void> {
    await this.app.grownUps.changeWording((wording) => reword(wording, statementId, text, this.language));
    this.say(statementId, i18n.t('grownUps.wording.saved'));
  }

  /** A dated statement's suggested rewording, accepted in one tap; gone once the school uses it. */
  private renderSuggestion(statementId: string, number: number) {
    const suggestion = wordingSuggestion(statementId, this.language);
    const wording = this.state?.value.wording ?? this.app.state.wording;
    if (!suggestion || schoolText(wording, statementId, this.language) === suggestion.text) return nothing;
    return html`<div class="suggestion">
      <p><strong>${i18n.t('grownUps.wording.suggestionHeading')}</strong> ${suggestion.why}</p>
      <p>${i18n.t('grownUps.wording.suggested', { text: plainText(suggestion.text) })}</p>
      <div class="actions">
        <button type="button" @click=${() => void this.useSuggestion(statementId, suggestion.text)}>
          ${i18n.t('grownUps.wording.useSuggestion', { number })}
        </button>
      </div>
    </div>`;
  }

  private async restore(statementId: string): Promise<void> {
    await this.app.grownUps.changeWording((wording) => restoreDefault(wording, statementId, this.language));
    this.say(statementId, i18n.t('grownUps.wording.restored'));
  }

  private renderStatement(content: KeyStageContent, statementId: string) {
    const wording = this.state?.value.wording;
    const hidden = wording?.hidden.includes(statementId) ?? false;
    const { language } = this;
    const own = wording !== undefined && schoolText(wording, statementId, language) !== undefined;
    const number = statementNumber(statementId);
    const message = this.messages[statementId];
    const boxId = `text-${statementId}`;
    return html`<li>
      <label for=${boxId}>${number}. ${placeName(content.keyStage, statementId)}</label>
      <textarea
        id=${boxId}
        lang=${language}
        dir=${directionOf(language)}
        .value=${statementText(content.keyStage, statementId, language)}
      ></textarea>
      ${
        own
          ? html`<p>
              ${i18n.t('grownUps.wording.policySays', {
                text: defaultStatementText(content.keyStage, statementId, language),
              })}
            </p>`
          : nothing
      }
      ${this.renderSuggestion(statementId, number)}
      <div class="actions">
        <button
          type="button"
          @click=${() => void this.save(statementId, this.renderRoot.querySelector(`#${boxId}`))}
        >
          ${i18n.t('grownUps.wording.save', { number })}
        </button>
        ${
          own
            ? html`<button type="button" @click=${() => void this.restore(statementId)}>
                ${i18n.t('grownUps.wording.restore', { number })}
              </button>`
            : nothing
        }
        <label class="option"
          ><input
            type="checkbox"
            .checked=${!hidden}
            @change=${(e: Event) =>
              void this.app.grownUps.changeWording((w) =>
                setHidden(w, statementId, !(e.target as HTMLInputElement).checked),
              )}
          />
          ${i18n.t('grownUps.wording.show', { number })}</label
        >
      </div>
      ${hidden ? html`<p class="hidden-note">${i18n.t('grownUps.wording.hiddenNote')}</p>` : nothing}
      ${
        message
          ? html`<p class=${message.problem ? 'problem' : ''} role=${message.problem ? 'alert' : 'status'}>
              ${message.text}
            </p>`
          : nothing
      }
    </li>`;
  }

  override render() {
    const content = this.content;
    return html`<p>${i18n.t('grownUps.wording.intro')}</p>
      <label class="language"
        >${i18n.t('grownUps.wording.languageLabel')}
        <select
          @change=${(event: Event) => {
            const code = (event.target as HTMLSelectElement).value;
            const chosen = pupilLanguages.find((language) => language === code);
            if (chosen) void this.showLanguage(chosen);
          }}
        >
          ${pupilLanguages.map(
            (code) =>
              html`<option value=${code} lang=${code} ?selected=${code === this.language}>
                ${ownNames[code]}
              </option>`,
          )}
        </select></label
      >
      <p class="hint">${i18n.t('grownUps.wording.languageHint')}</p>
      <div class="key-stages">
        ${this.app.state.school.keyStages.map(
          (keyStage) =>
            html`<button
              type="button"
              aria-pressed=${content?.keyStage === keyStage ? 'true' : 'false'}
              @click=${() => void this.show(keyStage)}
            >
              ${i18n.t(`keyStage.${keyStage}`)}
            </button>`,
        )}
      </div>
      ${
        content
          ? html`<ol>
              ${content.statements.map((entry) => this.renderStatement(content, entry.id))}
            </ol>`
          : html`<p role="status">${i18n.t('common.loading')}</p>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-wording-editor': SoqWordingEditor;
  }
}
