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
}

export type RecordKind = 'articles' | 'sources' | 'measures' | 'claims';

export interface RecordRow {
  workspaceId: string;
  id: string;
  /** The record as the dataset format defines it; parsed with the schema when read. */
  data: unknown;
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

export type CorroborateDb = Dexie & {
  workspaces: EntityTable<WorkspaceRow, 'id'>;
  articles: Dexie.Table<RecordRow, [string, string]>;
  sources: Dexie.Table<RecordRow, [string, string]>;
  measures: Dexie.Table<RecordRow, [string, string]>;
  claims: Dexie.Table<RecordRow, [string, string]>;
  texts: Dexie.Table<TextRow, [string, string]>;
  sourceGrades: Dexie.Table<SourceGradeRow, [string, string]>;
  claimGrades: Dexie.Table<ClaimGradeRow, [string, string]>;
};

export const DB_NAME = 'corroborate';

/** The schema history; each later version must say how to upgrade from the one before. */
export function defineSchema(db: Dexie): void {
  db.version(1).stores({
    workspaces: 'id, updatedAt',
    articles: '[workspaceId+id], workspaceId',
    sources: '[workspaceId+id], workspaceId',
    measures: '[workspaceId+id], workspaceId',
    claims: '[workspaceId+id], workspaceId',
    texts: '[workspaceId+file], workspaceId',
    sourceGrades: '[workspaceId+sourceId], workspaceId',
    claimGrades: '[workspaceId+claimId], workspaceId',
  });
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

let opened: Promise<OpenedDb> | null = null;

async function openDb(): Promise<OpenedDb> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('This browser offers no IndexedDB.');
    const db = createDb();
    await db.open();
    // Ask the browser not to evict the user's work (Safari drops storage after 7 days without a visit otherwise).
    if ('storage' in navigator && 'persist' in navigator.storage) void navigator.storage.persist().catch(() => false);
    return { db, persistent: true, reason: null };
  } catch (error) {
    // Private mode or a broken profile: keep working in memory and tell the user.
    const { indexedDB: memoryIdb, IDBKeyRange: memoryKeyRange } = await import('fake-indexeddb');
    const db = createDb(memoryIdb, memoryKeyRange);
    await db.open();
    return { db, persistent: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** The app's database, opened once; falls back to memory when IndexedDB is unavailable. */
export function getDb(): Promise<OpenedDb> {
  opened ??= openDb();
  return opened;
}

/** Replaces the opened database (tests, and the storage fault scenarios). */
export function setDbForTesting(next: OpenedDb | null): void {
  opened = next ? Promise.resolve(next) : null;
}
