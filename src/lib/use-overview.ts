import { useQuery, useQueryClient } from '@tanstack/react-query';
import { datasetQueries, PUBLISHED, type OverviewSlice } from '../api/dataset';
import { useLoadProgress } from '../api/load-progress';
import { workspaceQueries } from '../api/workspace-queries';
import type { QueryLike } from '../components/query-state';
import { restartActive, useWorkspaceId } from './active-dataset';
import { useFilters } from './url-state';

/** The landing overview and filter choices of the active dataset under the URL's filters, as one loadable state; only this crosses from the worker. */
export function useOverview(): { query: QueryLike<OverviewSlice>; progress: string | null } {
  const [workspaceId] = useWorkspaceId();
  const [filters] = useFilters();
  const client = useQueryClient();
  const progress = useLoadProgress();
  const workspace = useQuery({ ...workspaceQueries.detail(workspaceId ?? ''), enabled: workspaceId !== null });
  const sourceKey = workspaceId === null ? PUBLISHED : workspace.data?.sourceKey;
  const overview = useQuery({
    ...datasetQueries.overview(sourceKey ?? '', filters, workspace.data?.dataset),
    enabled: sourceKey !== undefined,
  });
  // A workspace already read from storage restarts its overview; otherwise the read itself.
  const restart = () => restartActive(client, workspaceId, workspace.data !== undefined);
  // A workspace's records come first (from this browser's storage), then its overview.
  const query: QueryLike<OverviewSlice> =
    workspaceId !== null && workspace.isPending
      ? { isPending: true, isError: false, isFetching: true, error: null, data: undefined, refetch: () => workspace.refetch() }
      : workspaceId !== null && workspace.isError
        ? {
            isPending: false,
            isError: true,
            isFetching: workspace.isFetching,
            error: workspace.error,
            data: undefined,
            refetch: () => workspace.refetch(),
          }
        : overview;
  return { query: Object.assign(query, { restart }), progress: progress?.message ?? null };
}
