// Bundle imports and merges, answered where the records live: the file is read, checked and compared in the worker, and
// only counts and errors cross back, so a 200 MB bundle never stops the page. Each step reports progress and stops
// between steps when the page cancels.
import { gradeReferenceErrors, previewImport, type BundleContent, type ImportPreview } from '../domain/bundle';
import type { CsvMapping } from '../domain/claims-csv/mapping';
import type { CsvImportPreview } from '../domain/claims-csv/preview';
import type { CsvTable } from '../domain/claims-csv/read-table';
import type { DatasetError, MoreErrors } from '../domain/validate-dataset';
import { checkpoint, type RequestContext } from './progress';
import type { WorkspaceRow } from './store/workspace-db';
import { isStopped, type Jobs } from './jobs';

/** A refusal as the import panel lists it: the first errors (at most 100) and what was left unsaid. */
export interface Refusal {
  ok: false;
  /** `refused`: the checks said no; `failed`: the checks passed but saving did not (storage full, a blocked upgrade). */
  reason: 'refused' | 'failed';
  errors: DatasetError[];
  more?: MoreErrors | undefined;
}

/** A checked bundle, held in the service under `token` until it is imported, merged or dropped. */
export type CheckedBundle = { ok: true; token: string; preview: ImportPreview } | Refusal;

/** Bundles checked and not yet saved; the panel shows one at a time, so a few is plenty. */
const MAX_HELD = 2;

/** "812 KB", "13.0 MB": a file's size as the progress line gives it. */
const sizeText = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const count = (n: number, noun: string) => `${n.toLocaleString('en-GB')} ${noun}${n === 1 ? '' : 's'}`;

function refusalOf(errors: DatasetError[], more: MoreErrors | undefined): Refusal {
  return { ok: false, reason: 'refused', errors, ...(more && { more }) };
}

function failure(fileName: string, error: unknown): Refusal {
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, reason: 'failed', errors: [{ file: fileName, recordId: null, field: '', message }] };
}

/** What a bundle holds, for the progress line: "2,000 articles and 50,000 claims". */
function sizeOf(content: BundleContent): string {
  const { articles, claims } = content.dataset;
  return `${count(articles.length, 'article')} and ${count(claims.length, 'claim')}`;
}

/** The import questions; their saves run as `jobs`, so the same map's `stopJob` can stop them. */
export function createImportHandlers({ run }: Pick<Jobs, 'run'>) {
  const held = new Map<string, BundleContent>();
  let next = 0;
  /** The workspace a CSV preview checks rows against, read once per state of its records and grades (every change of
   * the column choices asks again). */
  let csvBase: { workspaceId: string; state: string; content: BundleContent } | null = null;

  function take(token: string): BundleContent {
    const content = held.get(token);
    if (!content) throw new Error('The checked file is no longer held: pick it again.');
    return content;
  }

  return {
    /** What importing a CSV table's rows, with the columns chosen, into a workspace would give: made here, where the
     * workspace's records and texts are read, so the page never holds them. Nothing is saved. */
    async csvPreview(
      { workspaceId, table, mapping }: { workspaceId: string; table: CsvTable; mapping: CsvMapping },
      context: RequestContext,
    ): Promise<CsvImportPreview> {
      const { readWorkspaceContent, readWorkspaceSummary } = await import('./store/workspaces');
      const { workspace } = await readWorkspaceSummary(workspaceId);
      const state = `${workspace.revision}/${workspace.gradeRevision ?? 0}`;
      if (csvBase?.workspaceId !== workspaceId || csvBase.state !== state) {
        context.onProgress?.({ stage: 'parse', message: 'Reading the open workspace…' });
        // Read after the state: if a write lands between, the next preview sees a newer state and reads again.
        csvBase = { workspaceId, state, content: await readWorkspaceContent(workspaceId) };
      }
      await checkpoint(context);
      const { previewCsvImport } = await import('../domain/claims-csv/preview');
      return previewCsvImport(table, mapping, csvBase.content);
    },

    /** Reads and checks a bundle the user picked (.json or .json.gz), and counts what it would add or change in the open
     * workspace (or in an empty one). Nothing is saved. */
    async checkBundle(
      { file: blob, fileName, workspaceId }: { file: Blob; fileName: string; workspaceId: string | null },
      context: RequestContext,
    ): Promise<CheckedBundle> {
      // The name travels beside the bytes: not every structured clone keeps a File's name.
      const file = blob instanceof File && blob.name === fileName ? blob : new File([blob], fileName);
      const report = (message: string) => context.onProgress?.({ stage: 'parse', message });
      report(`Reading “${file.name}” (${sizeText(file.size)})…`);
      const { readBundleFile } = await import('./store/import-bundle');
      const read = await readBundleFile(file, undefined, () => report(`Checking the records of “${file.name}”…`));
      await checkpoint(context);
      if (!read.ok) return refusalOf(read.errors, read.more);
      const content = read.content;
      // Grades of records the bundle lacks can only be merged: with no workspace open there is nothing to merge them into.
      if (workspaceId === null) {
        const unknown = gradeReferenceErrors(content.grades, content.dataset, file.name, 'the bundle');
        if (unknown.length > 0) return refusalOf(unknown.errors, unknown.more());
      }
      report(`Comparing ${sizeOf(content)} with the open workspace…`);
      const { readWorkspaceContent } = await import('./store/workspaces');
      const current = workspaceId === null ? null : await readWorkspaceContent(workspaceId);
      const preview = previewImport(current, content);
      await checkpoint(context);
      const token = `bundle-${++next}`;
      held.set(token, content);
      for (const oldest of held.keys()) {
        if (held.size <= MAX_HELD) break;
        held.delete(oldest);
      }
      return { ok: true, token, preview };
    },

    /** Saves a checked bundle as a new workspace; its grades must name records of the bundle itself. */
    async importChecked(
      { token, name, fileName, jobId }: { token: string; name: string; fileName: string; jobId?: string },
      context: RequestContext,
    ): Promise<{ ok: true; workspace: WorkspaceRow } | Refusal> {
      const content = take(token);
      context.onProgress?.({ stage: 'save', message: `Saving ${sizeOf(content)}…` });
      const { BundleRefusedError, importAsNewWorkspace } = await import('./store/import-bundle');
      return run(jobId, context, async (signal) => {
        try {
          const workspace = await importAsNewWorkspace(name, content, fileName, signal);
          held.delete(token);
          return { ok: true, workspace };
        } catch (error) {
          if (isStopped(error)) throw error;
          if (error instanceof BundleRefusedError) return refusalOf(error.errors, error.more);
          return failure(fileName, error);
        }
      });
    },

    /** Merges a checked bundle into a workspace in one transaction, or refuses it and writes nothing. */
    async mergeChecked(
      { token, workspaceId, fileName, jobId }: { token: string; workspaceId: string; fileName: string; jobId?: string },
      context: RequestContext,
    ): Promise<{ ok: true } | Refusal> {
      const content = take(token);
      const result = await run(jobId, context, (signal) => mergeInto(workspaceId, content, fileName, context, signal));
      if (result.ok) held.delete(token);
      return result;
    },

    /** Merges records the page built (a claims CSV's rows) into a workspace, with the same checks as a bundle. */
    async mergeRecords(
      { workspaceId, content, fileName }: { workspaceId: string; content: BundleContent; fileName: string },
      context: RequestContext,
    ): Promise<{ ok: true } | Refusal> {
      return mergeInto(workspaceId, content, fileName, context);
    },

    /** Forgets a checked bundle the user put aside. */
    // The handler map's contract is a promise, even where the work is synchronous.
    // eslint-disable-next-line @typescript-eslint/require-await
    async dropBundle({ token }: { token: string }): Promise<null> {
      held.delete(token);
      return null;
    },
  };
}

async function mergeInto(
  workspaceId: string,
  content: BundleContent,
  fileName: string,
  context: RequestContext,
  signal?: AbortSignal,
): Promise<{ ok: true } | Refusal> {
  context.onProgress?.({ stage: 'save', message: `Merging ${sizeOf(content)} into the workspace…` });
  const { mergeIntoWorkspace } = await import('./store/import-bundle');
  try {
    const result = await mergeIntoWorkspace(workspaceId, content, fileName, signal);
    return result.ok ? { ok: true } : refusalOf(result.errors, result.more);
  } catch (error) {
    if (isStopped(error)) throw error;
    return failure(fileName, error);
  }
}
