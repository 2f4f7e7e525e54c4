// The one way the workspace store writes: a Dexie transaction whose quota failure becomes a message the user can act on.
import type { CorroborateDb } from './workspace-db';

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
