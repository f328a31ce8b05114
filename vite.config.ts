import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { jsonKeys } from './scripts/json-keys-plugin';
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

/** Phaser's build-time flags, as its own builds define them: WebGL and Canvas, nothing else optional. */
const phaserFlags: Record<string, boolean> = {
  WEBGL_RENDERER: true,
  CANVAS_RENDERER: true,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

/** Replaces `typeof FLAG` in Phaser's sources with the flag, so the bundler drops what is off. */
function phaserBuildFlags(): Plugin {
  const flag = new RegExp(`typeof (${Object.keys(phaserFlags).join('|')})\\b`, 'g');
  return {
    name: 'soq-phaser-flags',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/node_modules/phaser/src/')) return undefined;
      return { code: code.replace(flag, (_, name: string) => String(phaserFlags[name])), map: null };
    },
  };
}

export default defineConfig(({ command }) => ({
  base: './',
  // `vite build` bundles Phaser trimmed to what the game draws with; the dev server uses the full one.
  resolve: {
    alias:
      command === 'build'
        ? [
            {
              find: /^phaser$/,
              replacement: fileURLToPath(new URL('scripts/phaser-trimmed.mjs', import.meta.url)),
            },
          ]
        : [],
  },
  plugins: [
    checkLevels(),
    jsonKeys(),
    phaserBuildFlags(),
    // The service worker keeps the whole game on the device after the first visit, so it starts, plays,
    // signs and prints with the network off. A new version waits: it is taken at the next visit, or when
    // a grown-up chooses "Update now" (src/app/updates.ts), never in the middle of a scenario.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/*.png', 'icons/icon.svg', 'sounds/*.wav'],
      manifest: {
        name: 'Safe Online Quest',
        short_name: 'Online Quest',
        description:
          'An online-safety game for primary schools: play the Acceptable Use Policy, then sign it.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#cdeeff',
        theme_color: '#1d2b53',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,wav,webmanifest}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Pictures are inlined where imported with `?inline` (src/content/art-*.ts); nothing else is.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      output: {
        // Phaser alone; each language's words in a few files named for it, so installing the game for
        // offline use is a few requests and a look at the network says which language loaded:
        // `words-pl` (controls, statements, guide, notes) and `words-pl-ks1` (one key stage's scenarios).
        manualChunks(id) {
          if (id.includes('node_modules/phaser')) return 'phaser';
          const scenarios = /\/locales\/([\w-]+)\/scenarios\/(ks\d)-[\w-]+\.json$/.exec(id);
          if (scenarios) return `words-${scenarios[1]}-${scenarios[2]}`;
          const words = /\/locales\/([\w-]+)\/([\w-]+)\.json$/.exec(id);
          if (!words) return undefined;
          // English: the teacher's notes with the grown-ups' area; the rest (the title's own words come in
          // the first chunk: see src/services/i18n/resources.ts) with the pupils' pickers.
          if (words[1] === 'en') return words[2] === 'teacher-notes' ? undefined : 'words-en';
          return `words-${words[1]}`;
        },
      },
    },
  },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
}));
