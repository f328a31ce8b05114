import { currentProfile, type AppState, type Screen } from '../core/state/app-state';
import type { GameApp } from './game-app';

/** Screens that need a pupil: Back never lands on them after the pupil has gone. */
const pupilScreens = new Set<Screen['name']>(['keyStage', 'map', 'scenario', 'promise']);

function sameScreen(a: Screen, b: Screen): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The browser's Back and Forward buttons move between the game's screens: each new screen is a
 * history entry, and going back shows the screen before instead of leaving the game. A reload keeps
 * using the tab's sessionStorage to come back to where it was (`session-memory.ts`).
 */
export class ScreenHistory {
  private shown: Screen;

  constructor(
    private readonly app: GameApp,
    private readonly history: History,
    private readonly target: Pick<Window, 'addEventListener'>,
  ) {
    this.shown = app.state.screen;
  }

  start(): void {
    this.history.replaceState({ soqScreen: this.shown }, '');
    this.app.store.subscribe((state) => this.follow(state));
    this.target.addEventListener('popstate', (event) => void this.goBackTo(event.state));
  }

  private follow(state: AppState): void {
    if (sameScreen(state.screen, this.shown)) return;
    this.shown = state.screen;
    this.history.pushState({ soqScreen: state.screen }, '');
  }

  private async goBackTo(entry: unknown): Promise<void> {
    const { checkHistoryEntry } = await import('./remembered-screens');
    let screen: Screen = checkHistoryEntry(entry) ?? { name: 'title' };
    if (pupilScreens.has(screen.name) && !currentProfile(this.app.state)) screen = { name: 'title' };
    // The screen shown by Back is already this entry: it must not add an entry of its own.
    this.shown = screen;
    if (screen.name === 'scenario') await this.app.openStatement(screen.statementId);
    else this.app.goTo(screen);
  }
}
