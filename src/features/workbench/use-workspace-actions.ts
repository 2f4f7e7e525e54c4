// The workbench's writes: each one refreshes the workspace queries when it settles, success or not.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WorkspaceRow } from '../../service/store/workspace-db';
import {
  createWorkspace,
  deleteWorkspace,
  duplicateWorkspace,
  renameWorkspace,
  resetWorkspace,
  type WorkspaceContent,
} from '../../service/store/workspaces';
import { workspaceQueries } from '../../api/workspace-queries';
import type { BundleContent } from '../../domain/bundle';
import { useWorkspaceId } from '../../api/active-dataset';
import { ask } from '../../api/service';
import type { LoadProgress } from '../../service/progress';

type OnProgress = (progress: LoadProgress) => void;

const emptyContent = (): WorkspaceContent => ({
  dataset: { articles: [], sources: [], measures: [], claims: [] },
  texts: new Map(),
});

/** Create, rename, duplicate, reset, delete, import and merge, with the URL's ?ws= kept in step. */
export function useWorkspaceActions() {
  const client = useQueryClient();
  const [workspaceId, setWorkspaceId] = useWorkspaceId();
  const onSettled = () => client.invalidateQueries({ queryKey: workspaceQueries.all });

  const create = useMutation({
    mutationFn: ({
      name,
      from,
      jobId,
      onProgress,
    }: {
      name: string;
      from: 'published' | 'empty';
      jobId?: string;
      onProgress?: OnProgress;
    }) =>
      from === 'published'
        ? ask('copyPublished', { workspaceName: name, ...(jobId !== undefined && { jobId }) }, undefined, onProgress)
        : createWorkspace(name, from, emptyContent()),
    onSuccess: (row) => setWorkspaceId(row.id),
    onSettled,
  });
  const rename = useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) => renameWorkspace(id, name),
    onSettled,
  });
  const duplicate = useMutation({ mutationFn: (id: string) => duplicateWorkspace(id), onSettled });
  const reset = useMutation({
    mutationFn: async (row: WorkspaceRow) => {
      if (row.origin === 'import') throw new Error('An imported workspace has no original to go back to: import the file again instead.');
      if (row.origin === 'published') await ask('resetToPublished', { workspaceId: row.id });
      else await resetWorkspace(row.id, emptyContent());
    },
    onSettled,
  });
  const remove = useMutation({
    mutationFn: (id: string) => deleteWorkspace(id),
    // The open workspace is gone: fall back to the published dataset.
    onSuccess: (_, id) => (id === workspaceId ? setWorkspaceId(null) : undefined),
    onSettled,
  });
  // Checked bundles are saved by the service that checked them (the worker), which holds them under a token.
  const importNew = useMutation({
    mutationFn: ({
      token,
      name,
      fileName,
      jobId,
      onProgress,
    }: {
      token: string;
      name: string;
      fileName: string;
      jobId: string;
      onProgress: OnProgress;
    }) => ask('importChecked', { token, name, fileName, jobId }, undefined, onProgress),
    onSuccess: (result) => (result.ok ? setWorkspaceId(result.workspace.id) : undefined),
    onSettled,
  });
  const merge = useMutation({
    mutationFn: ({
      id,
      token,
      fileName,
      jobId,
      onProgress,
    }: {
      id: string;
      token: string;
      fileName: string;
      jobId: string;
      onProgress: OnProgress;
    }) => ask('mergeChecked', { token, workspaceId: id, fileName, jobId }, undefined, onProgress),
    onSettled,
  });
  /** Records the page built (a claims CSV's rows), checked and merged in the service like a bundle. */
  const mergeRecords = useMutation({
    mutationFn: ({ id, content, fileName }: { id: string; content: BundleContent; fileName: string }) =>
      ask('mergeRecords', { workspaceId: id, content, fileName }),
    onSettled,
  });
  /**
   * A save the user can stop (an import, a merge, a copy): its id for the service, and progress that `show`s each step with
   * a Stop, then "Stopping…" once pressed. The save's own reply says whether it stopped before anything was kept.
   */
  const startJob = (kind: string, show: (message: string, stop: (() => void) | null) => void) => {
    const jobId = `${kind}-${crypto.randomUUID()}`;
    let stopping = false;
    const stop = () => {
      stopping = true;
      show('Stopping…', null);
      void ask('stopJob', { jobId }).catch(() => undefined);
    };
    const onProgress: OnProgress = (progress) => {
      if (!stopping) show(progress.message, stop);
    };
    return { jobId, onProgress };
  };
  return { workspaceId, startJob, open: setWorkspaceId, create, rename, duplicate, reset, remove, importNew, merge, mergeRecords };
}

export type WorkspaceActions = ReturnType<typeof useWorkspaceActions>;
