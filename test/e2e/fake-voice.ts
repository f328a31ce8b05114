import type { Page } from '@playwright/test';

export interface Spoken {
  text?: string;
  rate?: number;
  paused?: boolean;
}

/**
 * Headless Chromium has no voices, so these tests give the page one local voice through the Web Speech
 * API's own shape and record what the game asks it to say.
 */
export async function giveTheDeviceAVoice(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: { text?: string; rate?: number; paused?: boolean }[] = [];
    const voice = { name: 'Test voice', lang: 'en-GB', localService: true, default: true, voiceURI: 'test' };
    const synth = Object.assign(new EventTarget(), {
      paused: false,
      speaking: false,
      pending: false,
      getVoices: () => [voice],
      speak: (utterance: { text: string; rate: number }) =>
        log.push({ text: utterance.text, rate: utterance.rate }),
      cancel: () => undefined,
      pause: () => {
        synth.paused = true;
        log.push({ paused: true });
      },
      resume: () => {
        synth.paused = false;
        log.push({ paused: false });
      },
    });
    class Utterance {
      voice: unknown = null;
      lang = '';
      rate = 1;
      constructor(public text: string) {}
    }
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    Object.defineProperty(window, 'spokenLog', { value: log });
  });
}

export function spoken(page: Page): Promise<Spoken[]> {
  return page.evaluate(() => (window as unknown as { spokenLog: Spoken[] }).spokenLog);
}
