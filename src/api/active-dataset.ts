// Which dataset the views show: the published one (read-only) or a workspace named by ?ws= in the URL.
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { parseAsString, useQueryState } from 'nuqs';
import { datasetQueries, PUBLISHED } from './dataset';
import { ask } from './service';
import { workspaceQueries } from './workspace-queries';

/** The workspace id in the URL (null: the published dataset), and a setter that pushes history. */
export function useWorkspaceId() {
  return useQueryState('ws', parseAsString.withOptions({ history: 'push' }));
}

/** Builds a link's query string that keeps the open workspace: "?step=1" becomes "?step=1&ws=ws-1" inside one. */
export function useWithWorkspace(): (search?: string) => string {
  const [workspaceId] = useWorkspaceId();
  return (search = '') => {
    const params = new URLSearchParams(search);
    if (workspaceId !== null) params.set('ws', workspaceId);
    const query = params.toString();
    return query === '' ? '' : `?${query}`;
  };
}

/** Starts a hung query over: cancelling it aborts its request, so the retry really starts afresh. */
export async function restartQuery(client: QueryClient, queryKey: QueryKey): Promise<void> {
  await client.cancelQueries({ queryKey, exact: true });
  await client.refetchQueries({ queryKey, exact: true });
}

/** Starts the active dataset's load over: a workspace's read from storage, or the published dataset's one download, which
 * every view of it waits on (so all of them are cancelled, the download is aborted, and the views on screen ask again). */
export async function restartActive(client: QueryClient, workspaceId: string | null): Promise<void> {
  if (workspaceId !== null) {
    await client.cancelQueries({ queryKey: workspaceQueries.all });
    await client.cancelQueries({ queryKey: datasetQueries.all });
    await client.refetchQueries({ queryKey: workspaceQueries.all, type: 'active' });
    await client.refetchQueries({ queryKey: datasetQueries.all, type: 'active' });
    return;
  }
  await client.cancelQueries({ queryKey: datasetQueries.all });
  await ask('restart', { key: PUBLISHED });
  await client.refetchQueries({ queryKey: datasetQueries.all, type: 'active' });
}
