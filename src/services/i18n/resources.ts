import titleWords from '../../../locales/en/ui.json?keys=app+title+common+storage';

export type TextTree = { readonly [key: string]: string | TextTree };

/**
 * English is the fallback and the source of every other locale's keys. The title's own words ship in the
 * first chunk (`?keys=`: see scripts/json-keys-plugin.ts); the rest comes with the screens that use it
 * (`englishLaterWords` with the pupils' pickers, and the teacher's notes with the grown-ups' area:
 * `addEnglishTeacherNotes`), so the title's first paint carries only what it shows.
 */
export const englishResources = {
  ui: titleWords,
  scenarios: {} as TextTree,
} as const;

type EnglishUi = typeof import('../../../locales/en/ui.json');
type EnglishAup = typeof import('../../../locales/en/aup.json');
type EnglishGuide = typeof import('../../../locales/en/guide.json');
/** Child-friendly rewordings the grown-ups' wording screen offers for dated statements. */
type EnglishSuggestions = typeof import('../../../locales/en/wording-suggestions.json');
export type EnglishTeacherNotes = typeof import('../../../locales/en/teacher-notes.json');

/**
 * The English words of the screens after the title: the controls', the policy's statements, the guide,
 * the suggestions.
 */
export interface EnglishLaterWords {
  readonly ui: EnglishUi;
  readonly aup: EnglishAup;
  readonly guide: EnglishGuide;
  readonly suggestions: EnglishSuggestions;
}

export async function englishLaterWords(): Promise<EnglishLaterWords> {
  const [ui, aup, guide, suggestions] = await Promise.all([
    import('../../../locales/en/ui.json'),
    import('../../../locales/en/aup.json'),
    import('../../../locales/en/guide.json'),
    import('../../../locales/en/wording-suggestions.json'),
  ]);
  return { ui: ui.default, aup: aup.default, guide: guide.default, suggestions: suggestions.default };
}

export type Resources = Omit<typeof englishResources, 'ui'> &
  EnglishLaterWords & { teacherNotes: EnglishTeacherNotes };
