// The user's workspaces in IndexedDB. Records are stored whole, validated on the way out, so one corrupted row
// cannot take the rest of a workspace with it.
import Dexie, { type EntityTable } from 'dexie';

export type WorkspaceOrigin = 'published' | 'empty' | 'import';

export interface WorkspaceRow {
  id: string;
  name: string;
  origin: WorkspaceOrigin;
  createdAt: string;
  updatedAt: string;
  /** Bumped on every change, so analyses of an older state are never reused. */
  revision: number;
  /**
   * Bumped on every change to the workspace's stories, which the analyses never read: a story edit leaves `revision`
   * (and every analysis keyed on it) alone. Absent before the first story write.
   */
  storyRevision?: number;
  /** Bumped on every grade change, which the analyses never read either: saving one grade leaves `revision` alone, so a
   * 200,000-claim workspace is not read and compared again. Absent before the first grade write. */
  gradeRevision?: number;
}

export type RecordKind = 'articles' | 'sources' | 'measures' | 'claims';

export interface RecordRow {
  workspaceId: string;
  id: string;
  /** The record as the dataset format defines it; parsed with the schema when read. */
  data: unknown;
  /**
   * The workspace revision of the write that last stored this record (see `rowRevision`). A save names the revision its
   * form loaded, and is refused if the record has moved on since. Kept beside `data`, so bundles never carry it.
   */
  revision?: number;
}

/**
 * A record's revision. Rows written before revisions existed have none and count as revision 1: every later write takes
 * the workspace's revision after its bump, which is at least 2, so no stale form can match it. Reading a missing field
 * as 1 spares an upgrade that would rewrite every stored row.
 */
export function rowRevision(row: Pick<RecordRow, 'revision'>): number {
  return row.revision ?? 1;
}

export interface TextRow {
  workspaceId: string;
  file: string;
  text: string;
}

export interface SourceGradeRow {
  workspaceId: string;
  sourceId: string;
  grade: string;
  reason: string;
  updatedAt: string;
}

export interface ClaimGradeRow {
  workspaceId: string;
  claimId: string;
  grade: number;
  reason: string;
  updatedAt: string;
}

/** A classroom story of a workspace, stored whole; `position` keeps the author's order of stories. */
export interface StoryRow {
  workspaceId: string;
  id: string;
  position: number;
  /** The story as the dataset format defines it; parsed with the schema when read. */
  data: unknown;
  /** The workspace's story revision of the write that stored it: an editor saves against the one it loaded. */
  revision: number;
}

export type CorroborateDb = Dexie & {
  workspaces: EntityTable<WorkspaceRow, 'id'>;
  articles: Dexie.Table<RecordRow, [string, string]>;
  sources: Dexie.Table<RecordRow, [string, string]>;
  measures: Dexie.Table<RecordRow, [string, string]>;
  claims: Dexie.Table<RecordRow, [string, string]>;
  texts: Dexie.Table<TextRow, [string, string]>;
  sourceGrades: Dexie.Table<SourceGradeRow, [string, string]>;
  claimGrades: Dexie.Table<ClaimGradeRow, [string, string]>;
  stories: Dexie.Table<StoryRow, [string, string]>;
};

export const DB_NAME = 'corroborate';

/** The current schema version; bump it together with a new `db.version(n)` block below. */
export const DB_VERSION = 4;

/** The stores of version 1, kept as they were: Dexie needs the whole history to upgrade a database from any version. */
const STORES_V1 = {
  workspaces: 'id, updatedAt',
  articles: '[workspaceId+id], workspaceId',
  sources: '[workspaceId+id], workspaceId',
  measures: '[workspaceId+id], workspaceId',
  claims: '[workspaceId+id], workspaceId',
  texts: '[workspaceId+file], workspaceId',
  sourceGrades: '[workspaceId+sourceId], workspaceId',
  claimGrades: '[workspaceId+claimId], workspaceId',
};

/** The claims index on measure, added in version 2 and dropped in version 4 (nothing read it). */
export const CLAIMS_BY_MEASURE = '[workspaceId+data.measureId]';

/**
 * The schema history. The migration rule: a version is never edited once shipped; each later version declares only the
 * stores it changes and says, in its `upgrade`, how to turn data of the version before into its own. Dexie runs every
 * upgrade between the stored version and the newest, in order, in one transaction, so a failed upgrade leaves the
 * database as it was. Primary keys cannot change in an upgrade: a new key means a new store and a copy.
 */
export function defineSchema(db: Dexie): void {
  db.version(1).stores(STORES_V1);

  // Version 2: claims indexed by measure. How to upgrade from version 1: no row is rewritten. The index reads the measure
  // from the stored record itself (data.measureId), so IndexedDB fills it from the version-1 rows while the upgrade
  // runs, and there is no second copy of the measure that a later write could forget to keep in step. A corrupted row
  // without a string measureId is left out of the index (and reported when the workspace is read), never dropped.
  db.version(2).stores({ claims: `[workspaceId+id], workspaceId, ${CLAIMS_BY_MEASURE}` });

  // Version 3: classroom stories, one row per story. How to upgrade from version 2: nothing to convert, as no version
  // before it stored stories; the new store starts empty and every other store is left as it was.
  db.version(3).stores({ stories: '[workspaceId+id], workspaceId' });

  // Version 4: no secondary indexes. Each one made every row written several times as slow: in Chromium, 10,000 claim
  // rows put in one transaction took 2.3 s with none, 5.9 s with the workspace index and 9.3 s with the measure index
  // alone. Nothing read the measure index (the data worker holds a workspace's records and groups them itself), and a
  // workspace's rows are found by the start of their primary key instead of the workspace index (`ofWorkspace`). How to
  // upgrade from version 3: nothing to convert; every row stays, and IndexedDB deletes the indexes.
  db.version(4).stores({
    articles: '[workspaceId+id]',
    sources: '[workspaceId+id]',
    measures: '[workspaceId+id]',
    claims: '[workspaceId+id]',
    texts: '[workspaceId+file]',
    sourceGrades: '[workspaceId+sourceId]',
    claimGrades: '[workspaceId+claimId]',
    stories: '[workspaceId+id]',
  });
}

/** The rows of one workspace in a table keyed by [workspaceId, …]: the range of keys that start with its id, in key order. */
export function ofWorkspace<T>(table: Dexie.Table<T, [string, string]>, workspaceId: string): Dexie.Collection<T, [string, string]> {
  return table.where(':id').between([workspaceId, Dexie.minKey], [workspaceId, Dexie.maxKey], true, true);
}

/** A workspace's row, read inside the caller's transaction; an error a reader understands when it is gone. */
export async function existingWorkspace(db: CorroborateDb, workspaceId: string): Promise<WorkspaceRow> {
  const row = await db.workspaces.get(workspaceId);
  if (!row) throw new Error('This workspace does not exist (it may have been deleted in another tab).');
  return row;
}

/** Opens the database with the given IndexedDB implementation (the browser's, or an in-memory one). */
export function createDb(indexedDB?: IDBFactory, keyRange?: typeof IDBKeyRange): CorroborateDb {
  const db = new Dexie(DB_NAME, indexedDB && keyRange ? { indexedDB, IDBKeyRange: keyRange } : undefined) as CorroborateDb;
  defineSchema(db);
  return db;
}

export interface OpenedDb {
  db: CorroborateDb;
  /** False when the browser refused storage and work lives only in memory for this tab. */
  persistent: boolean;
  reason: string | null;
}

/** Shown when another tab keeps an older version of the database open, so this one cannot upgrade it. */
export const BLOCKED_MESSAGE = 'Corroborate is open in another tab with an older version. Close or reload that tab to continue.';
/** Shown in a tab whose database another tab (with a newer version of the app) has upgraded. */
export const UPGRADED_MESSAGE = 'Corroborate was updated in another tab. Reload this tab to continue.';

/** The database could not be opened or was closed under this tab by another one; the message says what to do. */
export class DatabaseBlockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseBlockedError';
  }
}

let opened: Promise<OpenedDb> | null = null;
let upgradedElsewhere = false;

/**
 * Opens the database, failing with BLOCKED_MESSAGE (instead of waiting for ever) while another tab holds an older version
 * open, and giving the connection up when a newer tab needs to upgrade it.
 */
export async function openPersistentDb(indexedDB: IDBFactory, keyRange: typeof IDBKeyRange): Promise<CorroborateDb> {
  const db = createDb(indexedDB, keyRange);
  const blocked = new Promise<never>((_, reject) => {
    db.on('blocked', () => reject(new DatabaseBlockedError(BLOCKED_MESSAGE)));
  });
  // A newer tab is waiting on this one: let go, and say why this tab's next action fails.
  db.on('versionchange', () => {
    upgradedElsewhere = true;
    db.close();
    return false;
  });
  try {
    await Promise.race([db.open(), blocked]);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

async function openDb(): Promise<OpenedDb> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('This browser offers no IndexedDB.');
    const db = await openPersistentDb(indexedDB, IDBKeyRange);
    // Ask the browser not to evict the user's work (Safari drops storage after 7 days without a visit otherwise).
    if ('storage' in navigator && 'persist' in navigator.storage) void navigator.storage.persist().catch(() => false);
    return { db, persistent: true, reason: null };
  } catch (error) {
    // Waiting on another tab is not a broken browser: working in memory would hide the user's saved work.
    if (error instanceof DatabaseBlockedError) throw error;
    // Private mode or a broken profile: keep working in memory and tell the user.
    const { indexedDB: memoryIdb, IDBKeyRange: memoryKeyRange } = await import('fake-indexeddb');
    const db = createDb(memoryIdb, memoryKeyRange);
    await db.open();
    return { db, persistent: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** The app's database, opened once; falls back to memory when IndexedDB is unavailable. */
export function getDb(): Promise<OpenedDb> {
  if (upgradedElsewhere) return Promise.reject(new DatabaseBlockedError(UPGRADED_MESSAGE));
  // A refused open is not kept: once the other tab is closed, the next action tries again.
  opened ??= openDb().catch((error: unknown) => {
    opened = null;
    throw error;
  });
  return opened;
}

/** Replaces the opened database (tests, and the storage fault scenarios). */
export function setDbForTesting(next: OpenedDb | null): void {
  upgradedElsewhere = false;
  opened = next ? Promise.resolve(next) : null;
}
