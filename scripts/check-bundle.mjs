#!/usr/bin/env node
// Checks a production build: no mocking code may ship, and reports the gzip size of the first-load JS and of all JS.
// Usage: node scripts/check-bundle.mjs [distDir]   (default: dist). Importable: measureBundle(), findMockMarkers().
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Strings that only appear when Mock Service Worker code or its worker script made it into the build. */
export const MOCK_MARKERS = ['mockServiceWorker', 'setupWorker', 'MSW_', '[MSW]'];

/** Text file types that can carry code into the browser. */
const TEXT_EXTENSIONS = ['.js', '.mjs', '.cjs', '.css', '.html', '.json', '.webmanifest', '.map'];

/** All files under a folder, as absolute paths. */
function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Gzip size in bytes of a file, at zlib's default level. */
function gzipSize(file) {
  return gzipSync(readFileSync(file)).length;
}

/** Paths (relative to distDir) of the JS that a page (index.html unless named) loads straight away: module scripts and modulepreloads. */
export function firstLoadScripts(distDir = 'dist', page = 'index.html') {
  const root = resolve(distDir);
  const html = readFileSync(join(root, page), 'utf8');
  const refs = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    const isPreload = /\brel=["']?modulepreload["']?/i.test(tag);
    if (!isScript && !isPreload) continue;
    const ref = /\b(?:src|href)=["']([^"']+)["']/i.exec(tag)?.[1];
    if (ref === undefined || /^(https?:)?\/\//.test(ref) || !ref.split('?')[0].endsWith('.js')) continue;
    refs.add(ref.split('?')[0]);
  }
  // References carry the base path (e.g. /corroborate/assets/x.js): match them to files by their path within distDir.
  const files = listFiles(root).map((file) => relative(root, file).split(sep).join('/'));
  return [...refs].map((ref) => {
    const match = files.find((file) => ref === `/${file}` || ref.endsWith(`/${file}`) || ref === file || ref === `./${file}`);
    if (match === undefined) throw new Error(`${page} references ${ref}, which is not in ${distDir}/`);
    return match;
  });
}

/**
 * Gzip sizes of a build's JavaScript; the embed's first load too when the build has embed.html.
 * @returns {{ firstLoadGzip: number, allJsGzip: number, firstLoadFiles: { file: string, gzip: number }[], jsFiles: number, embed: { firstLoadGzip: number, firstLoadFiles: { file: string, gzip: number }[] } | null }}
 */
export function measureBundle(distDir = 'dist') {
  const root = resolve(distDir);
  const firstLoad = (page) => {
    const files = firstLoadScripts(root, page).map((file) => ({ file, gzip: gzipSize(join(root, file)) }));
    return { firstLoadGzip: files.reduce((sum, entry) => sum + entry.gzip, 0), firstLoadFiles: files };
  };
  const allJs = listFiles(root).filter((file) => /\.m?js$/.test(file));
  return {
    ...firstLoad('index.html'),
    allJsGzip: allJs.reduce((sum, file) => sum + gzipSize(file), 0),
    jsFiles: allJs.length,
    embed: existsSync(join(root, EMBED_PAGE)) ? firstLoad(EMBED_PAGE) : null,
  };
}

/** Files of the build that contain a mocking marker, with the markers found. */
export function findMockMarkers(distDir = 'dist') {
  const root = resolve(distDir);
  const dataDir = join(root, 'data') + sep;
  const hits = [];
  for (const file of listFiles(root)) {
    // The published dataset is evidence, not code: an article may legitimately mention anything.
    if (file.startsWith(dataDir)) continue;
    const name = relative(root, file).split(sep).join('/');
    if (name.includes('mockServiceWorker')) {
      hits.push({ file: name, markers: ['mockServiceWorker (file name)'] });
      continue;
    }
    if (!TEXT_EXTENSIONS.some((ext) => file.endsWith(ext)) || statSync(file).size > 50 * 1024 * 1024) continue;
    const text = readFileSync(file, 'utf8');
    const markers = MOCK_MARKERS.filter((marker) => text.includes(marker));
    if (markers.length > 0) hits.push({ file: name, markers });
  }
  return hits;
}

/** Formats a byte count as kB with one decimal. */
export function formatKb(bytes) {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

/** The first load's JavaScript budget (gzip): the other views, the charts, the workbench and the workspace store
 * load on demand. */
export const FIRST_LOAD_BUDGET = 135 * 1024;

/** The embed's page, and its JavaScript budget (gzip): the chart is its point, so it loads at once, but nothing of the
 * workbench, the figure finder or the classroom may come with it. */
export const EMBED_PAGE = 'embed.html';
export const EMBED_BUDGET = 250 * 1024;

function main() {
  const distDir = process.argv[2] ?? 'dist';
  if (!existsSync(join(distDir, 'index.html'))) {
    console.error(`check-bundle: ${distDir}/index.html not found. Run \`npx vite build\` first.`);
    return 1;
  }
  let failed = false;
  const hits = findMockMarkers(distDir);
  if (hits.length > 0) {
    failed = true;
    console.error(`check-bundle: mocking code found in ${distDir}/ (MSW must never ship):`);
    for (const hit of hits) console.error(`  ${hit.file}: ${hit.markers.join(', ')}`);
  }
  const sizes = measureBundle(distDir);
  console.log(`check-bundle: ${distDir}/`);
  console.log(`  first-load JS (gzip): ${formatKb(sizes.firstLoadGzip)} in ${sizes.firstLoadFiles.length} file(s)`);
  for (const entry of sizes.firstLoadFiles) console.log(`    ${entry.file}  ${formatKb(entry.gzip)}`);
  if (sizes.embed) {
    console.log(
      `  embed JS (gzip):      ${formatKb(sizes.embed.firstLoadGzip)} in ${sizes.embed.firstLoadFiles.length} file(s), budget ${formatKb(EMBED_BUDGET)}`,
    );
  }
  console.log(`  all JS (gzip):        ${formatKb(sizes.allJsGzip)} in ${sizes.jsFiles} file(s)`);
  if (sizes.firstLoadGzip > FIRST_LOAD_BUDGET) {
    failed = true;
    console.error(`check-bundle: first-load JS is over its ${formatKb(FIRST_LOAD_BUDGET)} budget: something heavy is imported eagerly.`);
  }
  if (sizes.embed && sizes.embed.firstLoadGzip > EMBED_BUDGET) {
    failed = true;
    console.error(`check-bundle: the embed's JS is over its ${formatKb(EMBED_BUDGET)} budget: it must not pull in the rest of the app.`);
  }
  console.log(failed ? 'check-bundle: FAILED' : `check-bundle: ok, no mocking code, first load within ${formatKb(FIRST_LOAD_BUDGET)}`);
  return failed ? 1 : 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
