import type { GameLanguage, PupilLanguage } from '../school/languages';
import type { DeviceSettings } from '../settings/device-settings';

export const voiceRates = ['slow', 'normal', 'fast'] as const;
export const textSizes = ['normal', 'large', 'larger'] as const;
export const fonts = ['andika', 'readable'] as const;
export const tints = ['none', 'cream', 'blue', 'contrast'] as const;

export type VoiceRate = (typeof voiceRates)[number];
export type TextSize = (typeof textSizes)[number];
export type FontChoice = (typeof fonts)[number];
export type Tint = (typeof tints)[number];

/** How a pupil likes to play: what they hear, how things move and how words look. */
export interface Preferences {
  readonly readAloud: boolean;
  readonly voiceRate: VoiceRate;
  readonly sounds: boolean;
  /** Pictures move (wobble, travel, bounce); off means a still pose instead. */
  readonly motion: boolean;
  readonly textSize: TextSize;
  readonly font: FontChoice;
  readonly tint: Tint;
  /** The language the pupil plays in: words, voice, the agreement's statements and the parents' note. */
  readonly language: GameLanguage;
}

/**
 * What a pupil changed from the device's defaults; whatever they did not choose follows the device. A
 * pupil plays in a real language (pseudo-English is the grown-ups' tool for checking translations).
 */
export type PupilPreferences = Partial<Omit<Preferences, 'language'>> & { readonly language?: PupilLanguage };

/**
 * What the device says before any pupil chooses: the grown-ups' settings, the school's language and the
 * browser's motion wish.
 */
export interface DeviceFacts {
  readonly settings: DeviceSettings;
  readonly language: GameLanguage;
  readonly prefersReducedMotion: boolean;
}

export function devicePreferences({ settings, language, prefersReducedMotion }: DeviceFacts): Preferences {
  return {
    readAloud: settings.narrationOn,
    voiceRate: settings.slowNarration ? 'slow' : 'normal',
    sounds: settings.soundOn,
    motion: !prefersReducedMotion,
    textSize: 'normal',
    font: 'andika',
    tint: 'none',
    language,
  };
}

/** The preferences in force: the pupil's own choices over the device's defaults. */
export function effectivePreferences(device: DeviceFacts, pupil: PupilPreferences | undefined): Preferences {
  const chosen = Object.entries(pupil ?? {}).filter(([, value]) => value !== undefined);
  return { ...devicePreferences(device), ...Object.fromEntries(chosen) };
}

/** The speech rate for a voice speed. */
export function speechRate(rate: VoiceRate): number {
  return { slow: 0.7, normal: 0.95, fast: 1.2 }[rate];
}
