// Fuzzing the import path: random JSON, truncated bundles and mutated bundles built from the real dataset. Each file is
// either refused with a message, with the workspace exactly as it was, or accepted as a valid dataset and merged whole.
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, toBundle, type BundleContent, type BundleResult } from '../../domain/bundle';
import { validateDataset } from '../../domain/validate-dataset';
import { applyByteMutations, applyJsonMutations, byteMutations, fuzz, jsonMutations, jsonPaths } from '../../testing/fuzz';
import { HOSTILE_KEYS } from '../../testing/hostile-strings';
import { loadShippedDataset, readArticleText } from '../../testing/real-dataset';
import { mergeIntoWorkspace, readBundleFile } from './import-bundle';
import { createDb, setDbForTesting, type CorroborateDb } from './workspace-db';
import { createWorkspace, readWorkspaceContent } from './workspaces';

const TABLES = ['workspaces', 'articles', 'sources', 'measures', 'claims', 'texts', 'sourceGrades', 'claimGrades'] as const;

let db: CorroborateDb;
let workspaceId: string;
let bundleText: string;
let bundleJson: unknown;
let paths: (string | number)[][];

/** Every stored row of the database, as canonical JSON, so "unchanged" means byte for byte. */
async function snapshot(): Promise<Map<string, string>> {
  const rows = new Map<string, string>();
  for (const table of TABLES) {
    const keys = await db.table(table).toCollection().primaryKeys();
    const values: unknown[] = await db.table(table).toArray();
    values.forEach((row, i) => rows.set(`${table}:${canonicalJson(keys[i])}`, canonicalJson(row)));
  }
  return rows;
}

function file(body: string | Uint8Array<ArrayBuffer>, name = 'fuzzed.json'): File {
  return new File([body], name, { type: 'application/json' });
}

/** The outcome must be one of two: refused with messages, or a dataset that passes every check on its own. */
function expectRefusedOrValid(result: BundleResult): void {
  if (result.ok) {
    const again = validateDataset(result.content.dataset, result.content.texts);
    expect(again.ok).toBe(true);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors) expect(e.message.trim()).not.toBe('');
  }
}

let lost = 0;
/** How the imports ended, so a run that never reaches the merge cannot pass unnoticed. */
const outcomes = { refused: 0, mergeRefused: 0, merged: 0 };

/** Imports a file into the workspace the way the import panel does (merge), and checks nothing is half-written. */
async function importAndCheck(body: string | Uint8Array<ArrayBuffer>): Promise<void> {
  const before = await snapshot();
  const parsed = await readBundleFile(file(body));
  expectRefusedOrValid(parsed);
  if (!parsed.ok) {
    outcomes.refused++;
    const after = await snapshot();
    for (const [key, row] of before) if (after.get(key) !== row) lost++;
    expect(after).toEqual(before);
    return;
  }
  const current = await readWorkspaceContent(workspaceId);
  const merged = await mergeIntoWorkspace(workspaceId, parsed.content);
  expectRefusedOrValid(merged);
  const after = await snapshot();
  if (!merged.ok) {
    outcomes.mergeRefused++;
    for (const [key, row] of before) if (after.get(key) !== row) lost++;
    expect(after).toEqual(before);
    return;
  }
  outcomes.merged++;
  // Accepted: everything there before is still there (replaced by id at most), everything incoming is stored whole.
  const stored = await readWorkspaceContent(workspaceId);
  const ids = (c: BundleContent, kind: 'articles' | 'sources' | 'measures' | 'claims') => new Set(c.dataset[kind].map((r) => r.id));
  for (const kind of ['articles', 'sources', 'measures', 'claims'] as const) {
    const now = ids(stored, kind);
    for (const id of ids(current, kind)) if (!now.has(id)) lost++;
    for (const record of parsed.content.dataset[kind]) {
      expect(canonicalJson(stored.dataset[kind].find((r) => r.id === record.id))).toBe(canonicalJson(record));
    }
  }
  expect(lost).toBe(0);
}

beforeAll(async () => {
  db = createDb(new IDBFactory(), IDBKeyRange);
  await db.open();
  setDbForTesting({ db, persistent: true, reason: null });
  const dataset = loadShippedDataset();
  const texts = new Map(dataset.articles.map((a) => [a.file, readArticleText(a.file)]));
  const content: BundleContent = {
    dataset,
    texts,
    grades: { sources: [{ sourceId: 'sohr', grade: 'B', reason: 'method' }], claims: [{ claimId: 'c-02', grade: 4, reason: '' }] },
  };
  workspaceId = (await createWorkspace('Target', 'import', content)).id;
  bundleJson = toBundle(content);
  bundleText = JSON.stringify(bundleJson);
  paths = jsonPaths(bundleJson);
});

// Hundreds of imports each: long on a loaded machine, so the safety net is wide; none of these measures speed.
describe('importing a fuzzed bundle', { timeout: 120_000 }, () => {
  it('random JSON documents are refused with a message, and the workspace is untouched', async () => {
    await fuzz(
      'import: random JSON',
      fc.oneof(fc.jsonValue(), fc.string(), fc.string({ unit: 'binary' })),
      async (value) => {
        await importAndCheck(typeof value === 'string' ? value : JSON.stringify(value));
      },
      { numRuns: 300, lostRecords: () => lost },
    );
  }, 120_000);

  it('random bundle-shaped objects are refused or valid', async () => {
    const shaped = fc.record({
      format: fc.oneof(fc.constant('corroborate-dataset'), fc.string()),
      version: fc.oneof(fc.constant(1), fc.jsonValue()),
      articles: fc.oneof(fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }), fc.jsonValue()),
      sources: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
      measures: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
      claims: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
      texts: fc.dictionary(fc.oneof(fc.string(), fc.constantFrom(...HOSTILE_KEYS)), fc.jsonValue({ maxDepth: 1 })),
      grades: fc.jsonValue({ maxDepth: 3 }),
    });
    await fuzz(
      'import: random bundle-shaped objects',
      shaped,
      async (value) => {
        await importAndCheck(JSON.stringify(value));
      },
      { numRuns: 200, lostRecords: () => lost },
    );
  }, 120_000);

  it('a valid bundle cut off anywhere is refused or valid, never half-imported', async () => {
    await fuzz(
      'import: truncated bundles',
      fc.nat({ max: 1_000_000 }),
      async (cut) => {
        await importAndCheck(bundleText.slice(0, cut % (bundleText.length + 1)));
      },
      { numRuns: 150, lostRecords: () => lost },
    );
  }, 120_000);

  it('a valid bundle with random edits to its records is refused or valid, never half-imported', async () => {
    // One edit that keeps the dataset valid and one that breaks it, first: both paths run however few random cases the
    // time budget leaves on a loaded machine.
    const at = (last: string) => {
      const index = paths.findIndex((p) => p.includes('claims') && p.at(-1) === last);
      expect(index).toBeGreaterThan(0);
      return index;
    };
    const start = { ...outcomes };
    await importAndCheck(JSON.stringify(applyJsonMutations(bundleJson, paths, [{ op: 'replace', at: at('notes'), value: 'edited' }])));
    await importAndCheck(JSON.stringify(applyJsonMutations(bundleJson, paths, [{ op: 'replace', at: at('measureId'), value: 'no-such' }])));
    expect([outcomes.merged - start.merged, outcomes.refused - start.refused]).toEqual([1, 1]);
    await fuzz(
      'import: mutated bundle records',
      jsonMutations([...HOSTILE_KEYS, 'id', 'span', 'quote', 'measureId']),
      async (mutations) => {
        await importAndCheck(JSON.stringify(applyJsonMutations(bundleJson, paths, mutations)));
      },
      { numRuns: 300, lostRecords: () => lost },
    );
    // Some edits leave a valid dataset (a changed note, an added unknown key): the merge path must have been exercised.
    expect(outcomes.merged).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  }, 180_000);

  it('a valid bundle with random byte edits is refused or valid, never half-imported', async () => {
    const bytes = new TextEncoder().encode(bundleText);
    await fuzz(
      'import: byte-mutated bundles',
      byteMutations,
      async (mutations) => {
        await importAndCheck(applyByteMutations(bytes, mutations));
      },
      { numRuns: 200, lostRecords: () => lost },
    );
  }, 180_000);
});
