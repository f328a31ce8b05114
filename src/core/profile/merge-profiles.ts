import type { Profile } from './profile';

/** Pupils written from here join those already stored (perhaps by another tab), matched by id. */
export function mergeProfiles(stored: readonly Profile[], changed: readonly Profile[]): Profile[] {
  const byId = new Map(stored.map((profile) => [profile.id, profile]));
  for (const profile of changed) byId.set(profile.id, profile);
  return [...byId.values()];
}
