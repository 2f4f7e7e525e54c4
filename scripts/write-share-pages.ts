// Writes the link-preview pages into a finished build: `tsx scripts/write-share-pages.ts <outDir> <base>`, SITE_URL from the
// environment. The build runs it in its own process, keeping the engine and the renderer out of Vite's config.
import { resolve } from 'node:path';
import { writeSharePages } from './share-pages';

const [outDir = 'dist', base = '/'] = process.argv.slice(2);
const started = performance.now();
const pages = writeSharePages({
  outDir: resolve(outDir),
  dataDir: resolve(import.meta.dirname, '..', 'data'),
  base,
  siteUrl: process.env.SITE_URL || undefined,
});
const note = process.env.SITE_URL ? '' : ' (SITE_URL not set: their links are relative to the site)';
console.info(`share pages: ${pages.length} written in ${Math.round(performance.now() - started)} ms${note}`);
