// Which dataset the views show: the published one (read-only) or a workspace named by ?ws= in the URL.
import { useQuery, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { parseAsString, useQueryState } from 'nuqs';
import { articleTextQueries } from './article-text';
import { analysisQueries, datasetQueries, PUBLISHED, type LoadedDataset } from './dataset';
import { restartLoad } from './dataset-loader';
import type { LoadedWorkspace } from '../service/store/workspaces';
import { workspaceQueries } from './workspace-queries';
import type { QueryLike } from '../shared/ui/query-state';

export interface ActiveDataset extends LoadedDataset {
  /** Names this exact state of the data, for analyses computed off the main thread. */
  sourceKey: string;
  /** The workspace being shown, or null for the published dataset. */
  workspace: LoadedWorkspace | null;
}

/** The workspace id in the URL (null: the published dataset), and a setter that pushes history. */
export function useWorkspaceId() {
  return useQueryState('ws', parseAsString.withOptions({ history: 'push' }));
}

/** The dataset every view works on, as one loadable state. */
export function useActiveDataset(): QueryLike<ActiveDataset> & { workspaceId: string | null } {
  const [workspaceId] = useWorkspaceId();
  const client = useQueryClient();
  const published = useQuery({
    ...datasetQueries.detail(),
    enabled: workspaceId === null,
    select: (data): ActiveDataset => ({ ...data, sourceKey: PUBLISHED, workspace: null }),
  });
  const workspace = useQuery({
    ...workspaceQueries.detail(workspaceId ?? ''),
    enabled: workspaceId !== null,
    select: (data): ActiveDataset => ({ dataset: data.dataset, analysis: data.analysis, sourceKey: data.sourceKey, workspace: data }),
  });
  const query = workspaceId === null ? published : workspace;
  const restart = () => restartActive(client, workspaceId);
  return Object.assign(query as QueryLike<ActiveDataset>, { workspaceId, restart, local: workspaceId !== null });
}

/** Starts a hung query over: cancelling it aborts its request, so the retry really starts afresh. */
export async function restartQuery(client: QueryClient, queryKey: QueryKey): Promise<void> {
  await client.cancelQueries({ queryKey, exact: true });
  await client.refetchQueries({ queryKey, exact: true });
}

/** Starts the active dataset's load over: a workspace's read from storage (or, once read, its overview), or the published
 * dataset's one download, which every view of it waits on (so all of them are cancelled, the download is aborted, and the
 * views on screen ask again). */
export async function restartActive(client: QueryClient, workspaceId: string | null, workspaceRead = false): Promise<void> {
  if (workspaceId !== null && !workspaceRead) {
    await restartQuery(client, workspaceQueries.detail(workspaceId).queryKey);
    return;
  }
  if (workspaceId !== null) {
    // The records are read: what hangs is the worker's answer about them.
    await client.cancelQueries({ queryKey: datasetQueries.all });
    await client.refetchQueries({ queryKey: datasetQueries.all, type: 'active' });
    return;
  }
  for (const queryKey of [datasetQueries.all, analysisQueries.all]) await client.cancelQueries({ queryKey });
  await restartLoad(PUBLISHED);
  for (const queryKey of [datasetQueries.all, analysisQueries.all]) await client.refetchQueries({ queryKey, type: 'active' });
}

/** The verbatim text of one article of the active dataset. */
export function useActiveArticleText(file: string | undefined) {
  const [workspaceId] = useWorkspaceId();
  const published = useQuery({ ...articleTextQueries.detail(file ?? ''), enabled: Boolean(file) && workspaceId === null });
  const stored = useQuery({ ...workspaceQueries.text(workspaceId ?? '', file ?? ''), enabled: Boolean(file) && workspaceId !== null });
  return workspaceId === null ? published : stored;
}
