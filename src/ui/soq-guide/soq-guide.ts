import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Narrator } from '../../services/narration';
import { isolateNames } from '../shared/isolate-names';
import { i18n } from '../../services/i18n/i18n';
import { picture } from '../shared/picture';
import { sharedStyles } from '../shared/shared-styles';
import '../soq-read-aloud/soq-read-aloud';
import { guideStyles } from './soq-guide.styles';

/**
 * How the guide's line is read aloud when it appears: `now` cuts off anything else, `lead` goes first
 * and lets the step's own reading follow, `follow` comes after what is being read, `quiet` waits for
 * the read-aloud button.
 */
export type GuideVoice = 'now' | 'lead' | 'follow' | 'quiet';

/**
 * Ollie the owl, the guide: a speech bubble whose words are on the page (a caption for everyone and
 * a polite live region for screen readers) and are read aloud with the same voice as the story.
 */
@customElement('soq-guide')
export class SoqGuide extends LitElement {
  static override styles = [sharedStyles, guideStyles];

  @property({ attribute: false }) narrator!: Narrator;
  /** What Ollie says; nothing hides the bubble. */
  @property() line = '';
  /** Names in the line (the pupil's), set apart so they keep their own direction. */
  @property({ attribute: false }) names: readonly string[] = [];
  @property() voice: GuideVoice = 'quiet';
  /** Reflected: the owl sits still when motion is not wanted. */
  @property({ type: Boolean, reflect: true }) still = false;

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('line') || !this.line) return;
    if (this.voice === 'now') this.narrator.speak(this.line);
    else if (this.voice === 'lead') this.narrator.lead(this.line);
    else if (this.voice === 'follow') this.narrator.follow(this.line);
  }

  override render() {
    return html`${picture('owl', 'owl')}
      <div class="bubble" aria-live="polite" ?hidden=${!this.line}>
        ${
          this.line
            ? html`<p>
                  <span class="name">${i18n.t('name', { ns: 'guide' })}:</span>
                  <span class="line">${isolateNames(this.line, this.names)}</span>
                </p>
                <soq-read-aloud .narrator=${this.narrator} .text=${this.line}></soq-read-aloud>`
            : nothing
        }
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soq-guide': SoqGuide;
  }
}
