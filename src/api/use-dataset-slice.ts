import { useQuery, useQueryClient, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { datasetQueries, PUBLISHED, type ClaimSlice, type GroupSlice, type OverviewSlice } from './dataset';
import { useLoadProgress } from './load-progress';
import { workspaceQueries } from './workspace-queries';
import type { QueryLike } from '../shared/ui/query-state';
import type { Dataset } from '../domain/schema';
import { restartActive, useWorkspaceId } from './active-dataset';
import { useFilters } from '../shared/hooks/url-state';

type SliceOptions<T, K extends QueryKey> = (sourceKey: string, dataset: Dataset | undefined) => UseQueryOptions<T, Error, T, K>;

/** A slice of the active dataset computed where the records live, as one loadable state: a workspace's records are read from
 * storage first (and sent along if the worker lacks them); the published dataset's are already there. */
function useDatasetSlice<T, K extends QueryKey>(options: SliceOptions<T, K>): { query: QueryLike<T>; progress: string | null } {
  const [workspaceId] = useWorkspaceId();
  const client = useQueryClient();
  const progress = useLoadProgress();
  const workspace = useQuery({ ...workspaceQueries.detail(workspaceId ?? ''), enabled: workspaceId !== null });
  const sourceKey = workspaceId === null ? PUBLISHED : workspace.data?.sourceKey;
  const slice = useQuery({ ...options(sourceKey ?? '', workspace.data?.dataset), enabled: sourceKey !== undefined });
  // A workspace already read from storage restarts its slice; otherwise the read itself.
  const restart = () => restartActive(client, workspaceId, workspace.data !== undefined);
  const query: QueryLike<T> =
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
        : slice;
  // A workspace is read from this browser and worked on here: its slowness is never the network's.
  return { query: Object.assign(query, { restart, local: workspaceId !== null }), progress: progress?.message ?? null };
}

/** The landing overview and filter choices of the active dataset under the URL's filters. */
export function useOverview(): { query: QueryLike<OverviewSlice>; progress: string | null } {
  const [filters] = useFilters();
  return useDatasetSlice((sourceKey, dataset) => datasetQueries.overview(sourceKey, filters, dataset));
}

/** One comparison group of the active dataset under the URL's filters, with the records it refers to. */
export function useGroupSlice(groupId: string): { query: QueryLike<GroupSlice>; progress: string | null } {
  const [filters] = useFilters();
  return useDatasetSlice((sourceKey, dataset) => datasetQueries.group(sourceKey, filters, groupId, dataset));
}

/** One claim of the active dataset with its credibility and the records it refers to. */
export function useClaimSlice(claimId: string): { query: QueryLike<ClaimSlice>; progress: string | null } {
  return useDatasetSlice((sourceKey, dataset) => datasetQueries.claim(sourceKey, claimId, dataset));
}

/** Every record of the active dataset, without any analysis. */
export function useRecords(): { query: QueryLike<Dataset>; progress: string | null } {
  return useDatasetSlice((sourceKey, dataset) => datasetQueries.records(sourceKey, dataset));
}
