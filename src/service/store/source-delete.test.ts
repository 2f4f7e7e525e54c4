// Deleting a source: only as the user saw it, only while nothing uses it, and undone with its grade.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset, Source, Story } from '../../domain/schema';
import { freshMemoryDb } from '../../testing/memory-db';
import { saveStory } from './workspace-stories';
import {
  createWorkspace,
  deleteSourceAt,
  deleteWorkspace,
  putRecords,
  readWorkspace,
  readWorkspaceGrades,
  saveRecords,
  setSourceGrade,
} from './workspaces';

const source = (id: string, over: Partial<Source> = {}): Source => ({
  id,
  name: id,
  kind: 'outlet',
  alignment: 'independent',
  description: '',
  parentId: null,
  aliases: [],
  ...over,
});

const dataset = (): Dataset => ({
  articles: [],
  sources: [source('daily'), source('spare'), source('part', { parentId: 'daily' })],
  measures: [],
  claims: [],
});

async function revisionOf(workspaceId: string, id: string): Promise<number> {
  const revision = (await readWorkspace(workspaceId)).revisions.sources.get(id);
  if (revision === undefined) throw new Error(`no source ${id}`);
  return revision;
}

const storedIds = async (workspaceId: string) => (await readWorkspace(workspaceId)).content.dataset.sources.map((s) => s.id).sort();

beforeEach(async () => {
  await freshMemoryDb();
});

describe('deleting a source', () => {
  it('deletes an unused source with its grade, and Undo puts both back while nobody else has', async () => {
    const ws = await createWorkspace('A', 'empty', { dataset: dataset(), texts: new Map() });
    await setSourceGrade(ws.id, 'spare', { grade: 'B', reason: 'Usually right' });
    const result = await deleteSourceAt(ws.id, 'spare', await revisionOf(ws.id, 'spare'));
    expect(result).toEqual({
      ok: true,
      deleted: { source: source('spare'), grade: { sourceId: 'spare', grade: 'B', reason: 'Usually right' } },
    });
    expect(await storedIds(ws.id)).toEqual(['daily', 'part']);
    expect((await readWorkspaceGrades(ws.id)).sources).toEqual([]);

    const undo = () =>
      saveRecords(
        ws.id,
        { sources: [source('spare')] },
        {
          bases: [{ kind: 'sources', id: 'spare', revision: null }],
          grades: { sources: [{ sourceId: 'spare', grade: 'B', reason: 'Usually right' }], claims: [] },
        },
      );
    expect((await undo()).ok).toBe(true);
    expect(await storedIds(ws.id)).toEqual(['daily', 'part', 'spare']);
    expect((await readWorkspaceGrades(ws.id)).sources).toEqual([{ sourceId: 'spare', grade: 'B', reason: 'Usually right' }]);
    // A second Undo (another tab's) finds it back already and changes nothing.
    expect(await undo()).toMatchObject({ ok: false, conflict: { reason: 'changed' } });
  });

  it('refuses a source changed since the list showing it was read, and one already deleted', async () => {
    const ws = await createWorkspace('A', 'empty', { dataset: dataset(), texts: new Map() });
    const seen = await revisionOf(ws.id, 'spare');
    await saveRecords(
      ws.id,
      { sources: [source('spare', { description: 'fresh edit' })] },
      { bases: [{ kind: 'sources', id: 'spare', revision: seen }] },
    );
    expect(await deleteSourceAt(ws.id, 'spare', seen)).toMatchObject({
      ok: false,
      conflict: { reason: 'changed', stored: { description: 'fresh edit' } },
    });
    expect(await storedIds(ws.id)).toContain('spare');

    const current = await revisionOf(ws.id, 'spare');
    expect((await deleteSourceAt(ws.id, 'spare', current)).ok).toBe(true);
    expect(await deleteSourceAt(ws.id, 'spare', current)).toEqual({
      ok: false,
      conflict: { reason: 'deleted', kind: 'sources', id: 'spare', stored: null, revision: null },
    });
  });

  it('refuses when the workspace was deleted', async () => {
    const ws = await createWorkspace('A', 'empty', { dataset: dataset(), texts: new Map() });
    const seen = await revisionOf(ws.id, 'spare');
    await deleteWorkspace(ws.id);
    expect(await deleteSourceAt(ws.id, 'spare', seen)).toEqual({ ok: false, conflict: { reason: 'workspace-deleted' } });
  });

  it('refuses a source that another tab has just put to use, in a source or a story step', async () => {
    const ws = await createWorkspace('A', 'empty', { dataset: dataset(), texts: new Map() });
    const seen = await revisionOf(ws.id, 'daily');
    const refused = await deleteSourceAt(ws.id, 'daily', seen);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && 'inUse' in refused && refused.inUse.parts.map((s) => s.id)).toEqual(['part']);

    const spare = await revisionOf(ws.id, 'spare');
    const story: Story = {
      id: 's-1',
      title: 'Outlets',
      summary: '',
      steps: [
        {
          id: 'st',
          title: 'One outlet',
          view: { path: '/', search: '?outlet=spare' },
          narration: 'n',
          question: null,
          reveal: 'r',
          notes: '',
        },
      ],
    };
    expect((await saveStory(ws.id, story, null)).ok).toBe(true);
    const inStory = await deleteSourceAt(ws.id, 'spare', spare);
    expect(!inStory.ok && 'inUse' in inStory && inStory.inUse.steps.map((s) => s.stepTitle)).toEqual(['One outlet']);
    expect(await storedIds(ws.id)).toEqual(['daily', 'part', 'spare']);
    // Unused once more, it goes.
    await putRecords(ws.id, { sources: [source('part')] });
    expect((await deleteSourceAt(ws.id, 'daily', await revisionOf(ws.id, 'daily'))).ok).toBe(true);
  });
});
