#!/usr/bin/env node
// `npm test`: runs every check in order, streaming each one's output, keeps going after a failure,
// then prints a per-runner summary and ends with one line: "N passed, N failed[, N skipped]".
// `--quick` (npm run test:quick) skips the end-to-end suite.
import { spawnSync } from 'node:child_process';
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

const runners = [
  { name: 'typecheck', command: bin('tsc'), args: ['-b'] },
  { name: 'lint', command: bin('eslint'), args: ['.', '--max-warnings=0'] },
  { name: 'format', command: bin('prettier'), args: ['--check', '.'] },
  { name: 'data:check', command: 'npm', args: ['run', '-s', 'data:check'] },
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
const results = [];
for (const runner of runners) {
  console.log(`\n━━━ ${runner.name}: ${[runner.command, ...runner.args].join(' ')}`);
  // A stale report from an earlier run must never be mistaken for this run's.
  if (runner.report) rmSync(runner.report, { force: true });
  const started = Date.now();
  const child = spawnSync(runner.command, runner.args, {
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
  const seconds = (Date.now() - started) / 1000;
  const exitCode = child.error ? 1 : (child.status ?? 1);
  if (child.error) console.error(`${runner.name} could not start: ${child.error.message}`);

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
  results.push({ name: runner.name, exitCode, seconds, ...counts, note });
}

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
