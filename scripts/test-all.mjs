#!/usr/bin/env node
// `npm test`: runs every check in order, streaming each one's output, keeps going after a failure,
// then prints a per-runner summary and ends with one line: "N passed, N failed[, N skipped]".
// `--quick` (npm run test:quick) skips the end-to-end suite.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const quick = process.argv.includes('--quick');
const bin = (name) => join('node_modules', '.bin', name);
const VITEST_REPORT = 'test-results/vitest.json';
const PLAYWRIGHT_REPORT = 'test-results/playwright.json';

/** Reads a JSON report, or null when the runner left none (or a broken one). */
function readReport(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** Counts from Vitest's JSON reporter; a test file that failed to load counts as one failure. */
function vitestCounts() {
  const report = readReport(VITEST_REPORT);
  if (report === null) return null;
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0,
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** Counts from Playwright's JSON reporter; flaky tests passed on retry. Errors outside tests (e.g. a web server) count as failures. */
function playwrightCounts() {
  const report = readReport(PLAYWRIGHT_REPORT);
  if (report === null || report.stats === undefined) return null;
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  const unexpectedFailures = unexpected === 0 ? (report.errors ?? []).length : 0;
  return { passed: expected + flaky, failed: unexpected + unexpectedFailures, skipped };
}

// Each check runs on one core: the short ones run beside the lint (`alongside`), their output held and printed after it.
const runners = [
  { name: 'typecheck', command: bin('tsc'), args: ['-b'], alongside: true },
  { name: 'lint', command: bin('eslint'), args: ['.', '--max-warnings=0'] },
  { name: 'format', command: bin('prettier'), args: ['--check', '.'], alongside: true },
  { name: 'data:check', command: 'npm', args: ['run', '-s', 'data:check'], alongside: true },
  {
    name: 'unit',
    command: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', `--outputFile=${VITEST_REPORT}`],
    report: VITEST_REPORT,
    counts: vitestCounts,
  },
  ...(quick
    ? []
    : [
        { name: 'e2e', command: process.execPath, args: ['scripts/run-e2e.mjs'], report: PLAYWRIGHT_REPORT, counts: playwrightCounts },
        // The 5,000-claim smoke load reuses the build e2e just made; it checks the app loads at scale, not how fast.
        { name: 'bench:smoke', command: 'npm', args: ['run', '-s', 'bench:smoke', '--', '--no-build'] },
      ]),
  // The unit and e2e runs above include the fuzzing, fault and hostile-input tests; this totals what they tried and fails
  // on any crash, lost record or failed scenario.
  { name: 'reliability', command: process.execPath, args: ['scripts/reliability-summary.mjs'] },
];

mkdirSync('test-results', { recursive: true });
// The reliability log is appended to by every test process: clear it so the summary counts this run only.
rmSync('test-results/reliability', { recursive: true, force: true });
const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
const heading = (runner) => `\n━━━ ${runner.name}: ${[runner.command, ...runner.args].join(' ')}`;

/** Runs one check; with `hold`, its output is kept to print later instead of streamed. */
function run(runner, hold) {
  // A stale report from an earlier run must never be mistaken for this run's.
  if (runner.report) rmSync(runner.report, { force: true });
  if (!hold) console.log(heading(runner));
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(runner.command, runner.args, { stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit', env });
    let output = '';
    if (hold) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    child.on('error', (error) => resolve({ runner, error, status: 1, output, seconds: (Date.now() - started) / 1000 }));
    child.on('close', (status) => resolve({ runner, error: null, status, output, seconds: (Date.now() - started) / 1000 }));
  });
}

function record({ runner, error, status, seconds }) {
  const exitCode = error ? 1 : (status ?? 1);
  if (error) console.error(`${runner.name} could not start: ${error.message}`);

  let counts;
  let note = '';
  if (runner.counts) {
    counts = runner.counts();
    if (counts === null) {
      counts = { passed: 0, failed: 1, skipped: 0 };
      note = 'crashed without a report';
    } else if (exitCode !== 0 && counts.failed === 0) {
      // e.g. the bundle check or a build failed, or the runner errored after writing its report.
      counts.failed = 1;
      note = `exited ${exitCode} with no failed test in its report`;
    }
  } else {
    counts = exitCode === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
  }
  return { name: runner.name, exitCode, seconds, ...counts, note };
}

const byName = new Map();
let held = runners.filter((r) => r.alongside).map((r) => run(r, true));
for (const runner of runners.filter((r) => !r.alongside)) {
  byName.set(runner.name, record(await run(runner, false)));
  // The held checks finish before the next long runner starts, so they never compete with the tests for a core.
  for (const done of await Promise.all(held)) {
    console.log(heading(done.runner));
    if (done.output) process.stdout.write(done.output);
    byName.set(done.runner.name, record(done));
  }
  held = [];
}
const results = runners.map((r) => byName.get(r.name));

const total = results.reduce(
  (sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed, skipped: sum.skipped + r.skipped }),
  {
    passed: 0,
    failed: 0,
    skipped: 0,
  },
);

const header = ['runner', 'status', 'passed', 'failed', 'skipped', 'time'];
const rows = results.map((r) => [
  r.name,
  r.failed > 0 || r.exitCode !== 0 ? 'FAIL' : 'ok',
  String(r.passed),
  String(r.failed),
  String(r.skipped),
  `${r.seconds.toFixed(1)}s${r.note ? `  (${r.note})` : ''}`,
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.slice().map((row) => (i === 5 ? 0 : row[i].length))));
const line = (cells) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ');

console.log(`\n━━━ summary${quick ? ' (quick: e2e skipped)' : ''}`);
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log('');
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped > 0 ? `, ${total.skipped} skipped` : ''}`);

process.exitCode = total.failed > 0 || results.some((r) => r.exitCode !== 0) ? 1 : 0;
