import type { AvatarName } from '../content/art-names';
import type { KeyStage } from '../content/key-stage';

/** A pupil on this device. The name is a first name or nickname, never a surname. */
export interface Profile {
  readonly id: string;
  readonly name: string;
  readonly avatar: AvatarName;
  readonly keyStage?: KeyStage;
  readonly createdAt: number;
}

export function createProfile(id: string, name: string, avatar: AvatarName, now: number): Profile {
  return { id, name, avatar, createdAt: now };
}

export function withKeyStage(profile: Profile, keyStage: KeyStage): Profile {
  return { ...profile, keyStage };
}
