import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { GameApp } from '../../app/game-app';
import type { KeyStageContent } from '../../content/levels';
import { Waiting } from './waiting';

/**
 * Loads the current pupil's key stage content for a component, and says kindly when it cannot be
 * loaded (a lost connection mid-update, say) instead of leaving a blank screen; the pupil may try again.
 */
export class ContentController implements ReactiveController {
  content?: KeyStageContent;
  private readonly waiting: Waiting;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly app: () => GameApp,
    private readonly onLoad: (content: KeyStageContent) => void = () => undefined,
  ) {
    host.addController(this);
    this.waiting = new Waiting(host);
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
      () => this.waiting.report('content'),
    );
  }

  /** What to show until the content is there (the host needs `waitingStyles`). */
  placeholder(): TemplateResult {
    return this.waiting.render('content', this.app().state.preferences.motion);
  }
}
