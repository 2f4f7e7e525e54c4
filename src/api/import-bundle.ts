// Reading dataset bundles from the user's files, and moving them in and out of workspaces.
import {
  decodeBundleBytes,
  gradeReferenceErrors,
  MAX_BUNDLE_BYTES,
  mergeContent,
  parseBundle,
  toBundle,
  type BundleContent,
  type BundleResult,
  type DatasetBundle,
} from '../domain/bundle';
import { getDb } from './workspace-db';
import { createWorkspace, putRecords, readWorkspaceContent } from './workspaces';
import type { WorkspaceRow } from './workspace-db';
import type { DatasetError, ErrorList, MoreErrors } from '../domain/validate-dataset';

/** An import refused after the file was read (grades naming records the bundle does not hold), with its errors. */
export class BundleRefusedError extends Error {
  readonly errors: DatasetError[];
  readonly more: MoreErrors | undefined;
  constructor(list: ErrorList) {
    super(`The bundle was refused: ${list.length} ${list.length === 1 ? 'problem' : 'problems'}.`);
    this.name = 'BundleRefusedError';
    this.errors = list.errors;
    this.more = list.more();
  }
}

/** Reads a bundle the user picked: the size is checked before a byte is read, then bytes → UTF-8 → JSON → checked dataset. */
export async function readBundleFile(file: File, maxBytes: number = MAX_BUNDLE_BYTES): Promise<BundleResult> {
  if (file.size > maxBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return {
      ok: false,
      errors: [{ file: file.name, recordId: null, field: '', message: `the file is ${mb(file.size)}, over the ${mb(maxBytes)} limit` }],
    };
  }
  const decoded = decodeBundleBytes(new Uint8Array(await file.arrayBuffer()), file.name);
  if (!decoded.ok) return decoded;
  return parseBundle(decoded.text, file.name);
}

/** The bundle of a workspace, ready to save as JSON. */
export async function exportWorkspaceBundle(id: string): Promise<DatasetBundle> {
  return toBundle(await readWorkspaceContent(id));
}

/** Creates a new workspace holding an imported bundle; grades must name records of the bundle itself. */
export async function importAsNewWorkspace(name: string, content: BundleContent, fileName = 'bundle'): Promise<WorkspaceRow> {
  const unknown = gradeReferenceErrors(content.grades, content.dataset, fileName, 'the bundle');
  if (unknown.length > 0) throw new BundleRefusedError(unknown);
  return createWorkspace(name, 'import', content);
}

/** Merges a bundle into a workspace in one transaction; a merge that would not hold together is refused and nothing is written. */
export async function mergeIntoWorkspace(id: string, incoming: BundleContent, fileName = 'bundle'): Promise<BundleResult> {
  const { db } = await getDb();
  // Check and write in one transaction, so a change from another tab cannot slip between the check and the write.
  return db.transaction(
    'rw',
    ['workspaces', 'articles', 'sources', 'measures', 'claims', 'texts', 'sourceGrades', 'claimGrades'],
    async () => {
      const merged = mergeContent(await readWorkspaceContent(id), incoming, fileName);
      if (!merged.ok) return merged;
      await putRecords(id, incoming.dataset, incoming.texts, incoming.grades);
      return merged;
    },
  );
}
