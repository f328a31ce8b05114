import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { plainText } from '../src/core/content/emphasis';
import {
  describeProblems,
  validateLevels,
  type LevelFile,
  type LevelProblem,
} from '../src/core/content/validate-levels';
import { textKeysOf } from '../src/core/content/text-keys';

function readJson(root: string, path: string, problems: LevelProblem[]): LevelFile | undefined {
  const file = relative(root, path);
  try {
    return { file, data: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({ file, path: '(whole file)', reason: `cannot be read as JSON: ${reason}` });
    return undefined;
  }
}

function lookUp(tree: unknown, dottedKey: string): unknown {
  return dottedKey.split('.').reduce<unknown>((node, part) => {
    return typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }, tree);
}

/**
 * Reads every file under levels/ and checks it against the schema, and that every text key it names
 * exists in locales/en. Returns every problem found, each naming the file, the path inside it and why.
 */
export function checkLevelsOnDisk(root: string): LevelProblem[] {
  const problems: LevelProblem[] = [];
  const levels = join(root, 'levels');
  const statementFiles: LevelFile[] = [];
  const scenarioFiles: LevelFile[] = [];
  for (const keyStage of ['ks1', 'ks2']) {
    const statements = join(levels, keyStage, 'statements.json');
    if (!existsSync(statements)) {
      problems.push({ file: relative(root, statements), path: '(whole file)', reason: 'is missing' });
    } else {
      const file = readJson(root, statements, problems);
      if (file) statementFiles.push(file);
    }
    const scenarioDir = join(levels, keyStage, 'scenarios');
    const names = existsSync(scenarioDir) ? readdirSync(scenarioDir).filter((n) => n.endsWith('.json')) : [];
    for (const name of names.sort()) {
      const file = readJson(root, join(scenarioDir, name), problems);
      if (file) scenarioFiles.push(file);
    }
  }
  const result = validateLevels(statementFiles, scenarioFiles);
  if (!result.ok) return [...problems, ...result.problems];

  for (const [index, scenario] of result.levels.scenarios.entries()) {
    const file = scenarioFiles[index]?.file ?? scenario.id;
    const textFile = `locales/en/scenarios/${scenario.statement}.json`;
    const texts = existsSync(join(root, textFile))
      ? readJson(root, join(root, textFile), problems)?.data
      : undefined;
    for (const key of textKeysOf(scenario)) {
      const [statement, ...rest] = key.split('.');
      const text = statement === scenario.statement ? lookUp(texts, rest.join('.')) : undefined;
      if (typeof text !== 'string' || plainText(text).trim() === '') {
        problems.push({ file, path: key, reason: `has no English text in ${textFile}` });
      }
    }
  }
  return problems;
}

export function levelsReport(root: string): string | undefined {
  const problems = checkLevelsOnDisk(root);
  return problems.length > 0 ? `The game's levels have problems:\n${describeProblems(problems)}` : undefined;
}
