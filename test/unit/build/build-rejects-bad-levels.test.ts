import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
let copy: string | undefined;

/** A throwaway copy of the project (sharing node_modules) to break and build. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'soq-build-'));
  for (const entry of [
    'index.html',
    'vite.config.ts',
    'tsconfig.json',
    'package.json',
    'src',
    'levels',
    'locales',
    'scripts',
    'public',
  ]) {
    cpSync(join(repo, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  copy = dir;
  return dir;
}

async function buildError(root: string): Promise<string> {
  try {
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'silent',
      build: { write: false },
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return '';
}

afterEach(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
  copy = undefined;
});

describe('the production build checks the levels', () => {
  it('stops on a scenario with no safe choice, naming the file, the place in it and the reason', async () => {
    const root = copyProject();
    const file = join(root, 'levels/ks1/scenarios/ks1-04-funny-feeling.json');
    const scenario = JSON.parse(readFileSync(file, 'utf8')) as { steps: { choices?: { safe: boolean }[] }[] };
    const index = scenario.steps.findIndex((step) => step.choices);
    for (const choice of scenario.steps[index]?.choices ?? []) choice.safe = false;
    writeFileSync(file, JSON.stringify(scenario));

    const message = await buildError(root);
    expect(message).toContain('levels/ks1/scenarios/ks1-04-funny-feeling.json');
    expect(message).toContain(`steps.${index}.choices`);
    expect(message).toContain('needs at least one safe choice');
  }, 60_000);

  it('stops on a levels file that is missing or is not JSON', async () => {
    const root = copyProject();
    rmSync(join(root, 'levels/ks2/statements.json'));
    writeFileSync(join(root, 'levels/ks2/scenarios/ks2-17-age-rules.json'), '{ "id": ');

    const message = await buildError(root);
    expect(message).toContain('levels/ks2/statements.json');
    expect(message).toContain('is missing');
    expect(message).toContain('levels/ks2/scenarios/ks2-17-age-rules.json');
    expect(message).toContain('cannot be read as JSON');
  }, 60_000);
});
