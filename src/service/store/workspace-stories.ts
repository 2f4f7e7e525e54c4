// A workspace's classroom stories in IndexedDB: read in the author's order, saved one story at a time against the
// revision its editor loaded, so two tabs editing one story never lose a change silently.
import { storySchema, type Story } from '../../domain/schema';
import type { StoryConflict } from '../../domain/story-authoring';
import { existingWorkspace, getDb, ofWorkspace, type CorroborateDb } from './workspace-db';
import { bump, write } from './workspace-write';

/** A stored story with the revision an editor saves against. */
export interface StoredStory {
  story: Story;
  revision: number;
}

/** A stored story row that no longer parses: listed so the author knows, never dropped. */
export interface StoryProblem {
  id: string;
  message: string;
}

export type StorySaveResult = { ok: true; revision: number } | { ok: false; conflict: StoryConflict };

const TABLES = ['workspaces', 'stories'];

/** Replaces a workspace's stories with `stories`, in that order; the caller holds a transaction over workspaces and stories. */
export async function putStoryRows(db: CorroborateDb, workspaceId: string, stories: readonly Story[]): Promise<void> {
  await clearStoryRows(db, workspaceId);
  if (stories.length === 0) return;
  const revision = await bump(db, workspaceId, 'storyRevision');
  await db.stories.bulkPut(stories.map((data, position) => ({ workspaceId, id: data.id, position, data, revision })));
}

/** Deletes every story of a workspace; the caller holds the transaction. */
export async function clearStoryRows(db: CorroborateDb, workspaceId: string): Promise<void> {
  await ofWorkspace(db.stories, workspaceId).delete();
}

/** A workspace's stories in the author's order, each checked with the schema; rows that fail are reported apart. */
export async function readStoryRows(db: CorroborateDb, workspaceId: string): Promise<{ stories: StoredStory[]; problems: StoryProblem[] }> {
  const rows = await ofWorkspace(db.stories, workspaceId).toArray();
  rows.sort((a, b) => a.position - b.position);
  const stories: StoredStory[] = [];
  const problems: StoryProblem[] = [];
  for (const row of rows) {
    const parsed = storySchema.safeParse(row.data);
    if (parsed.success) stories.push({ story: parsed.data, revision: row.revision });
    else problems.push({ id: row.id, message: parsed.error.issues[0]?.message ?? 'unreadable' });
  }
  return { stories, problems };
}

/** The stories of a workspace, in order, with their revisions. */
export async function readWorkspaceStories(workspaceId: string): Promise<{ stories: StoredStory[]; problems: StoryProblem[] }> {
  const { db } = await getDb();
  return db.transaction('r', TABLES, async () => {
    await existingWorkspace(db, workspaceId);
    return readStoryRows(db, workspaceId);
  });
}

/**
 * Saves one story, based on the revision its editor loaded (null: a new story, whose id must be free). A story that moved
 * on since, or went, is not written: the conflict comes back with the stored version. A new story goes last.
 */
export async function saveStory(workspaceId: string, story: Story, base: number | null): Promise<StorySaveResult> {
  const { db } = await getDb();
  return write(db, TABLES, async (): Promise<StorySaveResult> => {
    if (!(await db.workspaces.get(workspaceId))) return { ok: false, conflict: { reason: 'workspace-deleted' } };
    const row = await db.stories.get([workspaceId, story.id]);
    if (base === null && row) return { ok: false, conflict: { reason: 'taken' } };
    if (base !== null && !row) return { ok: false, conflict: { reason: 'deleted' } };
    if (row && row.revision !== base) {
      const parsed = storySchema.safeParse(row.data);
      return { ok: false, conflict: { reason: 'changed', stored: parsed.success ? parsed.data : null, revision: row.revision } };
    }
    const others = row ? [] : await ofWorkspace(db.stories, workspaceId).toArray();
    const position = row ? row.position : Math.max(-1, ...others.map((r) => r.position)) + 1;
    const revision = await bump(db, workspaceId, 'storyRevision');
    await db.stories.put({ workspaceId, id: story.id, position, data: story, revision });
    return { ok: true, revision };
  });
}

/** Deletes one story as its editor saw it: if it changed since, nothing is deleted and the conflict comes back. */
export async function deleteStory(workspaceId: string, storyId: string, base: number): Promise<StorySaveResult> {
  const { db } = await getDb();
  return write(db, TABLES, async (): Promise<StorySaveResult> => {
    const row = await db.stories.get([workspaceId, storyId]);
    if (!row) return { ok: false, conflict: { reason: 'deleted' } };
    if (row.revision !== base) {
      const parsed = storySchema.safeParse(row.data);
      return { ok: false, conflict: { reason: 'changed', stored: parsed.success ? parsed.data : null, revision: row.revision } };
    }
    await db.stories.delete([workspaceId, storyId]);
    return { ok: true, revision: await bump(db, workspaceId, 'storyRevision') };
  });
}
