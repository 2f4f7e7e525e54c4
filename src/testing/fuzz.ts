// Fuzzing helpers: run a fast-check property, count what it tried, record it in the reliability log, fail on any
// counterexample (with fast-check's report: seed, path and the shrunk input).
import fc from 'fast-check';
import { recordReliability } from './reliability-log';

export interface FuzzOptions<T = unknown> {
  numRuns: number;
  /** Inputs to try first: a case the test counts on runs however few cases the time budget allows. */
  examples?: T[];
  /** Records of the user's data the run found missing (import into a workspace, say); any makes the run fail. */
  lostRecords?: () => number;
  /** Time after which no new case starts (default 20 s). */
  budgetMs?: number;
}

/**
 * How long one fuzzing property may run before it stops with the cases it has tried: well inside the tests' timeouts, and
 * short enough that a loaded two-core machine does not spend minutes of the suite on one file. The log counts the cases run.
 */
const FUZZ_BUDGET_MS = 20_000;

/** Runs `check` on `numRuns` generated inputs; an exception counts as a crash, a false return or failed expect as a failure. */

export async function fuzz<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  check: (input: T) => unknown,
  { numRuns, lostRecords = () => 0, budgetMs = FUZZ_BUDGET_MS, examples = [] }: FuzzOptions<T>,
): Promise<void> {
  let crashes = 0;
  // The error of the latest case, once it has ended (null when it passed).
  let latest: Promise<unknown> = Promise.resolve(null);
  const property = fc.asyncProperty(arbitrary, (input) => {
    const run = (async () => {
      try {
        const verdict = await check(input);
        return verdict !== false;
      } catch (error) {
        // An assertion is a wrong answer; anything else thrown from the code under test is a crash.
        if (!(error instanceof Error && error.name === 'AssertionError')) crashes++;
        throw error;
      }
    })();
    latest = run.then(
      () => null,
      (error: unknown) => error,
    );
    return run;
  });
  // A loaded machine runs fewer cases in the same time rather than failing on the clock; the log counts the cases run.
  const details = await fc.check(property, {
    numRuns,
    interruptAfterTimeLimit: budgetMs,
    markInterruptAsFailure: false,
    // The report names the error the failing case threw, not only the case.
    includeErrorInReport: true,
    examples: examples.map((e): [T] => [e]),
  });
  // At the time limit fast-check stops waiting for the case under way, which goes on running: let it end here, or it
  // writes into the next test's records (a test then fails on its first case, on a loaded machine). If it fails, that
  // is a failure fast-check did not see.
  const latestError = await latest;
  // A failed run's last case is the one fast-check reports; otherwise a failure came after it stopped waiting.
  const cutOff = details.failed ? null : latestError;
  if (details.numRuns === 0) throw new Error(`${name}: not one case ran within ${budgetMs} ms`);
  const lost = lostRecords();
  const failed = details.failed || cutOff !== null;
  recordReliability({ kind: 'fuzz', name, cases: details.numRuns, passed: !failed && lost === 0, crashes, lostRecords: lost });
  if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? `${name}: a generated case failed`);
  if (cutOff !== null) throw new Error(`${name}: the case under way when time ran out failed`, { cause: cutOff });
  if (lost > 0) throw new Error(`${name}: ${lost} record(s) of the workspace were lost`);
}

/** Every path (keys and indexes) to a node of a JSON value, root first; used to pick where to mutate. */
export function jsonPaths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => jsonPaths(v, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) jsonPaths(v, [...prefix, k], out);
  return out;
}

export type JsonMutation =
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'addKey'; at: number; key: string; value: unknown };

/** A short list of random edits to a JSON document: replace a node, delete it, duplicate it, or add a key (prototype keys too). */
export function jsonMutations(keys: readonly string[]): fc.Arbitrary<JsonMutation[]> {
  const at = fc.nat();
  const value = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(null, '', 0, -1, 1e308, -0, true, [], {}, 'c-02', '2016-02-30', '../../etc/passwd', '.', 'claims.json'),
    fc.string(),
  );
  return fc.array(
    fc.oneof(
      fc.record({ op: fc.constant('replace' as const), at, value }),
      fc.record({ op: fc.constant('delete' as const), at }),
      fc.record({ op: fc.constant('duplicate' as const), at }),
      fc.record({ op: fc.constant('addKey' as const), at, key: fc.oneof(fc.constantFrom(...keys), fc.string()), value }),
    ),
    { minLength: 1, maxLength: 4 },
  );
}

/** Applies mutations to a copy of `base`; `paths` are jsonPaths(base), picked modulo their count. */
export function applyJsonMutations(base: unknown, paths: readonly (string | number)[][], mutations: readonly JsonMutation[]): unknown {
  const root: { value: unknown } = { value: structuredClone(base) };
  for (const m of mutations) {
    const path = paths[m.at % paths.length] ?? [];
    // The document itself stays: callers test what is inside it (random whole documents are fuzzed separately).
    if (path.length === 0) continue;
    // Walk to the parent; a path the earlier edits removed is skipped.
    let parent: unknown = root;
    let key: string | number = 'value';
    for (const step of path) {
      const next = (parent as Record<string | number, unknown>)[key];
      if (typeof next !== 'object' || next === null) {
        parent = undefined;
        break;
      }
      parent = next;
      key = step;
    }
    if (parent === undefined) continue;
    const container = parent as Record<string | number, unknown>;
    if (!Object.hasOwn(container, key)) continue;
    if (m.op === 'replace') container[key] = structuredClone(m.value);
    else if (m.op === 'delete') {
      if (Array.isArray(container)) container.splice(Number(key), 1);
      else Reflect.deleteProperty(container, key);
    } else if (m.op === 'duplicate') {
      if (Array.isArray(container)) container.splice(Number(key), 0, structuredClone(container[Number(key)]));
    } else {
      const target = container[key];
      // defineProperty, as JSON.parse would: a "__proto__" key becomes an own property, not the prototype.
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
        Object.defineProperty(target, m.key, { value: structuredClone(m.value), enumerable: true, writable: true, configurable: true });
      }
    }
  }
  return root.value;
}

export type ByteMutation =
  { op: 'set'; at: number; byte: number } | { op: 'delete'; at: number } | { op: 'insert'; at: number; byte: number };

/** A few random byte edits. */
export const byteMutations: fc.Arbitrary<ByteMutation[]> = fc.array(
  fc.oneof(
    fc.record({ op: fc.constant('set' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  ),
  { minLength: 1, maxLength: 8 },
);

/** Applies byte edits to a copy (positions modulo the length). */
export function applyByteMutations(bytes: Uint8Array, mutations: readonly ByteMutation[]): Uint8Array<ArrayBuffer> {
  const out = [...bytes];
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.op === 'set') out[at] = m.byte;
    else if (m.op === 'delete') out.splice(at, 1);
    else out.splice(at, 0, m.byte);
  }
  return new Uint8Array(out);
}
