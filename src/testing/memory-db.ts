// A fresh in-memory IndexedDB for one test, opened and made the app's database.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDb, setDbForTesting, type CorroborateDb } from '../service/store/workspace-db';

/** Opens an empty in-memory database and makes it the one the store uses; returns it for direct reads. */
export async function freshMemoryDb(): Promise<CorroborateDb> {
  const db = createDb(new IDBFactory(), IDBKeyRange);
  await db.open();
  setDbForTesting({ db, persistent: true, reason: null });
  return db;
}
