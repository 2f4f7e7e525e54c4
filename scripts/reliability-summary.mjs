#!/usr/bin/env node
// Totals what the reliability tests recorded (test-results/reliability/*.jsonl) and fails on any crash, lost record or failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'test-results/reliability';
/** The longest the page may be blocked in a timed journey. */
const MAX_TASK_MS = 200;

/** Reads every record the tests wrote; a malformed line counts as a failed record so it cannot hide a problem. */
export function readRecords(dir = DIR) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean))
    .map((line) => {
      try {
        return JSON.parse(line);
      } catch {
        return { kind: 'fault', name: `unreadable log line: ${line.slice(0, 80)}`, cases: 1, passed: false, crashes: 0, lostRecords: 0 };
      }
    });
}

/** The summary figures: cases per kind, scenarios passed, crashes, lost records and lost updates. */
export function summarise(records) {
  const sum = (kind, key) => records.filter((r) => kind === null || r.kind === kind).reduce((n, r) => n + (r[key] ?? 0), 0);
  const faults = records.filter((r) => r.kind === 'fault');
  return {
    fuzzCases: sum('fuzz', 'cases'),
    faultScenarios: faults.length,
    faultScenariosPassed: faults.filter((r) => r.passed).length,
    hostileStrings: sum('hostile', 'cases'),
    crashes: sum(null, 'crashes'),
    lostRecords: sum(null, 'lostRecords'),
    // Only scenarios that race writers report lost updates; the count says how many measured it.
    concurrentScenarios: records.filter((r) => typeof r.lostUpdates === 'number').length,
    lostUpdates: sum(null, 'lostUpdates'),
    // Timed journeys report the page's longest task; the figure is the worst of them.
    timedJourneys: records.filter((r) => typeof r.longestTaskMs === 'number').length,
    longestTaskMs: Math.max(0, ...records.map((r) => r.longestTaskMs ?? 0)),
    viewTaskMs: Math.max(0, ...records.map((r) => r.viewTaskMs ?? 0)),
    failed: records.filter((r) => !r.passed).map((r) => `${r.kind}: ${r.name}`),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const records = readRecords();
  const s = summarise(records);
  console.log('Reliability summary');
  console.log(`  fuzz cases run:          ${s.fuzzCases.toLocaleString('en-GB')}`);
  console.log(`  fault scenarios passed:  ${s.faultScenariosPassed} of ${s.faultScenarios}`);
  console.log(`  hostile strings tried:   ${s.hostileStrings.toLocaleString('en-GB')}`);
  console.log(`  crashes:                 ${s.crashes}`);
  console.log(`  lost records:            ${s.lostRecords}`);
  console.log(`  lost updates:            ${s.lostUpdates} (in ${s.concurrentScenarios} concurrent-edit scenarios)`);
  console.log(
    `  longest page task, files: ${s.longestTaskMs} ms (in ${s.timedJourneys} timed journeys; at most ${MAX_TASK_MS} ms allowed)`,
  );
  console.log(
    `  longest page task, views: ${s.viewTaskMs} ms (views of 10,000 claims; target ${MAX_TASK_MS} ms, more on a loaded machine)`,
  );
  for (const f of s.failed) console.log(`  FAILED ${f}`);
  const ok =
    records.length > 0 &&
    s.crashes === 0 &&
    s.lostRecords === 0 &&
    s.lostUpdates === 0 &&
    s.longestTaskMs <= MAX_TASK_MS &&
    s.failed.length === 0;
  if (records.length === 0) console.log('  No reliability records: run the tests first (npm run test:reliability).');
  process.exit(ok ? 0 : 1);
}
