// The one way the workspace store writes: a Dexie transaction whose quota failure becomes a message the user can act on.
import type { CorroborateDb } from './workspace-db';

/** The counters on a workspace's row: its records' revision (which names every analysis), its stories' and its grades'. */
export type WorkspaceCounter = 'revision' | 'storyRevision' | 'gradeRevision';

/**
 * Moves one counter of a workspace on and returns it; the caller holds the transaction. Each kind of change moves its own,
 * so a story or a grade saved leaves the records' revision, and every analysis keyed on it, alone. A counter not yet set
 * counts as 1.
 */
export async function bump(db: CorroborateDb, workspaceId: string, counter: WorkspaceCounter): Promise<number> {
  const row = await db.workspaces.get(workspaceId);
  if (!row) throw new Error(`No workspace ${workspaceId}.`);
  const next = (row[counter] ?? 1) + 1;
  await db.workspaces.put({ ...row, updatedAt: new Date().toISOString(), [counter]: next });
  return next;
}

/** Raised when the browser refuses a write (quota exceeded, storage gone); nothing of the change was kept. */
export class StorageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StorageError';
  }
}

/** Runs `work` in one read-write transaction over `tables`; a full disk is reported as StorageError, nothing kept. */
export async function write<T>(db: CorroborateDb, tables: string[], work: () => Promise<T>): Promise<T> {
  try {
    return await db.transaction('rw', tables, work);
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'QuotaExceededError' || (error instanceof Error && error.message.includes('Quota'))) {
      throw new StorageError('The browser’s storage is full: this change was not saved. Export your workspace to keep a copy.');
    }
    throw error;
  }
}
