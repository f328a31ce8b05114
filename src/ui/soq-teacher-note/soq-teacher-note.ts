import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { KeyStage } from '../../core/content/key-stage';
import type { Scenario, StatementEntry } from '../../core/content/schema';
import { classQuestionsOf, mechanicsOf } from '../../core/teaching/scenario-outline';
import { teacherNoteKeys, type TeacherNoteShape } from '../../core/teaching/teacher-notes';
import { intlLocale } from '../../core/school/languages';
import englishNotes from '../../../locales/en/teacher-notes.json';
import { addEnglishTeacherNotes, i18n, scenarioText } from '../../services/i18n/i18n';
import { withEmphasis } from '../shared/emphasis';
import { picture } from '../shared/picture';
import { placeName, statementNumber, statementText } from '../shared/text';
import { teacherNoteStyles } from './soq-teacher-note.styles';

const notes: Readonly<Record<string, TeacherNoteShape>> = englishNotes;
addEnglishTeacherNotes(englishNotes);

/** A word of the teacher's notes in the game's language. */
function noteText(key: string): string {
  const text = i18n.t(key, { ns: 'teacherNotes', defaultValue: key });
  return typeof text === 'string' ? text : key;
}

function keyStageOf(statementId: string): KeyStage {
  return statementId.startsWith('ks1') ? 'ks1' : 'ks2';
}

/** "KS2 8. Asking for help": a statement named across key stages. */
function statementName(statementId: string): string {
  const keyStage = keyStageOf(statementId);
  return `${i18n.t(`keyStage.${keyStage}`)} ${i18n.t('grownUps.notes.statementLabel', {
    number: statementNumber(statementId),
    place: placeName(keyStage, statementId),
  })}`;
}

/**
 * The teacher's page for one statement: the statement in the school's wording, what its scenario
 * teaches, teaching points, what pupils do, the class questions, key words, links to other statements
 * and the Education for a Connected World strand. One A4 page in print.
 */
@customElement('soq-teacher-note')
export class SoqTeacherNote extends LitElement {
  static override styles = teacherNoteStyles;

  @property() keyStage: KeyStage = 'ks1';
  @property({ attribute: false }) statement?: StatementEntry;
  /** The statement's scenario, whose steps give the mechanics and the class questions. */
  @property({ attribute: false }) scenario?: Scenario;

  private renderScenario(scenario: Scenario) {
    const mechanics = mechanicsOf(scenario).map((kind) => i18n.t(`grownUps.notes.mechanics.${kind}`));
    const questions = classQuestionsOf(scenario);
    const list = new Intl.ListFormat(intlLocale(i18n.language), {
      type: 'conjunction',
    }).format(mechanics);
    return html`<section>
        <h3>${i18n.t('grownUps.notes.scenario')}</h3>
        <p>
          ${i18n.t('grownUps.notes.mechanicsLine', { list })}
          (${i18n.t('grownUps.notes.steps', { count: scenario.steps.length })})
        </p>
      </section>
      <section>
        <h3>${i18n.t('grownUps.notes.questions')}</h3>
        ${
          questions.length === 0
            ? html`<p>${i18n.t('grownUps.notes.noQuestions')}</p>`
            : html`<ol>
                ${questions.map((key) => html`<li>${scenarioText(key)}</li>`)}
              </ol>`
        }
      </section>`;
  }

  override render() {
    const statement = this.statement;
    const note = statement ? notes[statement.id] : undefined;
    if (!statement || !note) return nothing;
    const keys = teacherNoteKeys(statement.id, note);
    return html`<article class="sheet">
      <header>
        ${picture(statement.icon)}
        <h2>
          ${i18n.t('grownUps.notes.heading', {
            keyStage: i18n.t(`keyStage.${this.keyStage}`),
            number: statementNumber(statement.id),
            place: placeName(this.keyStage, statement.id),
          })}
        </h2>
      </header>
      <section>
        <h3>${i18n.t('grownUps.notes.schoolWording')}</h3>
        <p class="statement">${withEmphasis(statementText(this.keyStage, statement.id))}</p>
      </section>
      <section>
        <h3>${i18n.t('grownUps.notes.teaches')}</h3>
        <p>${noteText(keys.teaches)}</p>
      </section>
      <div class="columns">
        <section>
          <h3>${i18n.t('grownUps.notes.points')}</h3>
          <ul>
            ${keys.points.map((key) => html`<li>${noteText(key)}</li>`)}
          </ul>
        </section>
        <section>
          <h3>${i18n.t('grownUps.notes.keyWords')}</h3>
          <dl>
            ${keys.keyWords.map(
              (entry) =>
                html`<dt>${noteText(entry.word)}</dt>
                  <dd>${noteText(entry.meaning)}</dd>`,
            )}
          </dl>
        </section>
      </div>
      ${this.scenario ? this.renderScenario(this.scenario) : nothing}
      <section>
        <h3>${i18n.t('grownUps.notes.links')}</h3>
        <ul>
          ${keys.links.map(
            (link) =>
              html`<li><strong>${statementName(link.statementId)}</strong>: ${noteText(link.why)}</li>`,
          )}
        </ul>
      </section>
      <p class="small">${i18n.t('grownUps.notes.strand', { strand: noteText(keys.strand) })}</p>
      <p class="small">${i18n.t('grownUps.notes.trustedAdult')}</p>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-teacher-note': SoqTeacherNote;
  }
}
