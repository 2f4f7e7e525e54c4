import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { storiesSchema, type Story } from '../../domain/schema';
import { DATA_DIR, loadShippedDataset, readArticleText } from '../../testing/real-dataset';
import { exportWorkspaceBundle, importAsNewWorkspace, mergeIntoWorkspace } from './import-bundle';
import { freshMemoryDb } from '../../testing/memory-db';
import type { CorroborateDb } from './workspace-db';
import { deleteStory, readWorkspaceStories, saveStory } from './workspace-stories';
import { createWorkspace, readWorkspaceContent, resetWorkspace, type WorkspaceContent } from './workspaces';

const shippedStories = (): Story[] => storiesSchema.parse(JSON.parse(readFileSync(resolve(DATA_DIR, 'stories.json'), 'utf8')));

const published = (stories = shippedStories()): WorkspaceContent => {
  const dataset = loadShippedDataset();
  return { dataset, texts: new Map(dataset.articles.map((a) => [a.file, readArticleText(a.file)])), stories };
};

/** A one-step story on a measure the shipped dataset holds. */
const story = (id: string, title = 'Counting raids'): Story => ({
  id,
  title,
  summary: '',
  steps: [
    {
      id: 'step-1',
      title: 'Two counts',
      view: { path: '/compare/air-raids-palmyra-2016', search: '' },
      narration: 'Two figures for one fortnight.',
      question: null,
      reveal: 'They count different things.',
      notes: '',
    },
  ],
});

let db: CorroborateDb;

beforeEach(async () => {
  db = await freshMemoryDb();
});

describe('workspace stories', () => {
  it('keeps the stories of a copy in their order, and adds new ones last', async () => {
    const ws = await createWorkspace('Class', 'published', published());
    const shipped = shippedStories();
    expect((await readWorkspaceStories(ws.id)).stories.map((s) => s.story)).toEqual(shipped);
    const saved = await saveStory(ws.id, story('mine'), null);
    expect(saved.ok).toBe(true);
    expect((await readWorkspaceStories(ws.id)).stories.map((s) => s.story.id)).toEqual([...shipped.map((s) => s.id), 'mine']);
  });

  it('saves against the revision the editor loaded, and refuses a stale one with the stored version', async () => {
    const ws = await createWorkspace('Class', 'empty', { ...published([]) });
    const first = await saveStory(ws.id, story('s'), null);
    if (!first.ok) throw new Error('not saved');
    // Tab A saves a new title; tab B, still on the first revision, is refused and shown A's version.
    expect(await saveStory(ws.id, story('s', 'Title from tab A'), first.revision)).toMatchObject({ ok: true });
    const stale = await saveStory(ws.id, story('s', 'Title from tab B'), first.revision);
    expect(stale).toMatchObject({ ok: false, conflict: { reason: 'changed', stored: { title: 'Title from tab A' } } });
    expect((await readWorkspaceStories(ws.id)).stories[0]?.story.title).toBe('Title from tab A');
  });

  it('never lets a stale editor bring back a deleted story, nor a new one take a used id', async () => {
    const ws = await createWorkspace('Class', 'empty', published([]));
    const first = await saveStory(ws.id, story('s'), null);
    if (!first.ok) throw new Error('not saved');
    expect(await saveStory(ws.id, story('s'), null)).toEqual({ ok: false, conflict: { reason: 'taken' } });
    expect(await deleteStory(ws.id, 's', first.revision)).toMatchObject({ ok: true });
    expect(await saveStory(ws.id, story('s', 'Stale'), first.revision)).toEqual({ ok: false, conflict: { reason: 'deleted' } });
    expect((await readWorkspaceStories(ws.id)).stories).toEqual([]);
  });

  it('leaves the records’ revision alone, so no analysis is made again for a story edit', async () => {
    const ws = await createWorkspace('Class', 'published', published());
    await saveStory(ws.id, story('mine'), null);
    expect((await db.workspaces.get(ws.id))?.revision).toBe(ws.revision);
  });

  it('goes out with the export and comes back with the import; a merge adds the incoming stories', async () => {
    const ws = await createWorkspace('Class', 'published', published([]));
    await saveStory(ws.id, story('mine'), null);
    const bundle = await exportWorkspaceBundle(ws.id);
    expect(bundle.stories?.map((s) => s.id)).toEqual(['mine']);
    const content = await readWorkspaceContent(ws.id);
    const copy = await importAsNewWorkspace('Imported', content);
    expect((await readWorkspaceStories(copy.id)).stories.map((s) => s.story)).toEqual([story('mine')]);

    const merged = await mergeIntoWorkspace(copy.id, { ...content, stories: [story('other', 'Another story')] });
    expect(merged.ok).toBe(true);
    expect((await readWorkspaceStories(copy.id)).stories.map((s) => s.story.id)).toEqual(['mine', 'other']);
  });

  it('puts the stories back with the records on a reset', async () => {
    const ws = await createWorkspace('Class', 'published', published());
    await saveStory(ws.id, story('mine'), null);
    await resetWorkspace(ws.id, published());
    expect((await readWorkspaceStories(ws.id)).stories.map((s) => s.story.id)).toEqual(shippedStories().map((s) => s.id));
  });
});
