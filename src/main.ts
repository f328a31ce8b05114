import './ui/shared/fonts.css';
import { databasesOpening } from './services/storage/databases-opening';
import { GameApp } from './app/game-app';
import { ScreenHistory } from './app/screen-history';
import { SoundEffects } from './services/audio';
import { isGameLanguage, type GameLanguage } from './core/school/languages';
import { i18n, startI18n, tellTrustedAtSchool, useLanguage } from './services/i18n/i18n';
import { Narrator } from './services/narration';
import { MemoryStore } from './services/storage/key-value-store';
import { liveRegion } from './ui/shared/announcer';
import { applyPreferences } from './ui/shared/apply-preferences';
import { loadLanguagesToShow } from './ui/shared/script-fonts';
import { useWording } from './ui/shared/text';
import { watchForUpdates } from './services/updates';
import './ui/soq-app/soq-app';
import { prefetchScreens } from './ui/soq-app/later-screens';

/**
 * The pupil's language (the school's before a pupil is chosen), unless the address asks for another
 * (`?lng=en-XA`, for checking translations).
 */
function languageFor(app: GameApp): GameLanguage {
  const asked = new URLSearchParams(location.search).get('lng') ?? '';
  return isGameLanguage(asked) ? asked : app.state.preferences.language;
}

/**
 * Speaks, lays out and draws in the language wanted now; false (and nothing changed) when another pupil
 * took over while its words were loading.
 */
async function switchLanguage(app: GameApp): Promise<boolean> {
  const language = languageFor(app);
  // Words that cannot load (a network gone before the game was kept offline) leave the language as it is.
  const loaded = await loadLanguagesToShow([language]).then(
    () => true,
    () => false,
  );
  if (!loaded || language !== languageFor(app)) return false;
  await useLanguage(language);
  return true;
}

/** Paints the whole interface afresh, in the current language. */
function mountShell(app: GameApp): void {
  document.title = i18n.t('app.name');
  const shell = document.createElement('soq-app');
  shell.app = app;
  shell.narrator = new Narrator(i18n.language);
  document.body.replaceChildren(shell, liveRegion());
}

async function main(): Promise<void> {
  const [, idb] = await Promise.all([startI18n(), databasesOpening]);
  const app = new GameApp(idb ?? new MemoryStore(), idb !== undefined, new SoundEffects(true));
  // Scenarios name the school's own trusted adults where the school has set them.
  const tellStories = (): void => tellTrustedAtSchool(app.state.school.trustedAtSchool);
  const lessMotion = matchMedia('(prefers-reduced-motion: reduce)');
  app.setDeviceReducedMotion(lessMotion.matches);
  lessMotion.addEventListener('change', () => app.setDeviceReducedMotion(lessMotion.matches));
  applyPreferences(document.documentElement, app.state.preferences);
  app.store.subscribe((state, before) => {
    if (state.preferences !== before.preferences)
      applyPreferences(document.documentElement, state.preferences);
    if (state.school !== before.school) tellStories();
    if (state.wording !== before.wording) useWording(state.wording);
    if (state.preferences.language !== before.preferences.language) {
      void switchLanguage(app).then((switched) => {
        if (switched) mountShell(app);
      });
    }
  });
  await app.start();
  new ScreenHistory(app, history, window).start();
  await switchLanguage(app);
  tellStories();
  useWording(app.state.wording);
  mountShell(app);
  // The other screens (the title fetches the pickers first), playing's code, Phaser, the thread that
  // saves steps, the ask to keep storage and the service worker are not needed for the title: they start
  // once the browser is idle.
  const prefetch = (): void => {
    void watchForUpdates((takeNow) => app.offerUpdate(takeNow)).catch(() => undefined);
    prefetchScreens('all');
    app.prepareToPlay();
    void app.askToKeepStorage(navigator.storage);
    void import('./game/start-game');
    void idb?.startStepWriter().catch(() => undefined);
  };
  if ('requestIdleCallback' in window) requestIdleCallback(prefetch, { timeout: 4000 });
  else setTimeout(prefetch, 2000);
}

void main();
