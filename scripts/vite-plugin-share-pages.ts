// Writes the link-preview pages (see share-pages.ts) into the build once the bundle and its index.html are on disk.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const DATA_DIR = resolve(import.meta.dirname, '..', 'data');

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
    async closeBundle() {
      const started = performance.now();
      // Loaded only when building: the engine and the renderer are no part of the dev server or the tests' config.
      const { writeSharePages } = await import('./share-pages.ts');
      const pages = writeSharePages({ outDir, dataDir: DATA_DIR, base, siteUrl: process.env.SITE_URL || undefined });
      const note = process.env.SITE_URL ? '' : ' (SITE_URL not set: their links are relative)';
      console.info(`share pages: ${pages.length} in ${Math.round(performance.now() - started)} ms${note}`);
    },
  };
}
