// Reliability tests record what they tried (fuzz cases, fault scenarios, hostile strings) so a summary can count them.
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type ReliabilityKind = 'fuzz' | 'fault' | 'hostile';

export interface ReliabilityRecord {
  kind: ReliabilityKind;
  /** What was tried, e.g. "import: mutated bundles". */
  name: string;
  /** How many cases ran (fuzz runs, hostile strings; 1 for a fault scenario). */
  cases: number;
  passed: boolean;
  /** Uncaught exceptions seen; the suite requires zero. */
  crashes: number;
  /** Records lost from the user's data; the suite requires zero. */
  lostRecords: number;
  /** Saved edits later overwritten without the user choosing so (concurrent-edit scenarios only); the suite requires zero. */
  lostUpdates?: number;
  /** The page's longest main-thread task while it read a file, in ms (timed journeys only); the suite requires ≤ 200. */
  longestTaskMs?: number;
  /** The page's longest task while it drew a view of big data, in ms; reported against the 200 ms target. */
  viewTaskMs?: number;
}

// A string, not new URL(): test DOMs replace the global URL class.
export const RELIABILITY_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../test-results/reliability');

/** Appends one record to this process's log file (one JSON object a line). */
export function recordReliability(record: ReliabilityRecord): void {
  mkdirSync(RELIABILITY_DIR, { recursive: true });
  appendFileSync(join(RELIABILITY_DIR, `${process.pid}.jsonl`), `${JSON.stringify(record)}\n`);
}

/** Whether a thrown value is a crash (an exception from the code under test) rather than a failed assertion: 1 or 0. */
export function crashCount(error: unknown): number {
  return error instanceof Error && error.name === 'AssertionError' ? 0 : 1;
}
