// Schema migrations: a database written by an older version of the app opens in the current one with nothing lost.
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { loadShippedDataset, readArticleText } from '../../testing/real-dataset';
import { recordReliability } from '../../testing/reliability-log';
import { CLAIMS_BY_MEASURE, createDb, DB_NAME, DB_VERSION, ofWorkspace } from './workspace-db';

/** The version-1 schema exactly as the first release declared it; never import it from the app, which moves on. */
const V1_STORES = {
  workspaces: 'id, updatedAt',
  articles: '[workspaceId+id], workspaceId',
  sources: '[workspaceId+id], workspaceId',
  measures: '[workspaceId+id], workspaceId',
  claims: '[workspaceId+id], workspaceId',
  texts: '[workspaceId+file], workspaceId',
  sourceGrades: '[workspaceId+sourceId], workspaceId',
  claimGrades: '[workspaceId+claimId], workspaceId',
};

const RECORD_TABLES = ['articles', 'sources', 'measures', 'claims'] as const;

/** Writes two workspaces the way version 1 stored them, one with a corrupted claim, and closes the database. */
async function writeVersion1(factory: IDBFactory): Promise<number> {
  const v1 = new Dexie(DB_NAME, { indexedDB: factory, IDBKeyRange });
  v1.version(1).stores(V1_STORES);
  await v1.open();
  const dataset = loadShippedDataset();
  let records = 0;
  await v1.transaction('rw', Object.keys(V1_STORES), async () => {
    for (const workspaceId of ['ws-a', 'ws-b']) {
      await v1.table('workspaces').add({
        id: workspaceId,
        name: `Workspace ${workspaceId}`,
        origin: 'published',
        createdAt: '2024-01-01T00:00:00.000Z',
        updatedAt: '2024-01-02T00:00:00.000Z',
        revision: 3,
      });
      records++;
      for (const kind of RECORD_TABLES) {
        const rows = (dataset[kind] as { id: string }[]).map((data) => ({ workspaceId, id: data.id, data }));
        await v1.table(kind).bulkAdd(rows);
        records += rows.length;
      }
      await v1.table('texts').bulkAdd(dataset.articles.map((a) => ({ workspaceId, file: a.file, text: readArticleText(a.file) })));
      records += dataset.articles.length;
      await v1.table('sourceGrades').add({ workspaceId, sourceId: 'sohr', grade: 'B', reason: 'method', updatedAt: '2024-01-02' });
      await v1.table('claimGrades').add({ workspaceId, claimId: 'c-02', grade: 2, reason: '', updatedAt: '2024-01-02' });
      records += 2;
    }
    // A row an old bug left behind: it must survive the upgrade as stored, not break it.
    await v1.table('claims').add({ workspaceId: 'ws-b', id: 'c-broken', data: { id: 'c-broken', quote: 42 } });
    records++;
  });
  v1.close();
  return records;
}

describe('workspace database migrations', () => {
  it('opens a version-1 database in the current version with every record and text intact', async () => {
    const factory = new IDBFactory();
    const written = await writeVersion1(factory);
    const dataset = loadShippedDataset();

    const db = createDb(factory, IDBKeyRange);
    let found = 0;
    let passed = false;
    try {
      await db.open();
      expect(db.verno).toBe(DB_VERSION);
      found = await db.workspaces.count();
      expect((await db.workspaces.get('ws-a'))?.revision).toBe(3);
      for (const workspaceId of ['ws-a', 'ws-b']) {
        for (const kind of RECORD_TABLES) {
          const rows = await ofWorkspace(db[kind], workspaceId).toArray();
          const expected = (dataset[kind] as { id: string }[]).map((data) => ({ workspaceId, id: data.id, data }));
          const byId = new Map(rows.map((r) => [r.id, r]));
          for (const row of expected) expect(byId.get(row.id)).toEqual(row);
          found += rows.length;
        }
        const texts = await ofWorkspace(db.texts, workspaceId).toArray();
        for (const article of dataset.articles) {
          expect(texts.find((t) => t.file === article.file)?.text).toBe(readArticleText(article.file));
        }
        found += texts.length;
        found += await ofWorkspace(db.sourceGrades, workspaceId).count();
        found += await ofWorkspace(db.claimGrades, workspaceId).count();
      }
      expect((await db.claims.get(['ws-b', 'c-broken']))?.data).toEqual({ id: 'c-broken', quote: 42 });
      expect(found).toBe(written);

      // Version 2 added an index on the claims' measure and version 4 dropped it with the workspace indexes: the rows are
      // all still there (above), and rows written after the upgrade are read back by workspace, and only by theirs.
      // Version 4 keeps no secondary index: a workspace's rows are the range of keys that start with its id.
      for (const table of [...RECORD_TABLES, 'texts', 'sourceGrades', 'claimGrades', 'stories']) {
        expect(Array.from(db.backendDB().transaction(table).objectStore(table).indexNames)).toEqual([]);
      }
      expect(db.claims.schema.indexes.map((i) => i.name)).not.toContain(CLAIMS_BY_MEASURE);
      const claim = dataset.claims[0];
      await db.claims.put({ workspaceId: 'ws-a', id: 'c-new', data: { ...claim, id: 'c-new' } });
      expect((await ofWorkspace(db.claims, 'ws-a').toArray()).map((r) => r.id)).toContain('c-new');
      expect((await ofWorkspace(db.claims, 'ws-b').toArray()).map((r) => r.id)).not.toContain('c-new');

      passed = true;
    } finally {
      db.close();
      recordReliability({
        kind: 'fault',
        name: 'storage: a version-1 database opens in the current version',
        cases: 1,
        passed,
        crashes: 0,
        lostRecords: Math.max(0, written - found),
      });
    }
  });

  it('creates a fresh database at the current version', async () => {
    const db = createDb(new IDBFactory(), IDBKeyRange);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.claims.schema.indexes).toEqual([]);
    db.close();
  });
});
