/** One statement's teacher's notes as data: every value is a text key below the statement's id. */
export interface TeacherNoteShape {
  readonly teaches: string;
  readonly strand: string;
  readonly points: Readonly<Record<string, string>>;
  readonly keyWords: Readonly<Record<string, { readonly word: string; readonly meaning: string }>>;
  /** Other statements this one links to, by statement id, each with why. */
  readonly links: Readonly<Record<string, string>>;
}

/** The text keys of one statement's notes, in the `teacherNotes` namespace, in the order they print. */
export interface TeacherNoteKeys {
  readonly teaches: string;
  readonly strand: string;
  readonly points: readonly string[];
  readonly keyWords: readonly { readonly word: string; readonly meaning: string }[];
  readonly links: readonly { readonly statementId: string; readonly why: string }[];
}

/** The keys of a statement's notes, read from the shape of the English notes. */
export function teacherNoteKeys(statementId: string, note: TeacherNoteShape): TeacherNoteKeys {
  const base = statementId;
  return {
    teaches: `${base}.teaches`,
    strand: `${base}.strand`,
    points: Object.keys(note.points).map((key) => `${base}.points.${key}`),
    keyWords: Object.keys(note.keyWords).map((key) => ({
      word: `${base}.keyWords.${key}.word`,
      meaning: `${base}.keyWords.${key}.meaning`,
    })),
    links: Object.keys(note.links).map((id) => ({ statementId: id, why: `${base}.links.${id}` })),
  };
}

/** Problems with the notes: a statement without notes, notes of no statement, a link to none or to itself. */
export function linkProblems(
  notes: Readonly<Record<string, TeacherNoteShape>>,
  statementIds: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const id of statementIds) if (!notes[id]) problems.push(`${id} has no teacher's notes`);
  for (const [id, note] of Object.entries(notes)) {
    if (!statementIds.includes(id)) problems.push(`${id} is not a statement`);
    for (const target of Object.keys(note.links)) {
      if (target === id) problems.push(`${id} links to itself`);
      else if (!statementIds.includes(target))
        problems.push(`${id} links to ${target}, which is not a statement`);
    }
  }
  return problems;
}
