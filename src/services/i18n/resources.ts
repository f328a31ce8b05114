import aup from '../../../locales/en/aup.json';
import guide from '../../../locales/en/guide.json';
import ui from '../../../locales/en/ui.json';
import suggestions from '../../../locales/en/wording-suggestions.json';
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
 * English ships in the main bundle; it is the fallback and the source of every other locale's keys.
 * `suggestions`: child-friendly rewordings the grown-ups' wording screen offers for dated statements.
 * The teacher's notes, shown only to grown-ups, come with the grown-ups' area (`addEnglishTeacherNotes`).
 */
export const englishResources = {
  ui,
  aup,
  scenarios: {} as TextTree,
  suggestions,
  guide,
} as const;

export type EnglishTeacherNotes = typeof import('../../../locales/en/teacher-notes.json');

export type Resources = typeof englishResources & { teacherNotes: EnglishTeacherNotes };
