import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { GameApp } from '../../app/game-app';
import type { KeyStageContent } from '../../content/levels';
import { i18n } from '../../services/i18n/i18n';

/**
 * Loads the current pupil's key stage content for a component, and says kindly when it cannot be
 * loaded (a lost connection mid-update, say) instead of leaving a blank screen.
 */
export class ContentController implements ReactiveController {
  content?: KeyStageContent;
  private failed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly app: () => GameApp,
    private readonly onLoad: (content: KeyStageContent) => void = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const loading = this.app().content();
    if (!loading) return;
    loading.then(
      (content) => {
        this.content = content;
        this.onLoad(content);
        this.host.requestUpdate();
      },
      () => {
        this.failed = true;
        this.host.requestUpdate();
      },
    );
  }

  /** What to show until the content is there. */
  placeholder(): TemplateResult {
    return this.failed
      ? html`<p role="alert">${i18n.t('common.loadFailed')}</p>`
      : html`<p role="status">${i18n.t('common.loading')}</p>`;
  }
}
