import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile/profile';
import { defaultSettings } from '../../../src/core/settings/device-settings';
import { MemoryStore, type KeyValueStore } from '../../../src/services/storage/key-value-store';
import { SaveRepository } from '../../../src/services/storage/save-repository';

const ava: Profile = { id: 'p-ava', name: 'Ava', avatar: 'cat', keyStage: 'ks1', createdAt: 1 };
const ben: Profile = { id: 'p-ben', name: 'Ben', avatar: 'dog', createdAt: 2 };
const step = (step: number, updatedAt: number) => ({
  status: 'in-progress' as const,
  step,
  misses: {},
  stars: 0,
  updatedAt,
});

/** A store whose every call fails, as a locked-down browser's or a full disk's would. */
class BrokenStore implements KeyValueStore {
  get = () => Promise.reject(new Error('denied'));
  set = () => Promise.reject(new Error('quota'));
  setNow = () => Promise.reject(new Error('quota'));
  del = () => Promise.reject(new Error('denied'));
  update = () => Promise.reject(new Error('quota'));
  clear = () => Promise.reject(new Error('denied'));
}

describe('the saved game', () => {
  it("remembers the key stage the grown-ups' Class tab showed last, until everything is erased", async () => {
    const store = new MemoryStore();
    const saves = new SaveRepository(store, () => undefined);
    expect(await saves.loadClassKeyStage()).toBeUndefined();
    await saves.saveClassKeyStage('ks2');
    expect(await new SaveRepository(store, () => undefined).loadClassKeyStage()).toBe('ks2');
    await saves.eraseAll();
    expect(await saves.loadClassKeyStage()).toBeUndefined();
  });

  it('keeps profiles, progress, agreements and settings between visits', async () => {
    const store = new MemoryStore();
    const first = new SaveRepository(store, () => undefined);
    await first.saveProfiles([ava]);
    await first.saveProgress(ava.id, { 'ks1-04': step(2, 5) });
    const agreement = {
      profileId: ava.id,
      keyStage: 'ks1' as const,
      trustedAtSchool: 'Mrs Khan',
      trustedAtHome: '',
      signature: { kind: 'typed' as const, text: 'Ava' },
      signedOn: '2026-11-22',
      wordingVersion: 1,
    };
    await first.saveAgreements(ava.id, { ks1: agreement });
    await first.saveSettings({ ...defaultSettings, soundOn: false });

    const again = new SaveRepository(store, () => undefined);
    expect(await again.loadProfiles()).toEqual([ava]);
    expect(await again.loadProgress(ava.id)).toEqual({ 'ks1-04': step(2, 5) });
    expect(await again.loadAgreements(ava.id)).toEqual({ ks1: agreement });
    expect((await again.loadSettings()).soundOn).toBe(false);
  });

  it('keeps a record that fails validation aside, never deleting it, and carries on with defaults', async () => {
    const store = new MemoryStore();
    const hostile = { version: 1, profiles: [{ ...ava, name: '<img src=x onerror=alert(1)>' }] };
    await store.set('profiles', hostile);
    await store.set('settings', { version: 7, soundOn: 'loud' });
    const saves = new SaveRepository(store, () => undefined);
    expect(await saves.loadProfiles()).toEqual([]);
    expect(await saves.loadSettings()).toEqual(defaultSettings);
    const kept = await Promise.all(['profiles', 'settings'].map((key) => store.get(key)));
    expect(kept[0]).toEqual(hostile);
    expect(kept[1]).toEqual({ version: 7, soundOn: 'loud' });
  });

  it('never throws when storage fails, and says so once per failure', async () => {
    let failures = 0;
    const saves = new SaveRepository(new BrokenStore(), () => (failures += 1));
    await expect(saves.saveProfiles([ava])).resolves.toBeUndefined();
    await expect(saves.loadProfiles()).resolves.toEqual([]);
    await expect(saves.saveProgress(ava.id, {})).resolves.toBeUndefined();
    expect(failures).toBeGreaterThanOrEqual(3);
  });

  it('merges what two tabs write: pupils by id, and the newer step of each statement', async () => {
    const store = new MemoryStore();
    const tabOne = new SaveRepository(store, () => undefined);
    const tabTwo = new SaveRepository(store, () => undefined);
    await Promise.all([tabOne.saveProfiles([ava]), tabTwo.saveProfiles([ben])]);
    expect((await tabOne.loadProfiles()).map((p) => p.name).sort()).toEqual(['Ava', 'Ben']);
    await tabOne.saveProgress(ava.id, { 'ks1-01': step(3, 30), 'ks1-02': step(1, 10) });
    await tabTwo.saveProgress(ava.id, { 'ks1-01': step(1, 20), 'ks1-03': step(2, 15) });
    expect(await tabOne.loadProgress(ava.id)).toEqual({
      'ks1-01': step(3, 30),
      'ks1-02': step(1, 10),
      'ks1-03': step(2, 15),
    });
  });

  it('finds the last step taken even when its merge into the progress never ran', async () => {
    const store = new MemoryStore();
    const saves = new SaveRepository(store, () => undefined);
    await saves.saveStep(ava.id, 'ks1-02', { 'ks1-01': step(4, 1), 'ks1-02': step(2, 9) }).saved;
    // As if the browser closed after the step's own write but before the merged record's.
    await store.set(`progress:${ava.id}`, { version: 2, progress: { 'ks1-01': step(4, 1) } });
    const again = new SaveRepository(store, () => undefined);
    expect(await again.loadProgress(ava.id)).toEqual({ 'ks1-01': step(4, 1), 'ks1-02': step(2, 9) });
  });

  it('lets a newer step in the progress win over an older last step', async () => {
    const store = new MemoryStore();
    const saves = new SaveRepository(store, () => undefined);
    await saves.saveStep(ava.id, 'ks1-02', { 'ks1-02': step(2, 9) }).saved;
    await saves.saveProgress(ava.id, { 'ks1-02': step(3, 12) });
    expect(await saves.loadProgress(ava.id)).toEqual({ 'ks1-02': step(3, 12) });
  });

  it('keeps a last step that fails validation aside and loads the progress without it', async () => {
    const store = new MemoryStore();
    const saves = new SaveRepository(store, () => undefined);
    await saves.saveProgress(ava.id, { 'ks1-01': step(1, 1) });
    await store.set(`step:${ava.id}`, { version: 2, statementId: '../x', record: step(1, 2) });
    expect(await saves.loadProgress(ava.id)).toEqual({ 'ks1-01': step(1, 1) });
  });

  it('removes one pupil with all their records, or everything', async () => {
    const store = new MemoryStore();
    const saves = new SaveRepository(store, () => undefined);
    await saves.saveProfiles([ava, ben]);
    await saves.saveStep(ava.id, 'ks1-01', { 'ks1-01': step(1, 1) }).saved;
    await saves.removeProfile(ava.id);
    expect(await saves.loadProfiles()).toEqual([ben]);
    expect(await saves.loadProgress(ava.id)).toEqual({});
    await saves.eraseAll();
    expect(await saves.loadProfiles()).toEqual([]);
  });
});
