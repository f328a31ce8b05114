import './ui/shared/fonts.css';
import { databasesOpening } from './services/storage/databases-opening';
import { GameApp } from './app/game-app';
import { ScreenHistory } from './app/screen-history';
import { SoundEffects } from './services/audio';
import { isGameLanguage, type GameLanguage } from './core/school/languages';
import { i18n, startI18n, tellTrustedAtSchool, useLanguage } from './services/i18n/i18n';
import { Narrator } from './services/narration';
import { MemoryStore } from './services/storage/key-value-store';
import { StoreWhenOpen } from './services/storage/store-when-open';
import { rememberTitleLanguage, titleLanguageGuess } from './services/storage/title-language';
import { hasTabSession } from './app/session-memory';
import { liveRegion } from './ui/shared/announcer';
import { applyPreferences } from './ui/shared/apply-preferences';
import { loadLanguagesToShow } from './ui/shared/script-fonts';
import { useWording } from './ui/shared/text';
import { watchForUpdates } from './services/updates';
import './ui/soq-app/soq-app';
import { prefetchScreens } from './ui/soq-app/later-screens';

/** The language the address asks for (`?lng=en-XA`, for checking translations), if any. */
const askedLanguage = ((asked) => (isGameLanguage(asked) ? asked : undefined))(
  new URLSearchParams(location.search).get('lng') ?? '',
);

/** The pupil's language (the school's before a pupil is chosen), unless the address asks for another. */
function languageFor(app: GameApp): GameLanguage {
  return askedLanguage ?? app.state.preferences.language;
}

/** The language the interface was last painted in. */
let shownIn: GameLanguage | undefined;

/**
 * Paints the whole interface afresh in `language` (nothing changes when it is painted in it already);
 * `wanted` says whether it is still the language wanted once its words have loaded (another pupil may
 * have taken over meanwhile). Words that cannot load (a network gone before the game was kept offline)
 * leave the language as it is.
 */
async function showIn(app: GameApp, language: GameLanguage, wanted = () => true): Promise<void> {
  if (language === shownIn) return;
  const loaded = await loadLanguagesToShow([language]).then(
    () => true,
    () => false,
  );
  if (shownIn !== undefined && (!loaded || !wanted())) return;
  if (loaded) await useLanguage(language);
  shownIn = loaded ? language : 'en';
  mountShell(app);
}

/** Paints the whole interface afresh, in the current language. */
function mountShell(app: GameApp): void {
  document.title = i18n.t('app.name');
  const shell = document.createElement('soq-app');
  shell.app = app;
  shell.narrator = new Narrator(i18n.language);
  document.body.replaceChildren(shell, liveRegion());
}

/** Runs `work` once the browser is idle (or after `timeout` ms whatever it is doing). */
function whenIdle(work: () => void, timeout: number): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout });
  else setTimeout(work, timeout / 2);
}

/**
 * The first time a pupil is on the map, the game that draws the scenarios is made while the browser is
 * idle, so the scenario they pick opens without waiting for it.
 */
function prepareStageOnTheMap(app: GameApp): void {
  const unsubscribe = app.store.subscribe((state) => {
    if (state.screen.name !== 'map') return;
    unsubscribe();
    whenIdle(() => {
      import('./game/kept-stage').then(({ prepareStage }) => prepareStage()).catch(() => undefined);
    }, 4000);
  });
}

async function main(): Promise<void> {
  const app = new GameApp(
    new StoreWhenOpen(databasesOpening.then((idb) => idb ?? new MemoryStore())),
    databasesOpening.then((idb) => idb !== undefined),
    new SoundEffects(true),
  );
  await startI18n();
  // Scenarios name the school's own trusted adults where the school has set them.
  const tellStories = (): void => tellTrustedAtSchool(app.state.school.trustedAtSchool);
  const lessMotion = matchMedia('(prefers-reduced-motion: reduce)');
  app.setDeviceReducedMotion(lessMotion.matches);
  lessMotion.addEventListener('change', () => app.setDeviceReducedMotion(lessMotion.matches));
  applyPreferences(document.documentElement, app.state.preferences);
  prepareStageOnTheMap(app);
  let started = false;
  app.store.subscribe((state, before) => {
    if (state.preferences !== before.preferences)
      applyPreferences(document.documentElement, state.preferences);
    if (state.school !== before.school) tellStories();
    if (state.school.language !== before.school.language) rememberTitleLanguage(state.school.language);
    if (state.wording !== before.wording) useWording(state.wording);
    if (started && state.preferences.language !== before.preferences.language) {
      const language = languageFor(app);
      void showIn(app, language, () => language === languageFor(app));
    }
  });
  // The title paints while what the device holds loads, in the school's language as last remembered
  // (English on a first visit); a reloaded tab waits, to land back where it was.
  const remembered = hasTabSession() ? undefined : (askedLanguage ?? titleLanguageGuess());
  // Screens follow the browser's history from before a pupil can press Play (which waits for this).
  const loaded = app.start().then(() => {
    started = true;
    new ScreenHistory(app, history, window).start();
  });
  if (remembered) await showIn(app, remembered);
  await loaded;
  rememberTitleLanguage(app.state.school.language);
  tellStories();
  useWording(app.state.wording);
  await showIn(app, languageFor(app));
  // The other screens (the title fetches the pickers first), playing's code, Phaser, the thread that
  // saves steps, the ask to keep storage and the service worker are not needed for the title: they start
  // once the browser is idle.
  const prefetch = (): void => {
    void watchForUpdates((takeNow) => app.offerUpdate(takeNow)).catch(() => undefined);
    prefetchScreens('all');
    app.prepareToPlay();
    void app.askToKeepStorage(navigator.storage);
    void import('./game/kept-stage');
    void databasesOpening.then((idb) => idb?.startStepWriter()).catch(() => undefined);
  };
  whenIdle(prefetch, 4000);
}

void main();
