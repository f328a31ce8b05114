import ui from '../../../locales/en/ui.json';
import type { KeyStage } from '../../core/content/key-stage';

export type TextTree = { readonly [key: string]: string | TextTree };

// Each scenario's words live in their own file, locales/<language>/scenarios/<statement id>.json, so
// scenarios can be written side by side. Together they form the `scenarios` namespace: "ks1-04.intro.1".
// They load with their key stage (see `scenarioWords`), so the first paint carries only the controls' words.
const scenarioFiles = import.meta.glob<TextTree>('../../../locales/*/scenarios/*.json', {
  import: 'default',
});

// Every language but English loads when a pupil (or the school) first uses it, never before.
const languageFiles = import.meta.glob<TextTree>(
  ['../../../locales/*/*.json', '!../../../locales/en/*.json'],
  {
    import: 'default',
  },
);

/** A language's words for one key stage's scenarios, by statement id (none for a language without files). */
export async function scenarioWords(language: string, keyStage: KeyStage): Promise<TextTree> {
  const files = Object.entries(scenarioFiles).filter(([path]) =>
    path.includes(`/locales/${language}/scenarios/${keyStage}-`),
  );
  const trees = await Promise.all(
    files.map(async ([path, load]) => [path.replace(/^.*\/|\.json$/g, ''), await load()] as const),
  );
  return Object.fromEntries(trees);
}

/** The namespace each of a language's files fills. */
const namespaceOfFile: Readonly<Record<string, Exclude<keyof Resources, 'scenarios'>>> = {
  ui: 'ui',
  aup: 'aup',
  guide: 'guide',
  'teacher-notes': 'teacherNotes',
  'wording-suggestions': 'suggestions',
};

/** Every word of a language but its scenarios', by namespace (empty for a language without files). */
export async function languageWords(language: string): Promise<Partial<Record<keyof Resources, TextTree>>> {
  const files = Object.entries(languageFiles).filter(([path]) => path.includes(`/locales/${language}/`));
  const trees = await Promise.all(
    files.map(async ([path, load]) => {
      const file = path.replace(/^.*\/|\.json$/g, '');
      return [namespaceOfFile[file] ?? file, await load()] as const;
    }),
  );
  return Object.fromEntries(trees);
}

/**
 * English is the fallback and the source of every other locale's keys. Its controls' words ship in the
 * main bundle; the rest comes with the screens that use it (`englishLaterWords`, and the teacher's notes
 * with the grown-ups' area: `addEnglishTeacherNotes`), so the title's first paint carries only what it shows.
 */
export const englishResources = {
  ui,
  scenarios: {} as TextTree,
} as const;

type EnglishAup = typeof import('../../../locales/en/aup.json');
type EnglishGuide = typeof import('../../../locales/en/guide.json');
/** Child-friendly rewordings the grown-ups' wording screen offers for dated statements. */
type EnglishSuggestions = typeof import('../../../locales/en/wording-suggestions.json');
export type EnglishTeacherNotes = typeof import('../../../locales/en/teacher-notes.json');

/** The English words of the screens after the title: the policy's statements, the guide, the suggestions. */
export interface EnglishLaterWords {
  readonly aup: EnglishAup;
  readonly guide: EnglishGuide;
  readonly suggestions: EnglishSuggestions;
}

export async function englishLaterWords(): Promise<EnglishLaterWords> {
  const [aup, guide, suggestions] = await Promise.all([
    import('../../../locales/en/aup.json'),
    import('../../../locales/en/guide.json'),
    import('../../../locales/en/wording-suggestions.json'),
  ]);
  return { aup: aup.default, guide: guide.default, suggestions: suggestions.default };
}

export type Resources = typeof englishResources & EnglishLaterWords & { teacherNotes: EnglishTeacherNotes };
