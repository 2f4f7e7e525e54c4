#!/usr/bin/env node
// Runs the Playwright suite against production builds: checks for a browser, builds dist/ and dist-subpath/,
// checks the bundle, then runs `playwright test` with any extra arguments passed through.
// Env: CHROMIUM_PATH (default /usr/bin/chromium), PW_USE_BUNDLED_BROWSER=1 (use Playwright's own browser), E2E_SKIP_BUILD=1.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };

function run(label, command, args, extraEnv = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.error) {
    console.error(`${label} could not start: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

function main() {
  if (process.env.PW_USE_BUNDLED_BROWSER !== '1') {
    const browser = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    if (!existsSync(browser)) {
      console.error(
        `No Chromium at ${browser}: install one with \`apt-get install -y chromium\` (or set CHROMIUM_PATH to a Chromium binary).`,
      );
      console.error(
        "Where downloads work, `npx playwright install chromium` then run with PW_USE_BUNDLED_BROWSER=1 uses Playwright's own browser.",
      );
      return 1;
    }
  }

  if (process.env.E2E_SKIP_BUILD === '1') {
    console.log('E2E_SKIP_BUILD=1: using the existing dist/ and dist-subpath/.');
  } else {
    const builds = [
      ['build (/)', ['vite', 'build'], {}],
      ['build (/corroborate/)', ['vite', 'build', '--outDir', 'dist-subpath'], { BASE_PATH: '/corroborate/' }],
    ];
    for (const [label, args, extraEnv] of builds) {
      const status = run(label, 'npx', args, extraEnv);
      if (status !== 0) {
        console.error(`${label} failed (exit ${status}); no e2e tests were run.`);
        return status;
      }
    }
  }

  const bundleStatus = run('check-bundle', process.execPath, ['scripts/check-bundle.mjs', 'dist']);
  const testStatus = run('playwright', 'npx', ['playwright', 'test', ...process.argv.slice(2)]);
  return bundleStatus !== 0 ? bundleStatus : testStatus;
}

process.exitCode = main();
