import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GameApp } from '../../app/game-app';
import type { ChatStep, Choice, Scenario } from '../../core/content/schema';
import { choicesShown, type ScenarioRun } from '../../core/scenario/scenario-run';
import type { Narrator } from '../../services/narration';
import { i18n, scenarioText } from '../../services/i18n/i18n';
import { choiceButtons } from '../shared/choice-buttons';
import { choiceStyles } from '../shared/choice-styles';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import '../soq-read-aloud/soq-read-aloud';
import { chatStyles } from './soq-chat.styles';

/**
 * A pretend chat in a made-up app: the messages so far, each readable aloud, the replies the pupil
 * already chose, and the replies they can pick now (block and report among them). Nothing is typed.
 */
@customElement('soq-chat')
export class SoqChat extends LitElement {
  static override styles = [sharedStyles, choiceStyles, chatStyles];

  /** The game, whose `choose` action the replies call. */
  @property({ attribute: false }) app!: GameApp;
  @property({ attribute: false }) narrator!: Narrator;
  @property({ attribute: false }) scenario!: Scenario;
  @property({ attribute: false }) step!: ChatStep;
  @property({ attribute: false }) run!: ScenarioRun;
  /** Show the replies to pick from; off while the feedback on a reply shows. */
  @property({ type: Boolean }) replies = true;
  /** KS1: big picture replies, and each reply sent shows its picture too. */
  @property({ attribute: 'key-stage', reflect: true }) keyStage = 'ks2';

  private message(key: string) {
    const text = scenarioText(key);
    return html`<li class="them">
      <soq-read-aloud .narrator=${this.narrator} .text=${text}></soq-read-aloud><span>${text}</span>
    </li>`;
  }

  private sent(reply: Choice) {
    return html`<li class="me">
      ${this.keyStage === 'ks1' ? picture(reply.picture) : nothing}<span class="visually-hidden"
        >${i18n.t('scenario.sent')}</span
      >${scenarioText(reply.label)}
    </li>`;
  }

  override render() {
    const { step, run, scenario } = this;
    const answers = run.answers ?? [];
    const shownTurns = step.turns.slice(0, answers.length + 1);
    const contact = scenarioText(step.contact.name);
    return html`<section
        class="phone"
        aria-label=${i18n.t('scenario.chatLabel', { app: scenarioText(step.app), name: contact })}
      >
        <header>
          ${picture(step.contact.picture)}<strong>${contact}</strong
          ><span class="app">${scenarioText(step.app)}</span>
        </header>
        <ol>
          ${shownTurns.map((turn, index) => {
            const answer = turn.replies.find((reply) => reply.id === answers[index]);
            return html`${turn.messages.map((key) => this.message(key))}
            ${answer ? this.sent(answer) : nothing}`;
          })}
        </ol>
      </section>
      ${
        this.replies
          ? choiceButtons(choicesShown(scenario, run), i18n.t('scenario.repliesLabel'), (id) => {
              void this.app.choose(scenario, id);
            })
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-chat': SoqChat;
  }
}
