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
export interface LevelSortItem {
  id: string;
  label: string;
  bin?: string;
  feedback: string;
}
export interface LevelStep {
  kind: 'story' | 'choice' | 'sort' | 'chat' | 'spot' | 'match' | 'password';
  id: string;
  lines: string[];
  choices?: LevelChoice[];
  bins?: { id: string; label: string }[];
  /** Sort items carry `bin`, match items `answer`. */
  items?: (LevelSortItem & { answer?: string })[];
  turns?: { messages: string[]; replies: LevelChoice[] }[];
  spots?: { id: string; label: string; trap: boolean; feedback: string }[];
  answers?: { id: string; label: string }[];
  tiles?: { id: string; label: string; kind: 'word' | 'number' | 'symbol' | 'personal'; feedback: string }[];
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

const ui = readJson('locales/en/ui.json') as { scenario: { aTeacher: string } };
let atSchool = ui.scenario.aTeacher;

/** Tests that set the school's trusted adults see them in the scenarios' words; none is the default. */
export function useTrustedAtSchool(names?: string): void {
  atSchool = names ?? ui.scenario.aTeacher;
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
  const AtSchool = atSchool.charAt(0).toUpperCase() + atSchool.slice(1);
  return value.replaceAll('{{atSchool}}', atSchool).replaceAll('{{AtSchool}}', AtSchool);
}

/** Collapses white space, for comparing text pulled out of a PDF. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
