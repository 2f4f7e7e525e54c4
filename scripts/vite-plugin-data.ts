// Publishes data/ as static files: served in dev from the folder as it is; at build, checked and sealed into dist/data/
// (scripts/seal-data.ts), so the app can skip validating the files the build has already validated.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import type { Plugin } from 'vite';

const DATA_DIR = resolve(import.meta.dirname, '..', 'data');
const SEALER = resolve(import.meta.dirname, 'seal-data.ts');

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
      // Its own process, through tsx: the validator's modules are TypeScript that Node cannot load as they are.
      const result = spawnSync(process.execPath, ['--import', 'tsx', SEALER, DATA_DIR, join(outDir, 'data')], { stdio: 'inherit' });
      if (result.status !== 0) throw new Error(`publishing data/ failed (exit ${result.status ?? 'none'}): see the errors above`);
    },
  };
}
