import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * `npm ci` refuses a lock file that leaves out any optional dependency of a package in it, even one for
 * another operating system. A registry mirror that serves only this machine's platform can write such a
 * lock file, and then a fresh clone cannot install at all: this catches it before CI does.
 */
interface LockedPackage {
  optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync(new URL('../../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, LockedPackage>;
};

/** Where npm would find `name` for the package at `path`: nested under it, then each parent folder. */
function isLocked(path: string, name: string): boolean {
  let folder = path;
  for (;;) {
    if (`${folder}/node_modules/${name}`.replace(/^\//, '') in lock.packages) return true;
    const parent = folder.lastIndexOf('/node_modules/');
    if (parent < 0) return `node_modules/${name}` in lock.packages;
    folder = folder.slice(0, parent);
  }
}

describe('package-lock.json', () => {
  it('lists every optional dependency of every package, for every platform', () => {
    const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => !isLocked(path, name))
        .map((name) => `${path || '(root)'} -> ${name}`),
    );
    expect(missing).toEqual([]);
  });
});
