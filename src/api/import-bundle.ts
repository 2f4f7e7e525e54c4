// Reading dataset bundles from the user's files, and moving them in and out of workspaces.
import {
  decodeBundleBytes,
  exportProblems,
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
import { formatDatasetError, type DatasetError, type ErrorList, type MoreErrors } from '../domain/validate-dataset';

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

/** Raised when a workspace holds something its own import would refuse (stored before a rule existed): no file is written. */
export class ExportRefusedError extends Error {
  readonly errors: DatasetError[];
  readonly more: MoreErrors | undefined;
  constructor(errors: DatasetError[], more: MoreErrors | undefined) {
    const count = errors.length + (more?.atLeast ?? 0);
    const first = errors.slice(0, 3).map(formatDatasetError).join('; ');
    super(
      `This workspace cannot be exported as it stands: an import would refuse the file (${more ? 'at least ' : ''}${count} ${count === 1 ? 'problem' : 'problems'}: ${first}${errors.length > 3 ? '; …' : ''}). Fix or delete those records, then export again.`,
    );
    this.name = 'ExportRefusedError';
    this.errors = errors;
    this.more = more;
  }
}

/** The bundle of a workspace, checked first with the import's own rules so that whatever is exported can be imported. */
export async function exportWorkspaceBundle(id: string): Promise<DatasetBundle> {
  const checked = exportProblems(await readWorkspaceContent(id), 'the export');
  if (!checked.ok) throw new ExportRefusedError(checked.errors, checked.more);
  return toBundle(checked.content);
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
