import type { PupilRecord } from '../core/class/class-summary';
import type { KeyStage } from '../core/content/key-stage';
import { isLocked, openGate, wrongPin } from '../core/grown-ups/pin-gate';
import { tidySchool, type SchoolSettings } from '../core/school/school-settings';
import { defaultWording, type Wording } from '../core/school/wording';
import { mergeProfiles } from '../core/profile/merge-profiles';
import type { PlannedPupil } from '../core/transfer/import-plan';
import type { TransferFile } from '../core/transfer/transfer-file';
import { initialState, type AppState } from '../core/state/app-state';
import type { Store } from '../core/state/store';
import { hashPin, pinMatches } from '../services/pin-hash';
import type { SaveRepository } from '../services/storage/save-repository';

export type UnlockResult = 'open' | 'wrong' | 'wait';

/** What grown-ups do behind the PIN gate: set the PIN, open the gate, and set the school up. */
export class GrownUpsActions {
  private lastClassKeyStage?: KeyStage;

  constructor(
    private readonly store: Store<AppState>,
    private readonly saves: SaveRepository,
    private readonly now: () => number,
  ) {}

  async load(): Promise<void> {
    const [school, pin, wording, classKeyStage] = await Promise.all([
      this.saves.loadSchool(),
      this.saves.loadPin(),
      this.saves.loadWording(),
      this.saves.loadClassKeyStage(),
    ]);
    this.lastClassKeyStage = classKeyStage;
    this.store.update((state) => ({
      ...state,
      school: school ?? state.school,
      wording: wording ?? state.wording,
      gate: { ...state.gate, hasPin: pin !== undefined },
    }));
  }

  /** First use: the grown-up chooses a PIN, and the gate opens. */
  async setPin(pin: string): Promise<void> {
    await this.saves.savePin(await hashPin(pin));
    this.store.update((state) => ({ ...state, gate: { ...openGate, hasPin: true, unlocked: true } }));
  }

  async unlock(pin: string): Promise<UnlockResult> {
    const { gate } = this.store.get();
    if (isLocked(gate, this.now())) return 'wait';
    const stored = await this.saves.loadPin();
    if (stored && (await pinMatches(pin, stored))) {
      this.store.update((state) => ({ ...state, gate: { ...openGate, hasPin: true, unlocked: true } }));
      return 'open';
    }
    this.store.update((state) => ({
      ...state,
      gate: { ...state.gate, ...wrongPin(state.gate, this.now()) },
    }));
    return isLocked(this.store.get().gate, this.now()) ? 'wait' : 'wrong';
  }

  /**
   * A forgotten PIN: the grown-up types a sentence no pupil would type by chance. The PIN goes, so a
   * new one can be set; every pupil's progress and the school's settings stay.
   */
  async forgetPin(): Promise<void> {
    await this.saves.forgetPin();
    this.store.update((state) => ({ ...state, gate: { ...openGate, hasPin: false, unlocked: false } }));
  }

  async saveSchool(school: SchoolSettings): Promise<void> {
    const tidy = tidySchool(school);
    this.store.update((state) => ({ ...state, school: tidy }));
    await this.saves.saveSchool(tidy);
  }

  /** The key stage the Class tab showed last (on this device), so it opens there again. */
  get classKeyStage(): KeyStage | undefined {
    return this.lastClassKeyStage;
  }

  async rememberClassKeyStage(keyStage: KeyStage): Promise<void> {
    if (keyStage === this.lastClassKeyStage) return;
    this.lastClassKeyStage = keyStage;
    await this.saves.saveClassKeyStage(keyStage);
  }

  /** Every pupil on this device with their progress and agreements, for the class table. */
  async loadClass(): Promise<PupilRecord[]> {
    const profiles = this.store.get().profiles;
    return Promise.all(
      profiles.map(async (profile) => {
        const [progress, agreements] = await Promise.all([
          this.saves.loadProgress(profile.id),
          this.saves.loadAgreements(profile.id),
        ]);
        return { profile, progress, agreements };
      }),
    );
  }

  /** Rewords, restores or hides a statement: each change is a new version of the agreement. */
  async changeWording(change: (wording: Wording) => Wording): Promise<void> {
    const wording = change(this.store.get().wording);
    this.store.update((state) => ({ ...state, wording }));
    await this.saves.saveWording(wording);
  }

  async deletePupil(profileId: string): Promise<void> {
    await this.saves.removeProfile(profileId);
    this.store.update((state) => ({ ...state, profiles: state.profiles.filter((p) => p.id !== profileId) }));
  }

  /** Erases everything on this device; the game starts again as on first use. */
  async deleteEverything(): Promise<void> {
    await this.saves.eraseAll();
    this.lastClassKeyStage = undefined;
    this.store.update((state) => ({
      ...initialState,
      storage: state.storage,
      keeping: state.keeping,
      updateWaiting: state.updateWaiting,
      screen: state.screen,
    }));
  }

  /** An export file of the chosen pupils (all when none are named), with the school's settings. */
  async exportPupils(profileIds?: readonly string[]): Promise<string> {
    const everyone = await this.loadClass();
    const pupils = profileIds ? everyone.filter((pupil) => profileIds.includes(pupil.profile.id)) : everyone;
    const { school, wording } = this.store.get();
    // Export and import load when a grown-up first uses them, not with the title.
    const { writeTransfer } = await import('../core/transfer/transfer-file');
    return writeTransfer({ pupils, school, wording }, this.now());
  }

  /** What importing a file would change; nothing is written yet. */
  async planImport(file: TransferFile): Promise<PlannedPupil[]> {
    const [{ planImport }, everyone] = await Promise.all([
      import('../core/transfer/import-plan'),
      this.loadClass(),
    ]);
    return planImport(everyone, file.pupils);
  }

  /** Writes a planned import. The school's settings come too where this device has none yet. */
  async applyImport(plan: readonly PlannedPupil[], file: TransferFile): Promise<void> {
    const changed = plan.filter((entry) => entry.outcome !== 'unchanged').map((entry) => entry.record);
    await this.saves.saveProfiles(changed.map((record) => record.profile));
    for (const record of changed) {
      await this.saves.saveProgress(record.profile.id, record.progress);
      await this.saves.saveAgreements(record.profile.id, record.agreements);
    }
    const state = this.store.get();
    if (file.school && state.school.name === '') await this.saveSchool(file.school);
    if (file.wording && state.wording.version === defaultWording.version)
      await this.changeWording(() => file.wording ?? defaultWording);
    this.store.update((s) => ({
      ...s,
      profiles: mergeProfiles(
        s.profiles,
        changed.map((record) => record.profile),
      ),
    }));
  }

  lock(): void {
    this.store.update((state) => ({ ...state, gate: { ...state.gate, unlocked: false } }));
  }
}
