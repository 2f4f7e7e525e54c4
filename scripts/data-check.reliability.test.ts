// `npm run data:check` on dataset folders: mutated copies of the real dataset, odd file names, and a workspace's export.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleToFolder } from '../src/domain/bundle';
import { exportWorkspaceBundle } from '../src/service/store/import-bundle';
import { createDb, setDbForTesting } from '../src/service/store/workspace-db';
import { createWorkspace } from '../src/service/store/workspaces';
import { applyJsonMutations, fuzz, jsonMutations, jsonPaths } from '../src/testing/fuzz';
import { HOSTILE_KEYS } from '../src/testing/hostile-strings';
import { DATA_DIR, loadShippedDataset, readArticleText } from '../src/testing/real-dataset';
import { recordReliability } from '../src/testing/reliability-log';
import { runDataCheck } from './data-check';

const REAL = loadShippedDataset();
const TEXTS = new Map(REAL.articles.map((a) => [a.file, readArticleText(a.file)]));
const KEYS = [...HOSTILE_KEYS, 'id', 'span', 'quote', 'measureId', 'articleId', 'low', 'high', 'parentId', 'comparableWith'];
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('data:check on dataset folders', () => {
  it('data:check reports a mutated dataset folder with a non-zero exit, never a stack trace', async () => {
    const originals = Object.fromEntries(['articles', 'sources', 'measures', 'claims'].map((k) => [k, REAL[k as keyof typeof REAL]]));
    await fuzz(
      'data:check: mutated dataset folders',
      jsonMutations(KEYS),
      (mutations) => {
        const mutated = applyJsonMutations(originals, jsonPaths(originals), mutations) as Record<string, unknown>;
        const dir = mkdtempSync(join(tmpdir(), 'corroborate-fuzz-'));
        temps.push(dir);
        for (const kind of ['articles', 'sources', 'measures', 'claims']) {
          writeFileSync(join(dir, `${kind}.json`), JSON.stringify(mutated[kind] ?? null));
        }
        for (const [file, text] of TEXTS) writeFileSync(join(dir, file), text);
        const { exitCode, lines } = runDataCheck(dir);
        expect([0, 1]).toContain(exitCode);
        expect(lines.join('\n')).not.toMatch(/\n\s+at .*:\d+:\d+/);
        if (exitCode === 0) expect(lines.join('\n')).toMatch(/OK/);
      },
      { numRuns: 60 },
    );
    expect(runDataCheck(DATA_DIR).exitCode).toBe(0);
  }, 120_000);

  it('data:check reports an article whose text file names a folder, instead of crashing on it', () => {
    let passed = false;
    try {
      const dir = mkdtempSync(join(tmpdir(), 'corroborate-folder-'));
      temps.push(dir);
      const articles = REAL.articles.map((a, i) => (i === 0 ? { ...a, file: '.' } : a));
      writeFileSync(join(dir, 'articles.json'), JSON.stringify(articles));
      for (const kind of ['sources', 'measures', 'claims'] as const) writeFileSync(join(dir, `${kind}.json`), JSON.stringify(REAL[kind]));
      for (const [file, text] of TEXTS) writeFileSync(join(dir, file), text);
      const { exitCode, lines } = runDataCheck(dir);
      expect(exitCode).toBe(1);
      expect(lines[0]).toMatch(/article text file is missing/);
      passed = true;
    } finally {
      recordReliability({
        kind: 'fuzz',
        name: 'data:check: a text file name that is a folder',
        cases: 1,
        passed,
        crashes: passed ? 0 : 1,
        lostRecords: 0,
      });
    }
  }, 120_000);
  it('writes a bundle whose folder form passes data:check', async () => {
    const db = createDb(new IDBFactory(), IDBKeyRange);
    await db.open();
    setDbForTesting({ db, persistent: true, reason: null });
    const ws = await createWorkspace('A', 'published', { dataset: REAL, texts: new Map(TEXTS) });
    const bundle = await exportWorkspaceBundle(ws.id);
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-export-'));
    temps.push(dir);
    for (const [file, text] of bundleToFolder(bundle)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text, 'utf8');
    }
    const { exitCode, lines } = runDataCheck(dir);
    expect(lines.join('\n')).toMatch(/— OK$/);
    expect(exitCode).toBe(0);
  });
});
