import type * as v from 'valibot';
import type { Agreement } from '../../core/agreement/agreement';
import type { KeyStage } from '../../core/content/key-stage';
import { mergeProgress } from '../../core/progress/merge-progress';
import type { Progress } from '../../core/progress/progress';
import { mergeProfiles } from '../../core/profile/merge-profiles';
import type { Profile } from '../../core/profile/profile';
import type { SchoolSettings } from '../../core/school/school-settings';
import type { Wording } from '../../core/school/wording';
import { defaultSettings, type DeviceSettings } from '../../core/settings/device-settings';
import type { StoredPin } from '../pin-hash';
import { saveVersion } from '../../core/save/migrations';
import type { savedRecords } from '../../core/save/saved-data';
import type { KeyValueStore } from './key-value-store';

type Agreements = Partial<Record<KeyStage, Agreement>>;
type SavedRecords = typeof savedRecords;
type Kind = keyof SavedRecords;
type Saved<K extends Kind> = v.InferOutput<SavedRecords[K]>;

/**
 * The checks of what is read (and the migrations before them), loaded with the first stored record
 * there is: a first visit has nothing stored, so the title never waits for them.
 */
const loadChecks = (): Promise<typeof import('../../core/save/saved-data')> =>
  import('../../core/save/saved-data');

/**
 * Reads and writes the saved game. Every record is versioned and validated when read; one that does
 * not validate is kept aside under a `broken:` key, never deleted. A failing store never throws: the
 * repository reports it once through `onFailure` and the game carries on.
 */
export class SaveRepository {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly checked = new Set<string>();

  constructor(
    private readonly store: KeyValueStore,
    private readonly onFailure: () => void,
  ) {}

  async loadProfiles(): Promise<Profile[]> {
    return (await this.read('profiles', 'profiles'))?.profiles ?? [];
  }

  /** Writes these pupils, keeping any another tab added meanwhile. */
  saveProfiles(profiles: readonly Profile[]): Promise<void> {
    return this.change('profiles', 'profiles', (stored) => ({
      version: saveVersion,
      profiles: mergeProfiles(stored?.profiles ?? [], profiles),
    }));
  }

  /** Removes a pupil and everything kept for them. */
  async removeProfile(profileId: string): Promise<void> {
    await this.change('profiles', 'profiles', (stored) => ({
      version: saveVersion,
      profiles: (stored?.profiles ?? []).filter((profile) => profile.id !== profileId),
    }));
    await this.remove(`progress:${profileId}`);
    await this.remove(`agreements:${profileId}`);
    await this.remove(`step:${profileId}`);
  }

  /** A pupil's progress, with the last step they took in case closing the browser cut its merge short. */
  async loadProgress(profileId: string): Promise<Progress> {
    const [saved, last] = await Promise.all([
      this.read(`progress:${profileId}`, 'progress'),
      this.read(`step:${profileId}`, 'lastStep'),
    ]);
    const progress = saved?.progress ?? {};
    return last ? mergeProgress({ [last.statementId]: last.record }, progress) : progress;
  }

  /**
   * Saves the step a pupil just took: first alone, in a write started before this returns (`written`:
   * a millisecond or so, nothing else can hold it up, never rejects, and gives up waiting after
   * `patience` ms), then merged into their progress like any change (`saved`). `soq:save-step`
   * measures the first write, from the call to when the store wrote it, for `npm run bench`.
   */
  saveStep(
    profileId: string,
    statementId: string,
    progress: Progress,
    patience = 250,
  ): { written: Promise<void>; saved: Promise<void> } {
    const record = progress[statementId];
    const written = record
      ? this.writeNow(`step:${profileId}`, { version: saveVersion, statementId, record }, patience)
      : Promise.resolve();
    return { written, saved: this.saveProgress(profileId, progress) };
  }

  /** Writes a pupil's progress; where another tab saved a newer step of a statement, that one stays. */
  saveProgress(profileId: string, progress: Progress): Promise<void> {
    return this.change(`progress:${profileId}`, 'progress', (stored) => ({
      version: saveVersion,
      progress: mergeProgress(progress, stored?.progress ?? {}),
    }));
  }

  async loadAgreements(profileId: string): Promise<Agreements> {
    return (await this.read(`agreements:${profileId}`, 'agreements'))?.agreements ?? {};
  }

  saveAgreements(profileId: string, agreements: Agreements): Promise<void> {
    return this.write(`agreements:${profileId}`, { version: saveVersion, agreements });
  }

  async loadSettings(): Promise<DeviceSettings> {
    return (await this.read('settings', 'settings')) ?? defaultSettings;
  }

  saveSettings(settings: DeviceSettings): Promise<void> {
    return this.write('settings', { version: saveVersion, ...settings });
  }

  async loadSchool(): Promise<SchoolSettings | undefined> {
    return (await this.read('school', 'school'))?.school;
  }

  saveSchool(school: SchoolSettings): Promise<void> {
    return this.write('school', { version: saveVersion, school });
  }

  async loadWording(): Promise<Wording | undefined> {
    return (await this.read('wording', 'wording'))?.wording;
  }

  saveWording(wording: Wording): Promise<void> {
    return this.write('wording', { version: saveVersion, wording });
  }

  async loadPin(): Promise<StoredPin | undefined> {
    const record = await this.read('pin', 'pin');
    return record ? { salt: record.salt, hash: record.hash } : undefined;
  }

  savePin(pin: StoredPin): Promise<void> {
    return this.write('pin', { version: saveVersion, ...pin });
  }

  async loadClassKeyStage(): Promise<KeyStage | undefined> {
    return (await this.read('class-view', 'classView'))?.keyStage;
  }

  saveClassKeyStage(keyStage: KeyStage): Promise<void> {
    return this.write('class-view', { version: saveVersion, keyStage });
  }

  /** Erases everything kept on this device: pupils, agreements, the school's settings and the PIN. */
  eraseAll(): Promise<void> {
    return this.enqueue(() => this.store.clear());
  }

  forgetPin(): Promise<void> {
    return this.remove('pin');
  }

  private remove(key: string): Promise<void> {
    return this.enqueue(() => this.store.del(key));
  }

  /** Changes one record in a single read-and-write step; a stored value that does not validate counts as none. */
  private change<K extends Kind>(
    key: string,
    kind: K,
    next: (stored: Saved<K> | undefined) => unknown,
  ): Promise<void> {
    return this.enqueue(async () => {
      // The first change of a key this visit checks what is stored, so a bad record is kept aside first.
      if (!this.checked.has(key)) await this.read(key, kind);
      this.checked.add(key);
      const { readRecord, savedRecords } = await loadChecks();
      await this.store.update(key, (stored) => {
        const record = readRecord(savedRecords[kind], stored);
        return next(record.state === 'valid' ? record.value : undefined);
      });
    });
  }

  /** Writes at once, outside the queue (the value must not depend on what is stored). */
  private writeNow(key: string, value: unknown, patience: number): Promise<void> {
    const started = performance.now();
    const write = (async () => {
      try {
        const written = await this.store.setNow(key, value);
        performance.measure('soq:save-step', { start: started, end: written });
      } catch {
        this.onFailure();
      }
    })();
    return Promise.race([write, new Promise<void>((resolve) => setTimeout(resolve, patience))]);
  }

  private write(key: string, value: unknown): Promise<void> {
    return this.enqueue(() => this.store.set(key, value));
  }

  private async read<K extends Kind>(key: string, kind: K): Promise<Saved<K> | undefined> {
    try {
      const stored = await this.store.get(key);
      if (stored === undefined) return undefined;
      const { readRecord, savedRecords } = await loadChecks();
      const record = readRecord(savedRecords[kind], stored);
      if (record.state === 'valid') return record.value;
      if (record.state === 'invalid') await this.store.set(`broken:${key}:${Date.now()}`, stored);
    } catch {
      this.onFailure();
    }
    return undefined;
  }

  /** Writes run one after another, in the order they were asked for; a failure is reported, never thrown. */
  private enqueue(task: () => Promise<void>): Promise<void> {
    const done = this.queue.then(async () => {
      try {
        await task();
      } catch {
        this.onFailure();
      }
    });
    this.queue = done;
    return done;
  }
}
