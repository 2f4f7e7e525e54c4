// Writes the link-preview pages (see share-pages.ts) into the build once the bundle and its index.html are on disk.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const WRITER = resolve(import.meta.dirname, 'write-share-pages.ts');

/** Link previews for each comparison of the published dataset; SITE_URL gives them absolute URLs. */
export function sharePages(): Plugin {
  let outDir = 'dist';
  let base = '/';
  return {
    name: 'corroborate:share-pages',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
    },
    closeBundle() {
      // Its own process, through tsx: the engine's modules are TypeScript that Node cannot load as they are.
      const result = spawnSync(process.execPath, ['--import', 'tsx', WRITER, outDir, base], { stdio: 'inherit' });
      if (result.status !== 0) throw new Error(`writing the link-preview pages failed (exit ${result.status ?? 'none'})`);
    },
  };
}
