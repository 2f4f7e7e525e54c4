import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadShippedDataset, readArticleText } from '../../testing/real-dataset';
import { createDb, ofWorkspace, setDbForTesting, type CorroborateDb } from './workspace-db';
import {
  createWorkspace,
  deleteClaim,
  deleteWorkspace,
  duplicateWorkspace,
  listWorkspaces,
  putRecords,
  readWorkspace,
  readWorkspaceArticles,
  readWorkspaceContent,
  readWorkspaceGrades,
  readWorkspaceRecords,
  readWorkspaceSummary,
  renameWorkspace,
  resetWorkspace,
  setClaimGrade,
  setSourceGrade,
  StorageError,
  type WorkspaceContent,
} from './workspaces';

const published = (): WorkspaceContent => {
  const dataset = loadShippedDataset();
  return { dataset, texts: new Map(dataset.articles.map((a) => [a.file, readArticleText(a.file)])) };
};

let db: CorroborateDb;

beforeEach(async () => {
  // A fresh in-memory IndexedDB per test.
  db = createDb(new IDBFactory(), IDBKeyRange);
  await db.open();
  setDbForTesting({ db, persistent: true, reason: null });
});

describe('workspaces', () => {
  it('keeps a full copy of the published dataset, texts included', async () => {
    const ws = await createWorkspace('Palmyra check', 'published', published());
    const { content, problems } = await readWorkspace(ws.id);
    const real = loadShippedDataset();
    expect(problems).toEqual([]);
    expect(content.dataset.claims).toHaveLength(real.claims.length);
    expect(content.texts.get(real.articles[0]?.file ?? '')).toBe(readArticleText(real.articles[0]?.file ?? ''));
  });

  it('renames, duplicates with grades, resets and deletes', async () => {
    const ws = await createWorkspace('A', 'published', published());
    await renameWorkspace(ws.id, 'Renamed');
    await setSourceGrade(ws.id, 'airwars', { grade: 'B', reason: 'method published' });
    const copy = await duplicateWorkspace(ws.id);
    expect((await listWorkspaces()).map((w) => w.name).sort()).toEqual(['Renamed', 'Renamed (copy)']);
    expect((await readWorkspaceSummary(copy.id)).sourceGrades.get('airwars')?.grade).toBe('B');
    await deleteClaim(ws.id, 'c-02');
    await resetWorkspace(ws.id, published());
    expect((await readWorkspace(ws.id)).content.dataset.claims.some((c) => c.id === 'c-02')).toBe(true);
    expect((await readWorkspaceSummary(ws.id)).sourceGrades.size).toBe(0);
    await deleteWorkspace(ws.id);
    await expect(readWorkspace(ws.id)).rejects.toThrow(/does not exist/);
    expect(await ofWorkspace(db.claims, ws.id).count()).toBe(0);
  });

  it('refuses a blank name', async () => {
    const ws = await createWorkspace('A', 'empty', { dataset: { articles: [], sources: [], measures: [], claims: [] }, texts: new Map() });
    await expect(renameWorkspace(ws.id, '   ')).rejects.toThrow(/needs a name/);
  });

  it('returns a deleted claim so the deletion can be undone', async () => {
    const ws = await createWorkspace('A', 'published', published());
    const before = (await readWorkspace(ws.id)).workspace.revision;
    const deleted = await deleteClaim(ws.id, 'c-02');
    expect(deleted?.quote).toBe('More than 900 raids targeted the city in the past two weeks');
    expect((await readWorkspace(ws.id)).content.dataset.claims.some((c) => c.id === 'c-02')).toBe(false);
    await putRecords(ws.id, { claims: deleted ? [deleted] : [] });
    const after = await readWorkspace(ws.id);
    expect(after.content.dataset.claims.some((c) => c.id === 'c-02')).toBe(true);
    expect(after.workspace.revision).toBe(before + 2);
  });

  it('loses nothing else when one record is corrupted', async () => {
    const ws = await createWorkspace('A', 'published', published());
    await db.claims.put({ workspaceId: ws.id, id: 'c-02', data: { id: 'c-02', quote: 42 } });
    const { content, problems } = await readWorkspace(ws.id);
    expect(problems).toEqual([{ table: 'claims', id: 'c-02', message: expect.any(String) as string }]);
    expect(content.dataset.claims).toHaveLength(loadShippedDataset().claims.length - 1);
  });

  it('reads a workspace’s articles alone, leaving out a corrupted one, as the whole read does', async () => {
    const ws = await createWorkspace('A', 'published', published());
    const [first] = loadShippedDataset().articles;
    await db.articles.put({ workspaceId: ws.id, id: first?.id ?? '', data: { id: first?.id, title: 7 }, revision: 1 });
    const articles = await readWorkspaceArticles(ws.id);
    expect(articles).toEqual((await readWorkspaceRecords(ws.id)).dataset.articles);
    expect(articles).toHaveLength(loadShippedDataset().articles.length - 1);
    await expect(readWorkspaceArticles('ws-none')).rejects.toThrow(/does not exist/);
  });

  it('keeps nothing of a write the browser refuses, and says storage is full', async () => {
    const ws = await createWorkspace('A', 'published', published());
    const original = db.claims.bulkPut.bind(db.claims);
    db.claims.bulkPut = (() =>
      Promise.reject(Object.assign(new Error('Quota exceeded'), { name: 'QuotaExceededError' }))) as unknown as typeof db.claims.bulkPut;
    const claim = (await readWorkspace(ws.id)).content.dataset.claims[0];
    await expect(
      putRecords(ws.id, { claims: claim ? [{ ...claim, id: 'c-new' }] : [] }, new Map([['new.txt', 'text']])),
    ).rejects.toBeInstanceOf(StorageError);
    db.claims.bulkPut = original;
    const after = await readWorkspace(ws.id);
    expect(after.content.texts.has('new.txt')).toBe(false);
    expect(after.workspace.revision).toBe(1);
  });

  it('reads a workspace’s records with the revision of the state it read', async () => {
    const ws = await createWorkspace('A', 'published', published());
    const loaded = await readWorkspaceRecords(ws.id);
    expect(loaded.dataset.claims.length).toBe(published().dataset.claims.length);
    expect(loaded.workspace.revision).toBe(1);
  });

  it('stores grades that come with the content, and reads back only valid ones', async () => {
    const ws = await createWorkspace('A', 'import', {
      ...published(),
      grades: { sources: [{ sourceId: 'sohr', grade: 'B', reason: 'method' }], claims: [{ claimId: 'c-02', grade: 4, reason: '' }] },
    });
    await setClaimGrade(ws.id, 'c-03', { grade: 2, reason: 'two others agree' });
    await db.sourceGrades.put({ workspaceId: ws.id, sourceId: 'airwars', grade: 'Z', reason: '', updatedAt: '' });
    const grades = await readWorkspaceGrades(ws.id);
    expect(grades.sources).toEqual([{ sourceId: 'sohr', grade: 'B', reason: 'method' }]);
    expect(grades.claims.map((g) => g.claimId).sort()).toEqual(['c-02', 'c-03']);
    expect((await readWorkspaceContent(ws.id)).grades).toEqual(grades);
  });

  it('saves a grade without moving the records’ revision, so no analysis is made again; it moves the grade revision', async () => {
    const ws = await createWorkspace('A', 'published', published());
    const before = await readWorkspaceSummary(ws.id);
    await setClaimGrade(ws.id, 'c-03', { grade: 2, reason: 'two others agree' });
    await setSourceGrade(ws.id, 'sohr', { grade: 'B', reason: 'method' });
    const after = await readWorkspaceSummary(ws.id);
    expect(after.workspace.revision).toBe(before.workspace.revision);
    expect(after.workspace.gradeRevision).toBe(3);
    expect(after.claimGrades.get('c-03')?.grade).toBe(2);
    expect(after.sourceGrades.get('sohr')?.grade).toBe('B');
    // A record saved still moves the records' revision.
    await putRecords(ws.id, { claims: [published().dataset.claims[0]!] }, new Map());
    expect((await readWorkspaceSummary(ws.id)).workspace.revision).toBe(before.workspace.revision + 1);
  });

  it('puts grades with records in one write', async () => {
    const ws = await createWorkspace('A', 'published', published());
    await putRecords(ws.id, {}, new Map(), { sources: [{ sourceId: 'sohr', grade: 'C', reason: '' }], claims: [] });
    expect((await readWorkspaceSummary(ws.id)).sourceGrades.get('sohr')?.grade).toBe('C');
  });
});

describe('new records made in two tabs at once', () => {
  it('refuses a new record whose id another tab already used for something else, and keeps the first', async () => {
    const { ConflictError } = await import('./workspaces');
    const ws = await createWorkspace('A', 'empty', { dataset: { articles: [], sources: [], measures: [], claims: [] }, texts: new Map() });
    const measure = (unit: string) => ({
      id: 'air-raids',
      label: 'Air raids',
      unit,
      description: '',
      total: null,
      context: false,
      comparableWith: [],
    });
    await putRecords(ws.id, { measures: [measure('raids')] }, undefined, undefined, ['measures']);
    await expect(putRecords(ws.id, { measures: [measure('sorties')] }, undefined, undefined, ['measures'])).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await readWorkspace(ws.id)).content.dataset.measures).toEqual([measure('raids')]);
    // Saving the very same record again is not a conflict.
    await expect(putRecords(ws.id, { measures: [measure('raids')] }, undefined, undefined, ['measures'])).resolves.toBeUndefined();
  });
});
