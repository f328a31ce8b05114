import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/core/content/emphasis';
import { readJson, repoRoot } from '../levels';

const seed = `${repoRoot}../shared/seeds/000_ee85564538a9d4b8.txt`;

/** The numbered statements under a heading of the school's policy, bold marks removed. */
function policyStatements(heading: string): string[] {
  const lines = readFileSync(seed, 'utf8').split('\n');
  const start = lines.findIndex((line) => line.includes(heading));
  const found: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#+ /.test(line) && found.length > 0) break;
    const match = /^\d+\. (.*)$/.exec(line);
    if (match?.[1]) found.push(match[1].replaceAll('*', '').trim());
  }
  return found;
}

type Aup = Record<'ks1' | 'ks2', { statements: Record<string, string>; places: Record<string, string> }>;
const aup = readJson('locales/en/aup.json') as Aup;

describe.each([
  ['ks1', 'AUP) for KS1 PUPILS', 11],
  ['ks2', 'AUP) for KS2 PUPILS', 24],
] as const)('the %s statements', (keyStage, heading, count) => {
  it.skipIf(!existsSync(seed))('are the school policy’s, word for word and in order, by default', () => {
    const ours = Object.values(aup[keyStage].statements).map((text) => plainText(text).trim());
    expect(ours).toHaveLength(count);
    expect(ours).toEqual(policyStatements(heading));
  });

  it('are listed in levels/ in the same order, each with a place name on the map', () => {
    const listed = (readJson(`levels/${keyStage}/statements.json`) as { statements: { id: string }[] })
      .statements;
    expect(listed.map((entry) => entry.id)).toEqual(Object.keys(aup[keyStage].statements));
    for (const { id } of listed) expect(aup[keyStage].places[id]?.trim()).toBeTruthy();
  });
});
