import { afterEach, describe, expect, it, vi } from 'vitest';
import { GameApp } from '../../../src/app/game-app';
import type { Profile } from '../../../src/core/profile/profile';
import { SoundEffects } from '../../../src/services/audio';
import { MemoryStore } from '../../../src/services/storage/key-value-store';
import { SaveRepository } from '../../../src/services/storage/save-repository';
import { StoreWhenOpen } from '../../../src/services/storage/store-when-open';
import { rememberTitleLanguage, titleLanguageGuess } from '../../../src/services/storage/title-language';

const ava: Profile = { id: 'p-ava', name: 'Ava', avatar: 'cat', keyStage: 'ks1', createdAt: 1 };

/** A device's storage that opens only when the test says so, as a slow laptop's IndexedDB. */
function slowToOpen() {
  let open!: (store: MemoryStore) => void;
  const opening = new Promise<MemoryStore>((resolve) => (open = resolve));
  return { store: new StoreWhenOpen(opening), open };
}

describe('starting before storage has opened', () => {
  it('waits for the pupils on this device before Play shows the picker', async () => {
    const device = new MemoryStore();
    await new SaveRepository(device, () => undefined).saveProfiles([ava]);
    const { store, open } = slowToOpen();
    const app = new GameApp(store, Promise.resolve(true), new SoundEffects(false));
    void app.start();
    const pressedPlay = app.goToWhenLoaded({ name: 'profiles' });
    await Promise.resolve();
    expect(app.state.screen.name).toBe('title');

    open(device);
    await pressedPlay;
    expect(app.state.screen.name).toBe('profiles');
    expect(app.state.profiles.map((profile) => profile.name)).toEqual(['Ava']);
  });

  it('says storage is unavailable once it fails to open, and the game carries on', async () => {
    let failed!: (works: boolean) => void;
    const app = new GameApp(
      new MemoryStore(),
      new Promise<boolean>((resolve) => (failed = resolve)),
      new SoundEffects(false),
    );
    await app.start();
    expect(app.state.storage).toBe('ok');
    failed(false);
    await vi.waitFor(() => expect(app.state.storage).toBe('unavailable'));
    await app.goToWhenLoaded({ name: 'profiles' });
    expect(app.state.screen.name).toBe('profiles');
  });
});

describe("the title's language, remembered on this device", () => {
  afterEach(() => vi.unstubAllGlobals());

  it('paints in English on a first visit, then in the language last remembered, and ignores anything else found there', () => {
    const kept = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => kept.get(key) ?? null,
      setItem: (key: string, value: string) => kept.set(key, value),
    });
    expect(titleLanguageGuess()).toBe('en');
    rememberTitleLanguage('cy');
    expect(titleLanguageGuess()).toBe('cy');
    kept.set('soq:title-language', '<script>');
    expect(titleLanguageGuess()).toBeUndefined();
  });

  it('does without where the browser refuses localStorage', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    });
    expect(() => rememberTitleLanguage('pl')).not.toThrow();
    expect(titleLanguageGuess()).toBeUndefined();
  });
});
