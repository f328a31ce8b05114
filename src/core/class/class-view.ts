import type { KeyStage } from '../content/key-stage';
import { classRows, type ClassRow, type PupilRecord } from './class-summary';

/** How the class table orders its pupils. */
export const classSorts = ['name', 'progress', 'signed'] as const;
export type ClassSort = (typeof classSorts)[number];

/** Which pupils the class table shows. */
export const classFilters = ['all', 'notFinished', 'notSigned'] as const;
export type ClassFilter = (typeof classFilters)[number];

const byName = (a: ClassRow, b: ClassRow): number => a.profile.name.localeCompare(b.profile.name);

/**
 * The rows in the order asked for. Progress: most statements done first. Signed: most recently signed
 * first, then pupils yet to sign. Ties keep the order of names, so the printed pile is easy to hand out.
 */
export function sortRows(rows: readonly ClassRow[], sort: ClassSort): ClassRow[] {
  const sorted = [...rows].sort(byName);
  if (sort === 'progress') return sorted.sort((a, b) => b.done - a.done);
  if (sort === 'signed') return sorted.sort((a, b) => (b.signedOn ?? '').localeCompare(a.signedOn ?? ''));
  return sorted;
}

/** The rows a filter keeps: pupils still playing, or pupils yet to sign. */
export function filterRows(
  rows: readonly ClassRow[],
  filter: ClassFilter,
  statementCount: number,
): ClassRow[] {
  if (filter === 'notFinished') return rows.filter((row) => row.done < statementCount);
  if (filter === 'notSigned') return rows.filter((row) => !row.signedOn);
  return [...rows];
}

/**
 * The key stage the Class tab opens on: the one used last while it still has pupils, else the first
 * offered one that has pupils, else the one used last or the first offered.
 */
export function openingKeyStage(
  offered: readonly KeyStage[],
  pupils: readonly PupilRecord[],
  lastUsed?: KeyStage,
): KeyStage {
  const hasPupils = (keyStage: KeyStage): boolean =>
    pupils.some((pupil) => pupil.profile.keyStage === keyStage);
  const usable = offered.length > 0 ? offered : (['ks1', 'ks2'] as const);
  if (lastUsed && usable.includes(lastUsed) && hasPupils(lastUsed)) return lastUsed;
  const withPupils = usable.find(hasPupils);
  if (withPupils) return withPupils;
  return lastUsed && usable.includes(lastUsed) ? lastUsed : (usable[0] ?? 'ks1');
}

/** Which agreements to print: every signed one, the chosen pupils', or one pupil's. */
export type PrintChoice =
  'signed' | { readonly chosen: ReadonlySet<string> } | { readonly profileId: string };

/**
 * The signed agreements to print, in the table's order (so the printed pile is easy to hand out);
 * pupils who have not signed have nothing to print.
 */
export function agreementsToPrint(
  pupils: readonly PupilRecord[],
  keyStage: KeyStage,
  sort: ClassSort,
  choice: PrintChoice,
): PupilRecord[] {
  const byId = new Map(pupils.map((pupil) => [pupil.profile.id, pupil]));
  const wanted = (id: string): boolean =>
    choice === 'signed' ? true : 'chosen' in choice ? choice.chosen.has(id) : choice.profileId === id;
  return sortRows(classRows(pupils, keyStage, []), sort).flatMap((row) => {
    const pupil = byId.get(row.profile.id);
    return pupil?.agreements[keyStage] && wanted(row.profile.id) ? [pupil] : [];
  });
}
