// Workspaces: the user's own copies of a dataset, with their edits and grades, kept in IndexedDB.
import Dexie from 'dexie';
import type { ZodType } from 'zod';
import type { BundleContent } from '../../domain/bundle';
import {
  isCredibilityGrade,
  isReliabilityGrade,
  type CredibilityGrade,
  type DatasetGrades,
  type ReliabilityGrade,
  type SourceGradeEntry,
} from '../../domain/grades';
import {
  articleSchema,
  claimSchema,
  measureSchema,
  sourceSchema,
  type Article,
  type Claim,
  type Dataset,
  type Measure,
  type Source,
  type Story,
} from '../../domain/schema';
import { sourceInUseSentence, sourceUses, type SourceUses } from '../../domain/source-uses';
import {
  existingWorkspace,
  getDb,
  ofWorkspace,
  rowRevision,
  type ClaimGradeRow,
  type CorroborateDb,
  type RecordKind,
  type SourceGradeRow,
  type WorkspaceOrigin,
  type WorkspaceRow,
} from './workspace-db';
import { clearStoryRows, putStoryRows, readStoryRows } from './workspace-stories';
import { bump, write } from './workspace-write';

export { StorageError } from './workspace-write';

export interface WorkspaceContent {
  dataset: Dataset;
  texts: Map<string, string>;
  /** Grades to store with the records (an imported bundle carries them); none when left out. */
  grades?: DatasetGrades;
  /** Classroom stories to store with the records, in their order; none when left out. */
  stories?: Story[];
}

/** The revision of each stored record, by kind and id, as read with the records. */
export type RecordRevisions = Record<RecordKind, Map<string, number>>;

export interface WorkspaceProblem {
  table: RecordKind;
  id: string;
  message: string;
}

/** The revision a save is based on: the one its form loaded, or null for a record that must not exist yet. */
export interface RecordBase {
  kind: RecordKind;
  id: string;
  revision: number | null;
}

/** Why a save was refused: the record moved on since its form loaded it, or the workspace itself is gone. */
export type RecordConflict =
  | {
      reason: 'changed' | 'deleted';
      kind: RecordKind;
      id: string;
      /** The record as stored now (null when deleted, or when the stored row cannot be read). */
      stored: unknown;
      /** Its revision now, to save against once the user has chosen (null when deleted). */
      revision: number | null;
    }
  | { reason: 'workspace-deleted' };

/** A save's outcome: refused saves change nothing and say why. */
export type SaveResult = { ok: true; revision: number } | { ok: false; conflict: RecordConflict };

const KIND_NAMES: Record<RecordKind, string> = { articles: 'article', sources: 'source', measures: 'measure', claims: 'claim' };

/** Raised when a new record's id is already taken by a different record (made in another tab); nothing of the change was kept. */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

const SCHEMAS: Record<RecordKind, ZodType> = {
  articles: articleSchema,
  sources: sourceSchema,
  measures: measureSchema,
  claims: claimSchema,
};
const KINDS: RecordKind[] = ['articles', 'sources', 'measures', 'claims'];

function now(): string {
  return new Date().toISOString();
}

function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}

const ALL_TABLES = ['workspaces', 'articles', 'sources', 'measures', 'claims', 'texts', 'sourceGrades', 'claimGrades', 'stories'];

async function putContent(db: CorroborateDb, workspaceId: string, content: WorkspaceContent, revision: number): Promise<void> {
  for (const kind of KINDS) {
    const records = content.dataset[kind] as { id: string }[];
    await db[kind].bulkPut(records.map((data) => ({ workspaceId, id: data.id, data, revision })));
  }
  await db.texts.bulkPut([...content.texts].map(([file, text]) => ({ workspaceId, file, text })));
  if (content.grades) await putGradeRows(db, workspaceId, content.grades);
  if (content.stories) await putStoryRows(db, workspaceId, content.stories);
}

async function putGradeRows(db: CorroborateDb, workspaceId: string, grades: DatasetGrades): Promise<void> {
  const updatedAt = now();
  await db.sourceGrades.bulkPut(grades.sources.map((g) => ({ workspaceId, ...g, updatedAt })));
  await db.claimGrades.bulkPut(grades.claims.map((g) => ({ workspaceId, ...g, updatedAt })));
}

async function clearContent(db: CorroborateDb, workspaceId: string): Promise<void> {
  for (const table of [db.articles, db.sources, db.measures, db.claims]) await ofWorkspace(table, workspaceId).delete();
  await ofWorkspace(db.texts, workspaceId).delete();
  await ofWorkspace(db.sourceGrades, workspaceId).delete();
  await ofWorkspace(db.claimGrades, workspaceId).delete();
  await clearStoryRows(db, workspaceId);
}

/** All workspaces, most recently changed first. */
export async function listWorkspaces(): Promise<WorkspaceRow[]> {
  const { db } = await getDb();
  return (await db.workspaces.toArray()).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Creates a workspace holding a copy of the given content (empty content for an empty workspace). */
export async function createWorkspace(
  name: string,
  origin: WorkspaceOrigin,
  content: WorkspaceContent,
  /** Aborting it before the transaction ends rolls the whole workspace back: nothing of it is kept. */
  signal?: AbortSignal,
): Promise<WorkspaceRow> {
  const { db } = await getDb();
  const row: WorkspaceRow = {
    id: newId('ws'),
    name: name.trim() || 'Untitled workspace',
    origin,
    createdAt: now(),
    updatedAt: now(),
    revision: 1,
  };
  await write(db, ALL_TABLES, async () => {
    await db.workspaces.add(row);
    await putContent(db, row.id, content, row.revision);
    // Thrown inside the transaction, so IndexedDB undoes every write above.
    signal?.throwIfAborted();
  });
  return row;
}

/** Renames a workspace; a blank name is refused. */
export async function renameWorkspace(id: string, name: string): Promise<void> {
  if (name.trim() === '') throw new Error('A workspace needs a name.');
  const { db } = await getDb();
  await write(db, ['workspaces'], async () => {
    const row = await db.workspaces.get(id);
    if (!row) throw new Error(`No workspace ${id}.`);
    await db.workspaces.put({ ...row, name: name.trim(), updatedAt: now(), revision: row.revision + 1 });
  });
}

/** Reads one kind of a workspace's records into `out`, with each one's revision; an unreadable record is reported, not
 * fatal. */
async function readKind<K extends RecordKind>(
  db: CorroborateDb,
  id: string,
  kind: K,
  out: Dataset[K],
  problems: WorkspaceProblem[],
  revisions: Map<string, number>,
): Promise<void> {
  const rows = await ofWorkspace(db[kind], id).toArray();
  for (const row of rows) {
    revisions.set(row.id, rowRevision(row));
    const parsed = SCHEMAS[kind].safeParse(row.data);
    if (parsed.success) (out as unknown[]).push(parsed.data);
    else problems.push({ table: kind, id: row.id, message: parsed.error.issues[0]?.message ?? 'unreadable' });
  }
}

/** Reads a workspace's records (not its texts) in one transaction; unreadable records are reported, not fatal. */
export async function readWorkspaceRecords(
  id: string,
): Promise<{ workspace: WorkspaceRow; dataset: Dataset; problems: WorkspaceProblem[]; revisions: RecordRevisions }> {
  const { db } = await getDb();
  return db.transaction('r', ALL_TABLES, async () => {
    const workspace = await existingWorkspace(db, id);
    const problems: WorkspaceProblem[] = [];
    const dataset: Dataset = { articles: [], sources: [], measures: [], claims: [] };
    const revisions: RecordRevisions = { articles: new Map(), sources: new Map(), measures: new Map(), claims: new Map() };
    for (const kind of KINDS) await readKind(db, id, kind, dataset[kind], problems, revisions[kind]);
    return { workspace, dataset, problems, revisions };
  });
}

/** A workspace's readable articles alone: its article list does not wait for every claim to be read (at 200,000 claims,
 * reading and checking them takes seconds). Unreadable ones are left out here and reported with the records. */
export async function readWorkspaceArticles(id: string): Promise<Article[]> {
  const { db } = await getDb();
  return db.transaction('r', ['workspaces', 'articles'], async () => {
    await existingWorkspace(db, id);
    const articles: Article[] = [];
    await readKind(db, id, 'articles', articles, [], new Map());
    return articles;
  });
}

/** A workspace's row and grades, read together (no records): what the views need to name and grade it. */
export async function readWorkspaceSummary(
  id: string,
): Promise<{ workspace: WorkspaceRow; sourceGrades: Map<string, SourceGradeRow>; claimGrades: Map<string, ClaimGradeRow> }> {
  const { db } = await getDb();
  return db.transaction('r', ALL_TABLES, async () => {
    const workspace = await existingWorkspace(db, id);
    const sourceGradeRows = await ofWorkspace(db.sourceGrades, id).toArray();
    const claimGradeRows = await ofWorkspace(db.claimGrades, id).toArray();
    return {
      workspace,
      sourceGrades: new Map(sourceGradeRows.map((g) => [g.sourceId, g])),
      claimGrades: new Map(claimGradeRows.map((g) => [g.claimId, g])),
    };
  });
}

/** Reads a workspace's records and texts; unreadable records are reported, not fatal. */
export async function readWorkspace(
  id: string,
): Promise<{ workspace: WorkspaceRow; content: WorkspaceContent; problems: WorkspaceProblem[]; revisions: RecordRevisions }> {
  const { db } = await getDb();
  return db.transaction('r', ALL_TABLES, async () => {
    const { workspace, dataset, problems, revisions } = await readWorkspaceRecords(id);
    const texts = new Map((await ofWorkspace(db.texts, id).toArray()).map((t) => [t.file, t.text]));
    return { workspace, content: { dataset, texts }, problems, revisions };
  });
}

/** Duplicates a workspace with all its records, texts and grades. */
export async function duplicateWorkspace(id: string): Promise<WorkspaceRow> {
  const { workspace } = await readWorkspace(id);
  // Records, texts and grades go into the copy in one transaction: a copy never exists without its grades.
  return createWorkspace(`${workspace.name} (copy)`, workspace.origin, await readWorkspaceContent(id));
}

/** Puts a workspace back to the given content, dropping its edits and grades. */
export async function resetWorkspace(id: string, content: WorkspaceContent): Promise<void> {
  const { db } = await getDb();
  await write(db, ALL_TABLES, async () => {
    await clearContent(db, id);
    // Records put back take the bumped revision, so a form opened before the reset cannot save over them unasked.
    await putContent(db, id, content, await bump(db, id, 'revision'));
  });
}

/** Deletes a workspace and everything in it. */
export async function deleteWorkspace(id: string): Promise<void> {
  const { db } = await getDb();
  await write(db, ALL_TABLES, async () => {
    await clearContent(db, id);
    await db.workspaces.delete(id);
  });
}

type RecordSet = { articles?: Article[]; sources?: Source[]; measures?: Measure[]; claims?: Claim[] };

/** Refuses, before anything is written, a record whose stored revision is not the one its save is based on. */
async function checkBases(db: CorroborateDb, workspaceId: string, bases: readonly RecordBase[]): Promise<RecordConflict | null> {
  if (!(await db.workspaces.get(workspaceId))) return { reason: 'workspace-deleted' };
  for (const base of bases) {
    const row = await db[base.kind].get([workspaceId, base.id]);
    const revision = row ? rowRevision(row) : null;
    if (revision === base.revision) continue;
    const parsed = row ? SCHEMAS[base.kind].safeParse(row.data) : null;
    return {
      reason: row ? 'changed' : 'deleted',
      kind: base.kind,
      id: base.id,
      stored: parsed?.success ? parsed.data : null,
      revision,
    };
  }
  return null;
}

/** Writes records, texts and grades at the workspace's next revision; the caller holds the transaction. */
async function writeRecords(
  db: CorroborateDb,
  workspaceId: string,
  records: RecordSet,
  texts: Map<string, string>,
  grades: DatasetGrades | undefined,
  created: readonly RecordKind[],
): Promise<number> {
  for (const kind of created) {
    for (const record of (records[kind] ?? []) as { id: string }[]) {
      const existing = await db[kind].get([workspaceId, record.id]);
      // Two tabs can pick the same id for "a new measure": the second must not silently replace the first.
      if (existing && JSON.stringify(existing.data) !== JSON.stringify(record)) {
        throw new ConflictError(
          `Another tab has just saved a different ${KIND_NAMES[kind]} with the id “${record.id}”. Nothing was saved: choose it from the list, or give yours another name.`,
        );
      }
    }
  }
  const revision = await bump(db, workspaceId, 'revision');
  for (const kind of KINDS) {
    const list = (records[kind] ?? []) as { id: string }[];
    await db[kind].bulkPut(list.map((data) => ({ workspaceId, id: data.id, data, revision })));
  }
  await db.texts.bulkPut([...texts].map(([file, text]) => ({ workspaceId, file, text })));
  if (grades) await putGradeRows(db, workspaceId, grades);
  return revision;
}

/**
 * Adds or replaces records (and article texts, and grades) in one transaction, whatever is stored. Every record written
 * moves to a new revision, so forms opened before (in any tab) are refused by `saveRecords` instead of writing over it.
 */
export async function putRecords(
  workspaceId: string,
  records: RecordSet,
  texts: Map<string, string> = new Map(),
  grades?: DatasetGrades,
  /** Kinds whose records are new: one that meets a different record under the same id is refused, never overwritten. */
  created: readonly RecordKind[] = [],
): Promise<void> {
  const { db } = await getDb();
  await write(db, ALL_TABLES, async () => {
    await writeRecords(db, workspaceId, records, texts, grades, created);
  });
}

/**
 * Saves records edited in a form, each based on the revision the form loaded. If any of them changed or was deleted
 * since, or the workspace is gone, nothing is written and the conflict comes back as a value; the check and the write
 * share one transaction, so no other tab's write can land between them.
 */
export async function saveRecords(
  workspaceId: string,
  records: RecordSet,
  {
    bases,
    created = [],
    grades,
  }: {
    bases: readonly RecordBase[];
    created?: readonly RecordKind[];
    /** Grades to write with the records (a deleted source's, put back with it). */
    grades?: DatasetGrades;
  },
): Promise<SaveResult> {
  const { db } = await getDb();
  return write(db, ALL_TABLES, async (): Promise<SaveResult> => {
    const conflict = await checkBases(db, workspaceId, bases);
    if (conflict) return { ok: false, conflict };
    return { ok: true, revision: await writeRecords(db, workspaceId, records, new Map(), grades, created) };
  });
}

/**
 * Deletes one claim and returns it, so the deletion can be undone with `saveRecords` (based on null: only while nobody
 * has put it back). A form still open on it is refused when it saves: its revision names a row that no longer exists,
 * and revisions are never reused, so a claim put back later cannot match it either.
 */
export async function deleteClaim(workspaceId: string, claimId: string): Promise<Claim | null> {
  const { db } = await getDb();
  return write(db, ['workspaces', 'claims', 'claimGrades'], async () => {
    const row = await db.claims.get([workspaceId, claimId]);
    await db.claims.delete([workspaceId, claimId]);
    await bump(db, workspaceId, 'revision');
    const parsed = claimSchema.safeParse(row?.data);
    return parsed.success ? parsed.data : null;
  });
}

/** A delete's outcome: refused deletes change nothing and say why (a conflict, or, where a guard applies, what it found). */
export type DeleteAtResult<T, R = never> =
  { ok: true; deleted: T } | { ok: false; conflict: RecordConflict } | ([R] extends [never] ? never : { ok: false; inUse: R });

/**
 * Deletes one record as the user saw it at `revision`: if it changed (or went) since, or `guard` finds a reason not to,
 * nothing is deleted and the reason comes back, so a list a moment out of date cannot throw away another tab's fresh edit.
 * The check and the delete share one transaction.
 */
async function deleteAt<T, R = never>(
  workspaceId: string,
  kind: RecordKind,
  id: string,
  revision: number,
  remove: (db: CorroborateDb) => Promise<T>,
  guard?: (db: CorroborateDb) => Promise<R | null>,
): Promise<DeleteAtResult<T, R>> {
  const { db } = await getDb();
  return write(db, ALL_TABLES, async () => {
    const conflict = await checkBases(db, workspaceId, [{ kind, id, revision }]);
    if (conflict) return { ok: false as const, conflict };
    const inUse = guard ? await guard(db) : null;
    if (inUse !== null) return { ok: false as const, inUse } as DeleteAtResult<T, R>;
    return { ok: true as const, deleted: await remove(db) };
  });
}

/** Deletes one claim as the user saw it at `revision` (see `deleteAt`); the deleted claim comes back for Undo. */
export async function deleteClaimAt(workspaceId: string, claimId: string, revision: number): Promise<DeleteAtResult<Claim | null>> {
  return deleteAt(workspaceId, 'claims', claimId, revision, () => deleteClaim(workspaceId, claimId));
}

/**
 * Deletes one source as the user saw it at `revision`, with its grade, unless a claim, article, source or story step
 * still uses it (checked in the same transaction, so another tab's new claim cannot be left pointing at nothing). The
 * source and its grade come back, for Undo.
 */
export async function deleteSourceAt(
  workspaceId: string,
  sourceId: string,
  revision: number,
): Promise<DeleteAtResult<{ source: Source | null; grade: SourceGradeEntry | null }, SourceUses>> {
  return deleteAt(
    workspaceId,
    'sources',
    sourceId,
    revision,
    async (db) => {
      const row = await db.sources.get([workspaceId, sourceId]);
      const gradeRow = await db.sourceGrades.get([workspaceId, sourceId]);
      await db.sources.delete([workspaceId, sourceId]);
      await db.sourceGrades.delete([workspaceId, sourceId]);
      await bump(db, workspaceId, 'revision');
      const parsed = sourceSchema.safeParse(row?.data);
      const grade = gradeRow && isReliabilityGrade(gradeRow.grade) ? { sourceId, grade: gradeRow.grade, reason: gradeRow.reason } : null;
      return { source: parsed.success ? parsed.data : null, grade };
    },
    async (db) => {
      const { dataset } = await readWorkspaceRecords(workspaceId);
      const { stories } = await readStoryRows(db, workspaceId);
      const uses = sourceUses(
        dataset,
        stories.map((s) => s.story),
        sourceId,
      );
      return sourceInUseSentence(uses) === null ? null : uses;
    },
  );
}

/** Sets or clears the user's A–F reliability grade of a source. */
export async function setSourceGrade(
  workspaceId: string,
  sourceId: string,
  grade: { grade: string; reason: string } | null,
): Promise<void> {
  const { db } = await getDb();
  await write(db, ['workspaces', 'sourceGrades'], async () => {
    if (grade === null) await db.sourceGrades.delete([workspaceId, sourceId]);
    else await db.sourceGrades.put({ workspaceId, sourceId, ...grade, updatedAt: now() });
    await bump(db, workspaceId, 'gradeRevision');
  });
}

/** Sets or clears the user's 1–6 credibility grade of a claim. */
export async function setClaimGrade(workspaceId: string, claimId: string, grade: { grade: number; reason: string } | null): Promise<void> {
  const { db } = await getDb();
  await write(db, ['workspaces', 'claimGrades'], async () => {
    if (grade === null) await db.claimGrades.delete([workspaceId, claimId]);
    else await db.claimGrades.put({ workspaceId, claimId, ...grade, updatedAt: now() });
    await bump(db, workspaceId, 'gradeRevision');
  });
}

/** A workspace's grades, as the dataset bundle carries them; rows that are not valid grades are left out. */
export async function readWorkspaceGrades(id: string): Promise<DatasetGrades> {
  const { db } = await getDb();
  const sources = await ofWorkspace(db.sourceGrades, id).toArray();
  const claims = await ofWorkspace(db.claimGrades, id).toArray();
  return {
    sources: sources
      .filter((g) => isReliabilityGrade(g.grade))
      .map((g) => ({ sourceId: g.sourceId, grade: g.grade as ReliabilityGrade, reason: g.reason })),
    claims: claims
      .filter((g) => isCredibilityGrade(g.grade))
      .map((g) => ({ claimId: g.claimId, grade: g.grade as CredibilityGrade, reason: g.reason })),
  };
}

/** A workspace's records, texts and grades together, as a dataset bundle carries them. */
export async function readWorkspaceContent(id: string): Promise<BundleContent> {
  const { db } = await getDb();
  // One read transaction: a write from another tab cannot land between the records and the grades.
  return db.transaction('r', ALL_TABLES, async () => {
    const { content } = await readWorkspace(id);
    const grades = await readWorkspaceGrades(id);
    // Unreadable story rows are left out here and reported where the stories are listed.
    const { stories } = await readStoryRows(db, id);
    // A deleted claim keeps its grade (so undo restores both), but an export carries only grades of records it holds.
    const claimIds = new Set(content.dataset.claims.map((c) => c.id));
    const sourceIds = new Set(content.dataset.sources.map((x) => x.id));
    return {
      dataset: content.dataset,
      texts: content.texts,
      grades: {
        sources: grades.sources.filter((g) => sourceIds.has(g.sourceId)),
        claims: grades.claims.filter((g) => claimIds.has(g.claimId)),
      },
      ...(stories.length > 0 && { stories: stories.map((s) => s.story) }),
    };
  });
}

/** One article text of a workspace, as stored. */
export async function readWorkspaceText(workspaceId: string, file: string): Promise<string> {
  const { db } = await getDb();
  const row = await db.texts.get([workspaceId, file]);
  if (!row) throw new Error(`The text ${file} is missing from this workspace.`);
  return row.text;
}

/** Whether the user's work is being saved, and why not. */
export async function storageStatus(): Promise<{ persistent: boolean; reason: string | null }> {
  const { persistent, reason } = await getDb();
  return { persistent, reason };
}

/** Calls back whenever any workspace changes, in this tab or another (Dexie broadcasts its mutations across tabs). */
export function onWorkspacesChanged(callback: () => void): () => void {
  const handler = () => {
    callback();
  };
  Dexie.on('storagemutated', handler);
  return () => {
    Dexie.on.storagemutated.unsubscribe(handler);
  };
}
