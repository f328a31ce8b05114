import type { Howl } from 'howler';

export type SoundName = 'choice' | 'success' | 'tryAgain' | 'jingle';

const files: Record<SoundName, string> = {
  choice: 'sounds/choice.wav',
  success: 'sounds/success.wav',
  tryAgain: 'sounds/try-again.wav',
  jingle: 'sounds/jingle.wav',
};

/**
 * Sound effects through howler, which loads only when the first sound is wanted so the title screen
 * never waits for it. Playing is best effort: a device that cannot play sound simply stays quiet.
 */
export class SoundEffects {
  private howls?: Promise<Record<SoundName, Howl>>;

  constructor(private enabled: boolean) {}

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
  }

  play(name: SoundName): void {
    if (!this.enabled) return;
    this.howls ??= this.load();
    this.howls.then((howls) => howls[name].play()).catch(() => undefined);
  }

  private async load(): Promise<Record<SoundName, Howl>> {
    const { Howl } = await import('howler');
    const base = import.meta.env.BASE_URL;
    const make = (file: string): Howl => new Howl({ src: [`${base}${file}`], volume: 0.6 });
    return {
      choice: make(files.choice),
      success: make(files.success),
      tryAgain: make(files.tryAgain),
      jingle: make(files.jingle),
    };
  }
}
