import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Level } from './content';

const root = fileURLToPath(new URL('../../', import.meta.url));

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(`${root}${path}`, 'utf8'));
}

function at(tree: unknown, path: string): string {
  const value = path
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
  if (typeof value !== 'string') throw new Error(`No text at ${path}`);
  return value;
}

const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(values[name] ?? whole));

/**
 * The game's own words in one of its languages, read from its locale files, so a test of a Polish or an
 * Urdu pupil finds the controls and lines by the names that pupil sees (the school names no trusted adult).
 */
export function wordsIn(language: string) {
  // Read when first asked, so a spec names its languages up front and reads only those its tests use.
  const ui = (): unknown => readJson(`locales/${language}/ui.json`);
  const aup = (): unknown => readJson(`locales/${language}/aup.json`);
  const trusted = (): Record<string, string> =>
    (ui() as { scenario: { trusted: Record<string, string> } }).scenario.trusted;
  return {
    /** A control's or a heading's words: `ui('common.next')`. */
    ui: (path: string, values: Record<string, string | number> = {}): string => fill(at(ui(), path), values),
    /** A scenario's line or choice: `scenario('ks2-09.link.tellMum')`. */
    scenario: (key: string): string => {
      const [statement = '', ...path] = key.split('.');
      return fill(at(readJson(`locales/${language}/scenarios/${statement}.json`), path.join('.')), trusted());
    },
    /** A statement of the policy as a reader sees it, the bold marks gone. */
    statement: (keyStage: 'ks1' | 'ks2', id: string): string =>
      at(aup(), `${keyStage}.statements.${id}`).replaceAll('**', ''),
    place: (keyStage: 'ks1' | 'ks2', id: string): string => at(aup(), `${keyStage}.places.${id}`),
  };
}

export type Words = ReturnType<typeof wordsIn>;

/** Where the scenario's steps are stories and choices only: the steps a pupil plays in any language here. */
export function storyAndChoicesOnly(scenario: Level): boolean {
  return scenario.steps.every((step) => step.kind === 'story' || step.kind === 'choice');
}

/** Text to find inside a name, as a regular expression (brackets and dots taken as written). */
export function within(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}
