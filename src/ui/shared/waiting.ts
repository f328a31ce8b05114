import { css, html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { i18n } from '../../services/i18n/i18n';
import { reloadWhenReachable } from '../../services/reload-when-reachable';
import { picture } from './picture';

/** The screen while a part of the game is still arriving (a slow network). */
export const waitingStyles = css`
  .waiting {
    display: grid;
    place-content: center;
    justify-items: center;
    gap: 1rem;
    height: 100%;
    padding: 1rem;
    text-align: center;
    font-size: clamp(1.3rem, 4vmin, 2rem);
  }
  .waiting p {
    max-width: 32rem;
  }
  .waiting .owl {
    width: clamp(4rem, 14vmin, 7rem);
    height: clamp(4rem, 14vmin, 7rem);
    animation: bob 1.4s ease-in-out infinite alternate;
  }
  .waiting.still .owl {
    animation: none;
  }
  @keyframes bob {
    to {
      transform: translateY(-8px);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .waiting .owl {
      animation: none;
    }
  }
`;

/**
 * What a component shows while a part of the game arrives: Ollie waits with the pupil (still when motion
 * is off), or says kindly that it did not come and that their progress is safe, with "Try again". Trying
 * again reloads the page once its server answers; until then Ollie waits a moment and says so again.
 */
export class Waiting {
  private failedPart?: string;
  private checking = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Did this part fail to arrive? */
  failed(part: string): boolean {
    return this.failedPart === part;
  }

  /** This part did not arrive. */
  report(part: string): void {
    this.failedPart = part;
    this.host.requestUpdate();
  }

  /** Ollie waiting for this part, or saying that it did not come. */
  render(part: string, motion: boolean): TemplateResult {
    if (this.failed(part) && !this.checking)
      return html`<div class="waiting still" role="alert">
        ${picture('owl', 'owl')}
        <p>${i18n.t('common.loadFailed')}</p>
        <button class="primary" type="button" @click=${() => void this.tryAgain()}>
          ${i18n.t('common.loadAgain')}
        </button>
      </div>`;
    return html`<div class="waiting ${motion ? '' : 'still'}" role="status">
      ${picture('owl', 'owl')}
      <p>${i18n.t('common.loading')}</p>
    </div>`;
  }

  private async tryAgain(): Promise<void> {
    this.checking = true;
    this.host.requestUpdate();
    // Ollie waits a moment even when the answer is quick, so the press visibly did something.
    const moment = new Promise((resolve) => setTimeout(resolve, 800));
    const [reloading] = await Promise.all([reloadWhenReachable(), moment]);
    if (reloading) return;
    this.checking = false;
    this.host.requestUpdate();
  }
}
