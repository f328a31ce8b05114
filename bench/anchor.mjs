// Builds and serves the anchor (bench/anchor: a bare Phaser 4 Vite page) for the same run as the game.
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const root = fileURLToPath(new URL('anchor/', import.meta.url));
const outDir = fileURLToPath(new URL('results/anchor/', import.meta.url));

/** The anchor's address, served from a fresh production build; `close` stops the server. */
export async function serveAnchor() {
  const config = {
    root,
    base: './',
    configFile: false,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  };
  await build(config);
  const server = await preview({ ...config, preview: { host: '127.0.0.1', port: 4518, strictPort: false } });
  return { url: server.resolvedUrls.local[0], close: () => server.close() };
}
