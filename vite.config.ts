import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { levelsReport } from './scripts/levels-check';
import './scripts/map-group-by';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Stops the build when a levels file breaks the schema, naming file, path and reason. Under vitest it
 * only warns: the levels check's own unit test fails with the same report, and every other test still runs.
 */
function checkLevels(): Plugin {
  let mode = '';
  return {
    name: 'soq-check-levels',
    config(_, env) {
      mode = env.mode;
    },
    buildStart() {
      const report = levelsReport(root);
      if (report && mode === 'test') this.warn(report);
      else if (report) this.error(report);
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [checkLevels()],
  build: {
    target: 'es2022',
    // Every picture is its own file, so the main bundle carries only their addresses.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (id.includes('node_modules/phaser')) return 'phaser';
          return undefined;
        },
      },
    },
  },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
