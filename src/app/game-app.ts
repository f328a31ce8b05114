import type { Agreement } from '../core/agreement/agreement';
import type { AvatarName } from '../core/content/art-names';
import type { KeyStage } from '../core/content/key-stage';
import type { Scenario } from '../core/content/schema';
import { mergeProgress } from '../core/progress/merge-progress';
import type { PupilPreferences } from '../core/preferences/preferences';
import type { PupilLanguage } from '../core/school/languages';
import {
  createProfile,
  withKeyStage,
  withPreferences as withPupilPreferences,
} from '../core/profile/profile';
import type { DeviceSettings } from '../core/settings/device-settings';
import {
  currentProfile,
  initialState,
  withPreferences,
  type AppState,
  type Screen,
} from '../core/state/app-state';
import { Store } from '../core/state/store';
import type { KeyStageContent } from '../content/levels';
import type { SoundEffects } from '../services/audio';
import type { KeyValueStore } from '../services/storage/key-value-store';
import { loadOnceEach } from '../services/load-once';
import { SaveRepository } from '../services/storage/save-repository';
import { GrownUpsActions } from './grown-ups-actions';
import type { ScenarioPlay } from './scenario-play';
import { readTabSession, writeTabSession, type TabSession } from './session-memory';

/**
 * The game's actions: each changes the store through the pure rules in src/core and saves what
 * changed. The UI calls these; Phaser scenes only read the store.
 */
export class GameApp {
  readonly store = new Store<AppState>(initialState, withPreferences);
  private readonly saves: SaveRepository;
  private readonly loadOnce = loadOnceEach<ScenarioPlay>();
  private takeUpdate?: () => Promise<void>;
  private loaded: Promise<void> = Promise.resolve();
  readonly grownUps: GrownUpsActions;

  constructor(
    storage: KeyValueStore,
    storageWorks: Promise<boolean>,
    private readonly sounds: SoundEffects,
    private readonly newId: () => string = () => crypto.randomUUID(),
    private readonly now: () => number = () => Date.now(),
  ) {
    this.saves = new SaveRepository(storage, () => this.markStorageUnavailable());
    void storageWorks.then((works) => works || this.markStorageUnavailable());
    this.grownUps = new GrownUpsActions(this.store, this.saves, now);
    this.store.subscribe((state) => this.sounds.setEnabled(state.preferences.sounds));
  }

  get state(): AppState {
    return this.store.get();
  }

  /** Loads what this device holds, and returns a reloaded tab to where it was. */
  start(): Promise<void> {
    this.loaded = this.load();
    return this.loaded;
  }

  private async load(): Promise<void> {
    const [profiles, settings] = await Promise.all([
      this.saves.loadProfiles(),
      this.saves.loadSettings(),
      this.grownUps.load(),
    ]);
    this.store.update((state) => ({ ...state, profiles, settings }));
    const session = await readTabSession();
    if (session && profiles.some((profile) => profile.id === session.profileId)) {
      await this.pickPupil(session.profileId);
      await this.keepUnsavedStep(session.profileId, session.progress);
      if (session.screen.name === 'scenario') await this.openStatement(session.screen.statementId);
      else if (session.screen.name !== 'title') this.goTo(session.screen);
    }
  }

  /** The pupils on this device, as stored now (another tab may have added some). */
  async refreshProfiles(): Promise<void> {
    const profiles = await this.saves.loadProfiles();
    this.store.update((state) => ({ ...state, profiles }));
  }

  /** Asks the browser to keep the game's storage even when space runs low; grown-ups hear if it says no. */
  async askToKeepStorage(storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined): Promise<void> {
    let kept = false;
    try {
      kept = storage ? (await storage.persisted()) || (await storage.persist()) : false;
    } catch {
      kept = false;
    }
    this.store.update((state) => ({ ...state, keeping: kept ? 'kept' : 'refused' }));
  }

  /** A new version waits; grown-ups may take it now (`takeNow` reloads the page into it). */
  offerUpdate(takeNow: () => Promise<void>): void {
    this.takeUpdate = takeNow;
    this.store.update((state) => ({ ...state, updateWaiting: true }));
  }

  /** A grown-up's "Update now": the new version, reloaded. Only offered in the grown-ups area. */
  async updateNow(): Promise<void> {
    await this.takeUpdate?.();
  }

  /** Goes to a screen once what this device holds has loaded: the title can paint before it has. */
  async goToWhenLoaded(screen: Screen): Promise<void> {
    await this.loaded.catch(() => undefined);
    this.goTo(screen);
  }

  goTo(screen: Screen): void {
    // A demonstration has no pupil and no map: leaving the scenario goes back to the grown-ups' gate.
    const demonstrating = this.state.demonstration !== undefined && screen.name === 'scenario';
    const next: Screen = this.state.demonstration && !demonstrating ? { name: 'grownUps' } : screen;
    this.store.update((state) => ({
      ...state,
      screen: next,
      run: next.name === 'scenario' ? state.run : undefined,
      demonstration: demonstrating ? state.demonstration : undefined,
    }));
    this.rememberPlace();
  }

  /**
   * A grown-up starts a scenario from the teacher's notes, on the whiteboard: no pupil plays, nothing
   * is saved, and KS1 plays in demonstration mode (the class votes before the choices show). The
   * grown-ups' area locks, so the class cannot reach it from the scenario.
   */
  async demonstrate(keyStage: KeyStage, statementId: string): Promise<void> {
    await (await this.play()).demonstrate(keyStage, statementId);
  }

  /** A new pupil; one who chose a language plays in it, others follow the device's. */
  async createPupil(name: string, avatar: AvatarName, language?: PupilLanguage): Promise<void> {
    const created = createProfile(this.newId(), name, avatar, this.now());
    const profile = language ? withPupilPreferences(created, { language }) : created;
    const profiles = [...this.state.profiles, profile];
    this.store.update((state) => ({ ...state, profiles }));
    await this.saves.saveProfiles(profiles);
    await this.pickPupil(profile.id);
  }

  async pickPupil(profileId: string): Promise<void> {
    const [progress, agreements] = await Promise.all([
      this.saves.loadProgress(profileId),
      this.saves.loadAgreements(profileId),
    ]);
    this.store.update((state) => ({ ...state, currentProfileId: profileId, progress, agreements }));
    const profile = currentProfile(this.state);
    this.goTo(profile?.keyStage ? { name: 'map' } : { name: 'keyStage' });
  }

  async chooseKeyStage(keyStage: KeyStage): Promise<void> {
    const profile = currentProfile(this.state);
    if (!profile) return;
    const profiles = this.state.profiles.map((p) => (p.id === profile.id ? withKeyStage(p, keyStage) : p));
    this.store.update((state) => ({ ...state, profiles }));
    this.goTo({ name: 'map' });
    await this.saves.saveProfiles(profiles);
  }

  /** The content of the current pupil's key stage (or of the one being demonstrated). */
  content(): Promise<KeyStageContent> | undefined {
    const keyStage = this.state.demonstration ?? currentProfile(this.state)?.keyStage;
    return keyStage ? import('../content/levels').then((levels) => levels.loadKeyStage(keyStage)) : undefined;
  }

  // Playing (opening a scenario and each step of it) loads with the first map or scenario, not the title.

  async openStatement(statementId: string): Promise<void> {
    await (await this.play()).openStatement(statementId);
  }

  async choose(scenario: Scenario, choiceId: string): Promise<void> {
    await (await this.play()).choose(scenario, choiceId);
  }

  /** One try on a sort, match, spot or password step: the thing, and where the pupil put it. */
  async place(scenario: Scenario, itemId: string, targetId: string): Promise<void> {
    await (await this.play()).place(scenario, itemId, targetId);
  }

  async tryAgain(scenario: Scenario): Promise<void> {
    await (await this.play()).tryAgain(scenario);
  }

  async next(scenario: Scenario): Promise<void> {
    await (await this.play()).next(scenario);
  }

  async back(scenario: Scenario): Promise<void> {
    await (await this.play()).back(scenario);
  }

  async replay(scenario: Scenario): Promise<void> {
    await (await this.play()).replay(scenario);
  }

  async changeSettings(change: Partial<DeviceSettings>): Promise<void> {
    const settings = { ...this.state.settings, ...change };
    this.store.update((state) => ({ ...state, settings }));
    await this.saves.saveSettings(settings);
  }

  /** The browser's wish for less motion, as it is now. */
  setDeviceReducedMotion(reduced: boolean): void {
    this.store.update((state) =>
      state.deviceReducedMotion === reduced ? state : { ...state, deviceReducedMotion: reduced },
    );
  }

  /**
   * The current pupil changes how they like to play: applied at once and kept with the pupil (so it
   * moves with them by export). With no pupil, nothing changes: the device's defaults are the grown-ups'.
   */
  async changePreferences(change: PupilPreferences): Promise<void> {
    const profile = currentProfile(this.state);
    if (!profile) return;
    const changed = withPupilPreferences(profile, change);
    const profiles = this.state.profiles.map((p) => (p.id === profile.id ? changed : p));
    this.store.update((state) => ({ ...state, profiles }));
    await this.saves.saveProfiles(profiles);
  }

  async saveAgreement(agreement: Agreement): Promise<void> {
    const agreements = { ...this.state.agreements, [agreement.keyStage]: agreement };
    this.store.update((state) => ({ ...state, agreements }));
    await this.saves.saveAgreements(agreement.profileId, agreements);
  }

  /** Back to the title, so the next pupil can pick themself. */
  signOut(): void {
    this.store.update((state) => ({
      ...initialState,
      profiles: state.profiles,
      settings: state.settings,
      storage: state.storage,
      keeping: state.keeping,
      updateWaiting: state.updateWaiting,
      deviceReducedMotion: state.deviceReducedMotion,
      school: state.school,
      wording: state.wording,
      gate: { ...state.gate, unlocked: false },
    }));
    writeTabSession(undefined);
  }

  /** Fetches playing's code ahead (when the browser is idle), so the first scenario does not wait for it. */
  prepareToPlay(): void {
    void this.play().catch(() => undefined);
  }

  /** Playing's code, loaded once, with what it needs of the game. */
  private play(): Promise<ScenarioPlay> {
    return this.loadOnce('play', async () => {
      const { ScenarioPlay } = await import('./scenario-play');
      return new ScenarioPlay({
        store: this.store,
        saves: this.saves,
        sounds: this.sounds,
        now: this.now,
        rememberPlace: () => this.rememberPlace(),
        voteAsAClass: async () => {
          if (!this.state.settings.classVote) await this.changeSettings({ classVote: true });
        },
        forgetTab: () => writeTabSession(undefined),
        content: () => this.content(),
      });
    });
  }

  /** A step the tab remembers but storage may not have finished writing before a reload: keep it. */
  private async keepUnsavedStep(profileId: string, remembered: TabSession['progress']): Promise<void> {
    if (!remembered) return;
    const progress = mergeProgress({ [remembered.statementId]: remembered.record }, this.state.progress);
    if (progress[remembered.statementId] === this.state.progress[remembered.statementId]) return;
    this.store.update((state) => ({ ...state, progress }));
    await this.saves.saveProgress(profileId, progress);
  }

  private rememberPlace(): void {
    const { currentProfileId, screen, progress } = this.state;
    const statementId = screen.name === 'scenario' ? screen.statementId : undefined;
    const record = statementId ? progress[statementId] : undefined;
    writeTabSession(
      currentProfileId
        ? {
            profileId: currentProfileId,
            screen,
            progress: statementId && record ? { statementId, record } : undefined,
          }
        : undefined,
    );
  }

  private markStorageUnavailable(): void {
    this.store.update((state) =>
      state.storage === 'unavailable' ? state : { ...state, storage: 'unavailable' },
    );
  }
}
