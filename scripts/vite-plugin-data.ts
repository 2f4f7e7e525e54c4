// Publishes data/ as static files: served in dev from the folder, copied to dist/data/ at build.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import type { Plugin } from 'vite';

const DATA_DIR = resolve(import.meta.dirname, '..', 'data');

/** Serves and publishes the dataset folder under `<base>data/`. */
export function publishData(): Plugin {
  let outDir = 'dist';
  let base = '/';
  return {
    name: 'corroborate:publish-data',
    // Vitest runs Vite plugins too, with a dummy outDir: nothing to publish there.
    apply: (_config, env) => env.mode !== 'test',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const prefix = `${base}data/`;
        const url = (req.url ?? '').split('?')[0] ?? '';
        if (!url.startsWith(prefix)) {
          next();
          return;
        }
        const rel = normalize(decodeURIComponent(url.slice(prefix.length)));
        const file = join(DATA_DIR, rel);
        if (!file.startsWith(DATA_DIR) || !existsSync(file)) {
          next();
          return;
        }
        res.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8');
        res.end(readFileSync(file));
      });
    },
    closeBundle() {
      cpSync(DATA_DIR, join(outDir, 'data'), { recursive: true });
    },
  };
}
