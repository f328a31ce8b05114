import type { Profile } from './profile';

/** Above this many pupils the picker offers a search box. */
export const searchFrom = 21;

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The pupils whose name contains what was typed, ignoring case and accents, in name order. */
export function findPupils(profiles: readonly Profile[], typed: string): Profile[] {
  const wanted = fold(typed.trim());
  return profiles
    .filter((profile) => fold(profile.name).includes(wanted))
    .sort((a, b) => a.name.localeCompare(b.name));
}
