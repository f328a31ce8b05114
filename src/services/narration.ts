/**
 * Reads text aloud with the Web Speech API, using only a voice that runs on the device itself
 * (`localService`), so no words leave the device. Where there is none, `available` stays false and the
 * game hides its "read it to me" controls.
 */
export class Narrator {
  private voice?: SpeechSynthesisVoice;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly language: string) {
    if (typeof speechSynthesis === 'undefined') return;
    this.pickVoice();
    speechSynthesis.addEventListener('voiceschanged', () => this.pickVoice());
  }

  /** Whether the pupil (or, without one, the device) wants reading aloud. */
  private enabled = true;

  get available(): boolean {
    return this.enabled && this.voice !== undefined;
  }

  setEnabled(enabled: boolean): void {
    if (enabled === this.enabled) return;
    this.enabled = enabled;
    if (!enabled) this.stop();
    for (const listener of this.listeners) listener();
  }

  /** Called when a voice appears or goes, so controls can show or hide. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** The speaking rate (1 is the voice's own speed). */
  rate = 0.95;

  /** Reads `text`, cutting off anything still being read (unless a guide's line leads it in). */
  speak(text: string): void {
    if (!this.voice || !this.enabled) return;
    if (this.leading) this.leading = false;
    else speechSynthesis.cancel();
    this.say(text);
    this.flushFollowing();
  }

  /** Reads each text in turn, cutting off anything still being read (unless a guide's line leads it in). */
  speakInTurn(texts: readonly string[]): void {
    if (!this.voice || !this.enabled) return;
    if (this.leading) this.leading = false;
    else speechSynthesis.cancel();
    for (const text of texts) if (text.trim() !== '') this.say(text);
    this.flushFollowing();
  }

  /** Whether the last line read is an introduction that the next reading follows rather than cuts. */
  private leading = false;
  private following: string[] = [];

  /** Reads `text` now, and lets whatever is read next in this turn follow it instead of cutting it. */
  lead(text: string): void {
    this.speak(text);
    this.leading = this.available;
  }

  /**
   * Reads `text` after what is being read in this turn: the guide's hint after the feedback it
   * follows, whichever of them asks first.
   */
  follow(text: string): void {
    if (!this.voice || !this.enabled) return;
    this.following.push(text);
    setTimeout(() => this.flushFollowing(), 0);
  }

  private flushFollowing(): void {
    for (const text of this.following.splice(0)) this.say(text);
  }

  private say(text: string): void {
    if (!this.voice) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = this.voice;
    utterance.lang = this.voice.lang;
    utterance.rate = this.rate;
    speechSynthesis.speak(utterance);
  }

  /** Pauses reading, or carries on where it paused. */
  togglePause(): void {
    if (typeof speechSynthesis === 'undefined') return;
    if (speechSynthesis.paused) speechSynthesis.resume();
    else speechSynthesis.pause();
  }

  stop(): void {
    this.leading = false;
    this.following = [];
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
  }

  private pickVoice(): void {
    this.voice = localVoiceFor(speechSynthesis.getVoices(), this.language);
    for (const listener of this.listeners) listener();
  }
}

/** A voice that runs on the device and speaks the language (its own region first): never one online. */
export function localVoiceFor<Voice extends Pick<SpeechSynthesisVoice, 'lang' | 'localService'>>(
  voices: readonly Voice[],
  language: string,
): Voice | undefined {
  const local = voices.filter((voice) => voice.localService);
  const base = language.split('-')[0] ?? 'en';
  return (
    local.find((voice) => voice.lang === language) ??
    local.find((voice) => voice.lang.split(/[-_]/)[0] === base)
  );
}

/** The device's voices, once the browser has listed them (some list them a moment after the page opens). */
export function deviceVoices(): Promise<readonly SpeechSynthesisVoice[]> {
  if (typeof speechSynthesis === 'undefined') return Promise.resolve([]);
  const now = speechSynthesis.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const listed = (): void => resolve(speechSynthesis.getVoices());
    speechSynthesis.addEventListener('voiceschanged', listed, { once: true });
    setTimeout(listed, 1500);
  });
}
