import type { AvatarName } from '../content/art-names';
import type { KeyStage } from '../content/key-stage';
import type { PupilPreferences } from '../preferences/preferences';
import type { GameLanguage } from '../school/languages';

/** A pupil on this device. The name is a first name or nickname, never a surname. */
export interface Profile {
  readonly id: string;
  readonly name: string;
  readonly avatar: AvatarName;
  readonly keyStage?: KeyStage;
  readonly createdAt: number;
  /** How the pupil likes to play; absent (or a field absent) means the device's defaults. */
  readonly preferences?: PupilPreferences;
}

export function createProfile(id: string, name: string, avatar: AvatarName, now: number): Profile {
  return { id, name, avatar, createdAt: now };
}

export function withKeyStage(profile: Profile, keyStage: KeyStage): Profile {
  return { ...profile, keyStage };
}

export function withPreferences(profile: Profile, change: PupilPreferences): Profile {
  return { ...profile, preferences: { ...profile.preferences, ...change } };
}

/** The language a pupil plays and prints in: their own choice, else the device's. */
export function languageOf(profile: Profile, deviceLanguage: GameLanguage): GameLanguage {
  return profile.preferences?.language ?? deviceLanguage;
}
