import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(`${root}${path}`, 'utf8'));
}

type Aup = Record<'ks1' | 'ks2', { statements: Record<string, string>; places: Record<string, string> }>;

/** The game's own English text, so tests compare with the content rather than copies of it. */
export const aup = readJson('locales/en/aup.json') as Aup;

/** A statement as a reader sees it: the bold markers gone. */
export function statementWords(keyStage: 'ks1' | 'ks2', id: string): string {
  return (aup[keyStage].statements[id] ?? '').replaceAll('**', '');
}

export function statementIds(keyStage: 'ks1' | 'ks2'): string[] {
  return Object.keys(aup[keyStage].statements);
}

export interface LevelChoice {
  id: string;
  label: string;
  safe: boolean;
  feedback: string;
}
/** A thing to sort or match: its words when placed right, and after a wrong try. */
export interface LevelSortItem {
  id: string;
  label: string;
  bin?: string;
  right: string;
  wrong: string;
}
export interface LevelStep {
  kind: 'story' | 'choice' | 'sort' | 'chat' | 'spot' | 'match' | 'password' | 'feelings';
  id: string;
  lines: string[];
  discuss?: string;
  discussAfter?: string;
  choices?: LevelChoice[];
  bins?: { id: string; label: string }[];
  /** Sort items carry `bin`, match items `answer`. */
  items?: (LevelSortItem & { answer?: string })[];
  turns?: { messages: string[]; replies: LevelChoice[] }[];
  /** A trap has `right` words (found), a fine thing `wrong` words (not a trap, because...). */
  spots?: { id: string; label: string; trap: boolean; right?: string; wrong?: string }[];
  answers?: { id: string; label: string }[];
  tiles?: { id: string; label: string; kind: 'word' | 'number' | 'symbol' | 'personal'; feedback: string }[];
  /** A feelings check: where (the `answer` among `places`), then how big. */
  whereAsk?: string;
  places?: { id: string; label: string; right?: string; wrong?: string }[];
  answer?: string;
  sizeAsk?: string;
  sizes?: Record<'small' | 'middle' | 'big', string>;
}
export interface Level {
  id: string;
  statement: string;
  steps: LevelStep[];
}

export function level(path: string): Level {
  return readJson(path) as Level;
}

/** Every scenario of a key stage, in the policy's order. */
export function levelsOf(keyStage: 'ks1' | 'ks2'): Level[] {
  return readdirSync(`${root}levels/${keyStage}/scenarios`)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => level(`levels/${keyStage}/scenarios/${name}`));
}

type Trusted = Record<'atSchool' | 'AtSchool' | 'oneAtSchool' | 'OneAtSchool', string>;
const ui = readJson('locales/en/ui.json') as { scenario: { trusted: Trusted } };
let trusted: Readonly<Record<string, string>> = ui.scenario.trusted;

/**
 * Tests that set the school's trusted adults see them in the scenarios' words ("Mrs Khan or Mr Lee",
 * or the first alone); none is the default.
 */
export function useTrustedAtSchool(names: string[] = []): void {
  const [first] = names;
  if (first === undefined) {
    trusted = ui.scenario.trusted;
    return;
  }
  const all = new Intl.ListFormat('en', { type: 'disjunction' }).format(names);
  const upper = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  trusted = { atSchool: all, AtSchool: upper(all), oneAtSchool: first, OneAtSchool: upper(first) };
}

/** The English text of a scenario text key such as "ks1-04.intro.1". */
export function scenarioText(key: string): string {
  const [statement, ...path] = key.split('.');
  const texts = readJson(`locales/en/scenarios/${statement ?? ''}.json`);
  const value = path.reduce<unknown>(
    (node, part) => (node as Record<string, unknown> | undefined)?.[part],
    texts,
  );
  if (typeof value !== 'string') throw new Error(`No text for ${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => trusted[name] ?? whole);
}

/** Collapses white space, for comparing text pulled out of a PDF. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
