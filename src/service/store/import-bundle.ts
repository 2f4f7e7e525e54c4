// Reading dataset bundles from the user's files, and moving them in and out of workspaces.
import {
  bundleJsonChunks,
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
} from '../../domain/bundle';
import { getDb } from './workspace-db';
import { putStoryRows } from './workspace-stories';
import { createWorkspace, putRecords, readWorkspaceContent } from './workspaces';
import type { WorkspaceRow } from './workspace-db';
import { formatDatasetError, type DatasetError, type ErrorList, type MoreErrors } from '../../domain/validate-dataset';

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

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Whether the file is gzip-compressed: by its first two bytes (1f 8b), whatever its name says. */
async function isGzip(file: File): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  return head[0] === 0x1f && head[1] === 0x8b;
}

/** The decompressed bytes of a gzip file, counted as they arrive: null as soon as they pass `maxBytes`, or when broken. */
async function gunzipCapped(file: File, maxBytes: number): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }> {
  const reader = file.stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, message: `the file expands to over ${mb(maxBytes)} of JSON, the limit; reading stopped there` };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, message: 'the compressed file is damaged or cut off (it is not valid gzip)' };
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/**
 * Reads a bundle the user picked, .json or .json.gz: a plain file's size is checked before a byte is read, a compressed one's
 * bytes are counted as they are decompressed; then bytes → text → JSON → checked dataset.
 */
export async function readBundleFile(
  file: File,
  maxBytes: number = MAX_BUNDLE_BYTES,
  /** Called once the bytes are read, as the (longer) check of every record begins. */
  onChecking?: () => void,
): Promise<BundleResult> {
  const refuse = (message: string): BundleResult => ({ ok: false, errors: [{ file: file.name, recordId: null, field: '', message }] });
  let bytes: Uint8Array;
  if (await isGzip(file)) {
    const unzipped = await gunzipCapped(file, maxBytes);
    if (!unzipped.ok) return refuse(unzipped.message);
    bytes = unzipped.bytes;
  } else {
    if (file.size > maxBytes) return refuse(`the file is ${mb(file.size)}, over the ${mb(maxBytes)} limit`);
    bytes = new Uint8Array(await file.arrayBuffer());
  }
  const decoded = decodeBundleBytes(bytes, file.name);
  if (!decoded.ok) return decoded;
  onChecking?.();
  return parseBundle(decoded.text, file.name);
}

/** The bundle as a gzip-compressed JSON file, written a piece at a time through the browser's CompressionStream. */
export function bundleToGzipBlob(bundle: DatasetBundle): Promise<Blob> {
  const chunks = bundleJsonChunks(bundle);
  const encoder = new TextEncoder();
  const json = new ReadableStream<BufferSource>({
    pull(controller) {
      // About 64 KB a pull: few enough calls to be quick, small enough never to hold the whole bundle as one string.
      let piece = '';
      for (let next = chunks.next(); ; next = chunks.next()) {
        if (next.done) {
          if (piece !== '') controller.enqueue(encoder.encode(piece));
          controller.close();
          return;
        }
        piece += next.value;
        if (piece.length >= 64 * 1024) break;
      }
      controller.enqueue(encoder.encode(piece));
    },
  });
  return new Response(json.pipeThrough(new CompressionStream('gzip'))).blob();
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

/** A workspace as a compressed bundle file (.json.gz), checked first like exportWorkspaceBundle. */
export async function exportWorkspaceFile(id: string): Promise<Blob> {
  return bundleToGzipBlob(await exportWorkspaceBundle(id));
}

/** Creates a new workspace holding an imported bundle; grades must name records of the bundle itself. */
export async function importAsNewWorkspace(
  name: string,
  content: BundleContent,
  fileName = 'bundle',
  /** Aborted before the save ends: nothing is kept. */
  signal?: AbortSignal,
): Promise<WorkspaceRow> {
  const unknown = gradeReferenceErrors(content.grades, content.dataset, fileName, 'the bundle');
  if (unknown.length > 0) throw new BundleRefusedError(unknown);
  return createWorkspace(name, 'import', content, signal);
}

/** Merges a bundle into a workspace in one transaction; a merge that would not hold together is refused and nothing is written. */
export async function mergeIntoWorkspace(
  id: string,
  incoming: BundleContent,
  fileName = 'bundle',
  /** Aborted before the transaction ends: every write of the merge is undone. */
  signal?: AbortSignal,
): Promise<BundleResult> {
  const { db } = await getDb();
  // Check and write in one transaction, so a change from another tab cannot slip between the check and the write.
  return db.transaction(
    'rw',
    ['workspaces', 'articles', 'sources', 'measures', 'claims', 'texts', 'sourceGrades', 'claimGrades', 'stories'],
    async () => {
      const merged = mergeContent(await readWorkspaceContent(id), incoming, fileName);
      if (!merged.ok) return merged;
      await putRecords(id, incoming.dataset, incoming.texts, incoming.grades);
      // Stories are kept in the merge's order: the workspace's first, then the new ones.
      if (incoming.stories && merged.content.stories) await putStoryRows(db, id, merged.content.stories);
      // Thrown inside the transaction, so IndexedDB undoes every write above.
      signal?.throwIfAborted();
      return merged;
    },
  );
}
