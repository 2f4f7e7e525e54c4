// The embed's data: the published dataset through the same service and queries as the app, never a workspace.
import { useQuery } from '@tanstack/react-query';
import { datasetQueries, PUBLISHED, type GroupSlice, type OverviewSlice } from '../../api/dataset';
import { useLoadProgress } from '../../api/load-progress';
import type { QueryLike } from '../../api/query-like';
import { useFilters } from '../../api/url-state';
import type { OverviewCard } from '../../domain/overview';

/** One comparison group of the published dataset under the URL's filters. */
export function usePublishedGroup(groupId: string): { query: QueryLike<GroupSlice>; progress: string | null } {
  const [filters] = useFilters();
  const query = useQuery(datasetQueries.group(PUBLISHED, filters, groupId));
  return { query, progress: useLoadProgress()?.message ?? null };
}

/** The landing cards of the groups `ids` of the published dataset under the URL's filters. */
export function usePublishedCards(ids: readonly string[]): { query: QueryLike<OverviewCard[]>; progress: string | null } {
  const [filters] = useFilters();
  const query = useQuery(datasetQueries.cards(PUBLISHED, filters, ids));
  return { query, progress: useLoadProgress()?.message ?? null };
}

/** The landing overview of the published dataset under the URL's filters (for a measure's card). */
export function usePublishedOverview(): { query: QueryLike<OverviewSlice>; progress: string | null } {
  const [filters] = useFilters();
  const query = useQuery(datasetQueries.overview(PUBLISHED, filters));
  return { query, progress: useLoadProgress()?.message ?? null };
}
