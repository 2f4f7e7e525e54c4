#!/usr/bin/env node
// `npm run test:reliability`: the fuzzing, fault and hostile-input tests on their own, then the summary of what they tried.
// Clears test-results/reliability/ first, so the summary counts this run only. Runs every Vitest file that records to the
// reliability log (found by its import, so a new one joins without an edit here) and the Playwright reliability specs against
// a fresh production build. Extra arguments go to Playwright.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const RELIABILITY_DIR = 'test-results/reliability';
const SPECS = ['e2e/faults.spec.ts', 'e2e/storage.spec.ts', 'e2e/hostile.spec.ts', 'e2e/tabs.spec.ts', 'e2e/conflicts.spec.ts'];
// The timed journeys run after the others and alone (see playwright.config.ts), against the same build.
const TIMED = ['e2e/big-input.spec.ts', '--project', 'timed', '--no-deps'];
// CORROBORATE_SLOW_TESTS turns on the tests too slow for every run (the 200,000-claim export and import).
const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', CORROBORATE_SLOW_TESTS: '1' };

/** Test files under `dir` that write to the reliability log (directly, or through the fuzzing helper). */
function recordingTestFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => /testing\/(reliability-log|fuzz)['"]/.test(readFileSync(file, 'utf8')));
}

function run(label, command, args) {
  console.log(`\n━━━ ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.error) console.error(`${label} could not start: ${result.error.message}`);
  return result.error ? 1 : (result.status ?? 1);
}

rmSync(RELIABILITY_DIR, { recursive: true, force: true });
const unitFiles = [...recordingTestFiles('src'), ...recordingTestFiles('scripts')];
const unit = run('reliability unit tests', join('node_modules', '.bin', 'vitest'), ['run', ...unitFiles]);
const specs = run('reliability e2e specs', process.execPath, ['scripts/run-e2e.mjs', ...SPECS, ...process.argv.slice(2)]);
env.E2E_SKIP_BUILD = '1';
const timed = run('timed e2e journeys', process.execPath, ['scripts/run-e2e.mjs', ...TIMED, ...process.argv.slice(2)]);
const e2e = specs !== 0 ? specs : timed;
const summary = run('reliability summary', process.execPath, ['scripts/reliability-summary.mjs']);
process.exitCode = unit !== 0 || e2e !== 0 || summary !== 0 ? 1 : 0;
