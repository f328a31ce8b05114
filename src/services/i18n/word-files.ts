import type { KeyStage } from '../../core/content/key-stage';
import type { Resources, TextTree } from './resources';

// The tables of every language's word files are themselves loaded with the first words they find
// (i18n.ts), not with the title: a table of 240 files' addresses is no use to the first paint.

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
