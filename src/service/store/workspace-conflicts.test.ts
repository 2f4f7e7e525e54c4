// Concurrent edits: a save based on an old revision is refused, never written over the newer record.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../domain/schema';
import { loadShippedDataset, readArticleText } from '../../testing/real-dataset';
import { recordReliability } from '../../testing/reliability-log';
import { mergeIntoWorkspace, exportWorkspaceBundle } from './import-bundle';
import { createDb, ofWorkspace, setDbForTesting, type CorroborateDb } from './workspace-db';
import {
  createWorkspace,
  deleteClaim,
  deleteClaimAt,
  deleteWorkspace,
  putRecords,
  readWorkspace,
  readWorkspaceContent,
  readWorkspaceRecords,
  resetWorkspace,
  saveRecords,
  type WorkspaceContent,
} from './workspaces';

const published = (): WorkspaceContent => {
  const dataset = loadShippedDataset();
  return { dataset, texts: new Map(dataset.articles.map((a) => [a.file, readArticleText(a.file)])) };
};

let db: CorroborateDb;
/** Edits reported saved but missing from the stored record at the end of the current test. */
let lostUpdates = 0;
let passed = false;

beforeEach(async () => {
  db = createDb(new IDBFactory(), IDBKeyRange);
  await db.open();
  setDbForTesting({ db, persistent: true, reason: null });
  lostUpdates = 0;
  passed = false;
});

afterEach((context) => {
  recordReliability({
    kind: 'fault',
    name: `concurrent edits: ${context.task.name}`,
    cases: 1,
    passed,
    crashes: 0,
    lostRecords: 0,
    lostUpdates,
  });
});

async function storedClaim(workspaceId: string, id: string): Promise<Claim | undefined> {
  return (await readWorkspace(workspaceId)).content.dataset.claims.find((c) => c.id === id);
}

/** The claim and its revision as a form opening now would load them. */
async function openForm(workspaceId: string, id: string): Promise<{ claim: Claim; revision: number }> {
  const loaded = await readWorkspace(workspaceId);
  const claim = loaded.content.dataset.claims.find((c) => c.id === id);
  const revision = loaded.revisions.claims.get(id);
  if (!claim || revision === undefined) throw new Error(`no claim ${id}`);
  return { claim, revision };
}

const saveClaim = (workspaceId: string, claim: Claim, revision: number | null) =>
  saveRecords(workspaceId, { claims: [claim] }, { bases: [{ kind: 'claims', id: claim.id, revision }] });

describe('saving against the revision a form loaded', () => {
  it('saves an edit based on the current revision, and moves the record to a new one', async () => {
    const ws = await createWorkspace('A', 'published', published());
    const form = await openForm(ws.id, 'c-02');
    expect(form.revision).toBe(1);
    const result = await saveClaim(ws.id, { ...form.claim, notes: 'checked' }, form.revision);
    expect(result).toEqual({ ok: true, revision: 2 });
    expect((await openForm(ws.id, 'c-02')).revision).toBe(2);
    // Other records keep theirs.
    expect((await openForm(ws.id, 'c-03')).revision).toBe(1);
    expect((await storedClaim(ws.id, 'c-02'))?.notes).toBe('checked');
    passed = true;
  });

  it('refuses a stale save with the stored version, and writes nothing', async () => {
    const ws = await createWorkspace('A', 'published', published());
    const tabA = await openForm(ws.id, 'c-02');
    const tabB = await openForm(ws.id, 'c-02');
    expect(await saveClaim(ws.id, { ...tabA.claim, notes: 'from A' }, tabA.revision)).toMatchObject({ ok: true });
    const before = await exportWorkspaceBundle(ws.id);
    const workspaceRevision = (await readWorkspace(ws.id)).workspace.revision;

    const result = await saveClaim(ws.id, { ...tabB.claim, place: 'Tadmur' }, tabB.revision);
    expect(result).toEqual({
      ok: false,
      conflict: { reason: 'changed', kind: 'claims', id: 'c-02', stored: { ...tabA.claim, notes: 'from A' }, revision: 2 },
    });
    expect(JSON.stringify(await exportWorkspaceBundle(ws.id))).toBe(JSON.stringify(before));
    expect((await readWorkspace(ws.id)).workspace.revision).toBe(workspaceRevision);

    // Saving again against the revision the conflict reported (after the user chose) goes through.
    if (result.ok || result.conflict.reason === 'workspace-deleted') throw new Error('expected a record conflict');
    expect(await saveClaim(ws.id, { ...tabB.claim, notes: 'from A', place: 'Tadmur' }, result.conflict.revision)).toMatchObject({
      ok: true,
    });
    const final = await storedClaim(ws.id, 'c-02');
    lostUpdates = final?.notes === 'from A' ? 0 : 1;
    expect(final).toMatchObject({ notes: 'from A', place: 'Tadmur' });
    passed = true;
  });

  it('does not bring back a claim deleted since the form opened, unless asked to restore it', async () => {
    const ws = await createWorkspace('A', 'published', published());
    const form = await openForm(ws.id, 'c-02');
    await deleteClaim(ws.id, 'c-02');

    const result = await saveClaim(ws.id, { ...form.claim, notes: 'stale' }, form.revision);
    expect(result).toEqual({
      ok: false,
      conflict: { reason: 'deleted', kind: 'claims', id: 'c-02', stored: null, revision: null },
    });
    expect(await storedClaim(ws.id, 'c-02')).toBeUndefined();

    // Put back (undo in the other tab): the stale form still cannot match, as revisions are never reused.
    await saveClaim(ws.id, form.claim, null);
    expect((await saveClaim(ws.id, { ...form.claim, notes: 'stale' }, form.revision)).ok).toBe(false);
    expect((await storedClaim(ws.id, 'c-02'))?.notes).toBe(form.claim.notes);
    passed = true;
  });

  it('does not delete a claim changed since the list showing it was read', async () => {
    const ws = await createWorkspace('A', 'published', published());
    const seen = await openForm(ws.id, 'c-02');
    const other = await openForm(ws.id, 'c-02');
    await saveClaim(ws.id, { ...other.claim, notes: 'fresh edit' }, other.revision);
    expect(await deleteClaimAt(ws.id, 'c-02', seen.revision)).toMatchObject({ ok: false, conflict: { reason: 'changed' } });
    const final = await storedClaim(ws.id, 'c-02');
    lostUpdates = final?.notes === 'fresh edit' ? 0 : 1;
    expect(final?.notes).toBe('fresh edit');
    const current = await openForm(ws.id, 'c-02');
    expect(await deleteClaimAt(ws.id, 'c-02', current.revision)).toMatchObject({ ok: true, deleted: { notes: 'fresh edit' } });
    expect(await storedClaim(ws.id, 'c-02')).toBeUndefined();
    passed = true;
  });

  it('restores a deleted claim with the user’s changes only while nobody else has put it back', async () => {
    const ws = await createWorkspace('A', 'published', published());
    const form = await openForm(ws.id, 'c-02');
    await deleteClaim(ws.id, 'c-02');
    expect(await saveClaim(ws.id, { ...form.claim, notes: 'restored' }, null)).toMatchObject({ ok: true });
    const again = await saveClaim(ws.id, { ...form.claim, notes: 'second restore' }, null);
    expect(again).toMatchObject({ ok: false, conflict: { reason: 'changed', revision: 3 } });
    expect((await storedClaim(ws.id, 'c-02'))?.notes).toBe('restored');
    passed = true;
  });

  it('refuses a form opened before a merge changed its claim', async () => {
    const ws = await createWorkspace('A', 'published', published());
    const form = await openForm(ws.id, 'c-02');
    const incoming = await readWorkspaceContent(ws.id);
    incoming.dataset.claims = incoming.dataset.claims.filter((c) => c.id === 'c-02').map((c) => ({ ...c, notes: 'from the bundle' }));
    expect((await mergeIntoWorkspace(ws.id, incoming)).ok).toBe(true);
    const merged = await openForm(ws.id, 'c-02');
    expect(merged.revision).toBeGreaterThan(form.revision);

    const result = await saveClaim(ws.id, { ...form.claim, place: 'Tadmur' }, form.revision);
    expect(result).toMatchObject({ ok: false, conflict: { reason: 'changed', stored: { notes: 'from the bundle' } } });
    const final = await storedClaim(ws.id, 'c-02');
    lostUpdates = final?.notes === 'from the bundle' ? 0 : 1;
    expect(final?.place).toBe(form.claim.place);
    passed = true;
  });

  it('refuses a form opened before a reset, even when the claim comes back', async () => {
    const ws = await createWorkspace('A', 'published', published());
    const form = await openForm(ws.id, 'c-02');
    await resetWorkspace(ws.id, published());
    expect((await saveClaim(ws.id, { ...form.claim, notes: 'stale' }, form.revision)).ok).toBe(false);
    passed = true;
  });

  it('says the workspace is gone when it was deleted before the save, and writes nothing', async () => {
    const ws = await createWorkspace('A', 'published', published());
    const form = await openForm(ws.id, 'c-02');
    await deleteWorkspace(ws.id);
    expect(await saveClaim(ws.id, { ...form.claim, notes: 'late' }, form.revision)).toEqual({
      ok: false,
      conflict: { reason: 'workspace-deleted' },
    });
    expect(await ofWorkspace(db.claims, ws.id).count()).toBe(0);
    passed = true;
  });

  it('lets exactly one of three writers from the same revision through; the others get the stored version', async () => {
    const ws = await createWorkspace('A', 'published', published());
    const forms = await Promise.all([openForm(ws.id, 'c-02'), openForm(ws.id, 'c-02'), openForm(ws.id, 'c-02')]);
    const edits: Partial<Claim>[] = [{ notes: 'writer 1' }, { place: 'Writer 2 town' }, { statedOnEvidence: 'writer 3' }];
    const results = await Promise.all(forms.map((form, i) => saveClaim(ws.id, { ...form.claim, ...edits[i] }, form.revision)));

    const winners = results.flatMap((r, i) => (r.ok ? [i] : []));
    expect(winners).toHaveLength(1);
    const final = await storedClaim(ws.id, 'c-02');
    const winner = winners[0] ?? -1;
    for (const [i, result] of results.entries()) {
      if (i === winner) continue;
      expect(result).toMatchObject({ ok: false, conflict: { reason: 'changed', stored: final } });
    }
    // A lost update is an edit reported saved that the store no longer holds.
    lostUpdates = results.filter(
      (r, i) => r.ok && !Object.entries(edits[i] ?? {}).every(([k, v]) => final?.[k as keyof Claim] === v),
    ).length;
    expect(lostUpdates).toBe(0);
    passed = true;
  });

  it('reports each record’s revision with the loaded workspace, and keeps them out of bundles', async () => {
    const ws = await createWorkspace('A', 'published', published());
    await putRecords(ws.id, { claims: [{ ...(await openForm(ws.id, 'c-03')).claim, notes: 'x' }] });
    const loaded = await readWorkspaceRecords(ws.id);
    expect(loaded.revisions.claims.get('c-03')).toBe(2);
    expect(loaded.revisions.claims.get('c-02')).toBe(1);
    expect(loaded.revisions.articles.size).toBe(loaded.dataset.articles.length);
    expect(JSON.stringify(await exportWorkspaceBundle(ws.id))).not.toMatch(/"revision"/);
    passed = true;
  });

  it('counts a row stored before revisions existed as revision 1', async () => {
    const ws = await createWorkspace('A', 'published', published());
    const row = await db.claims.get([ws.id, 'c-02']);
    if (!row) throw new Error('no row');
    const { revision: _dropped, ...legacy } = row;
    await db.claims.put(legacy);
    const form = await openForm(ws.id, 'c-02');
    expect(form.revision).toBe(1);
    expect(await saveClaim(ws.id, { ...form.claim, notes: 'ok' }, 1)).toMatchObject({ ok: true });
    expect(await saveClaim(ws.id, { ...form.claim, notes: 'stale' }, 1)).toMatchObject({ ok: false });
    passed = true;
  });
});
