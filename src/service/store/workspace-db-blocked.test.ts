// Two tabs, two versions of the app: a tab holding an older version of the database open must not leave this one waiting.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { BLOCKED_MESSAGE, DB_NAME, getDb, openPersistentDb, setDbForTesting, UPGRADED_MESSAGE } from './workspace-db';

/** Opens the database as an older release's tab would, keeping the connection and ignoring requests to let go. */
function openAsOlderTab(factory: IDBFactory, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

afterEach(() => setDbForTesting(null));

describe('opening the database while another tab holds it', () => {
  it('fails with a message saying which tab to close, instead of waiting for ever, and opens once it is closed', async () => {
    const factory = new IDBFactory();
    // Dexie stores version n as IndexedDB version n × 10: this is an older release's version 1.
    const older = await openAsOlderTab(factory, 10);
    await expect(openPersistentDb(factory, IDBKeyRange)).rejects.toThrow(BLOCKED_MESSAGE);
    older.close();
    const db = await openPersistentDb(factory, IDBKeyRange);
    expect(db.isOpen()).toBe(true);
    db.close();
  });

  it('lets go when a newer tab upgrades, and says so on the next action here', async () => {
    const factory = new IDBFactory();
    const db = await openPersistentDb(factory, IDBKeyRange);
    setDbForTesting({ db, persistent: true, reason: null });
    const newer = await openAsOlderTab(factory, db.verno * 10 + 10);
    expect(db.isOpen()).toBe(false);
    await expect(getDb()).rejects.toThrow(UPGRADED_MESSAGE);
    newer.close();
  });
});
