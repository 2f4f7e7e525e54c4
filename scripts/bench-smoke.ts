// npm run bench:smoke: generates 5,000 claims, serves the production build with them and checks that the landing view
// shows content in headless Chromium. No timing assertions; exit 1 only when the app does not load. Builds dist/ first
// unless --no-build (or dist/ is fresh from an earlier step, e.g. in CI: pass --no-build).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser, loadLanding } from './bench/browser';
import { serveBuild, snapshotBuild } from './bench/server';
import { writeCorpus } from './gen-corpus';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const CLAIMS = 5_000;

async function main(): Promise<number> {
  process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
  const started = performance.now();
  if (!process.argv.includes('--no-build')) {
    const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, BASE_PATH: '/' },
    });
    if (r.status !== 0) {
      console.error('bench:smoke: vite build failed.');
      return 1;
    }
  }
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error('bench:smoke: dist/index.html not found; run `npx vite build` or drop --no-build.');
    return 1;
  }
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-smoke-'));
  try {
    const corpus = writeCorpus(dir, { claims: CLAIMS, seed: 1 });
    console.log(`bench:smoke: ${corpus.claims} claims, ${corpus.measures} measures, ${corpus.articles} articles generated`);
    const build = snapshotBuild(DIST);
    const server = await serveBuild(build.dir, dir);
    const browser = await launchBrowser();
    try {
      const r = await loadLanding(browser, server.url, { timeoutMs: 45_000 });
      const cards = await r.page.locator('main ol h2').count();
      const first = (await r.page.locator('main ol h2').first().innerText()).replace(/\s+/g, ' ');
      await r.context.close();
      console.log(
        `bench:smoke: ok, the landing view shows ${cards} ranked measures (first: "${first}") after ${Math.round(r.firstContentMs)} ms`,
      );
      return 0;
    } catch (e) {
      console.error(`bench:smoke: FAILED, the app did not show content: ${e instanceof Error ? e.message : String(e)}`);
      return 1;
    } finally {
      await browser.close();
      await server.close();
      build.dispose();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    console.log(`bench:smoke: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`bench:smoke: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exitCode = 1;
  },
);
