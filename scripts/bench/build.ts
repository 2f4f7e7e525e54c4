// The production build the browser benches measure: built here unless told not to, then copied aside.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');

/** Runs `vite build` into dist/ when `build` is true; returns an error message, or null once dist/ holds a build. */
export function ensureBuild(build: boolean, bench: string): string | null {
  if (build) {
    console.log(`${bench}: vite build → dist/`);
    const r = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, BASE_PATH: '/' } });
    if (r.status !== 0) return `${bench}: vite build failed; nothing to measure.`;
  }
  if (!existsSync(join(DIST, 'index.html'))) return `${bench}: dist/index.html not found (run without --no-build).`;
  return null;
}
