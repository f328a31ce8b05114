import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** `file.json?keys=a+b`: the id's file and the top-level keys asked for, or undefined for any other id. */
function keysAsked(id: string): { file: string; keys: string[] } | undefined {
  const asked = /^(.+\.json)\?(?:.*&)?keys=([\w+]+)/.exec(id);
  return asked?.[1] && asked[2] ? { file: asked[1], keys: asked[2].split('+') } : undefined;
}

/**
 * Lets a module import only some of a JSON file's top-level keys: `import words from './ui.json?keys=a+b'`
 * is `{ a, b }` of that file. The whole file can still be imported elsewhere (lazily) as usual, so the
 * first chunk carries only the part it needs.
 */
export function jsonKeys(): Plugin {
  return {
    name: 'soq-json-keys',
    load(id) {
      const asked = keysAsked(id);
      if (!asked) return undefined;
      this.addWatchFile(asked.file);
      const all = JSON.parse(readFileSync(asked.file, 'utf8')) as Record<string, unknown>;
      const missing = asked.keys.filter((key) => !(key in all));
      if (missing.length > 0) this.error(`${asked.file} has no ${missing.join(', ')}`);
      const picked = Object.fromEntries(asked.keys.map((key) => [key, all[key]]));
      return { code: `export default ${JSON.stringify(picked)};`, moduleType: 'js' };
    },
  };
}
