import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { levelsReport } from './scripts/levels-check';
import './scripts/map-group-by';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Stops the build (and warns in dev) when a levels file breaks the schema, naming file, path and reason. */
function checkLevels(): Plugin {
  return {
    name: 'soq-check-levels',
    buildStart() {
      const report = levelsReport(root);
      if (report) this.error(report);
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
