import { useQuery, useQueryClient, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useCallback, useLayoutEffect, useRef } from 'react';
import type { MatrixSort } from '../domain/view-models/matrix-sort';
import { restartActive, useWorkspaceId } from './active-dataset';
import {
  datasetQueries,
  PUBLISHED,
  type ArticleDeskSlice,
  type CatalogueSlice,
  type ArticleListSlice,
  type ClaimSlice,
  type FilterSummary,
  type GroupSlice,
  type MatrixSlice,
  type MatrixWindowSlice,
  type OverviewSlice,
  type SourcesSlice,
} from './dataset';
import type { Claim, Story } from '../domain/schema';
import type { StoryIssue } from '../domain/story-authoring';
import type { SourceUses } from '../domain/source-uses';
import type { OverviewCard } from '../domain/overview';
import type { SourceProfile } from '../domain/analysis-types';
import type { ControlEvent } from '../domain/events';
import type { ChartImageContent } from '../domain/exports/chart-image';
import type { MeasureTimelineView, TimelineRowsWindow, TimelineView } from '../domain/view-models/timeline-view';
import type { ClaimFilters } from '../domain/filter';
import { useLoadProgress } from './load-progress';
import type { QueryLike } from './query-like';
import { workspaceQueries } from './workspace-queries';
import { useFilters } from './url-state';
import { ask } from './service';
import type { ViewGrades } from '../domain/exports/view-csv';
import type { WorkspaceProblem } from '../service/store/workspaces';

/** A slice of the active dataset computed where its records live, as one loadable state: for a workspace, first the key of
 * its current state (read by the service, which then holds the records), then the slice. */
function useDatasetSlice<T, K extends QueryKey>(
  options: (sourceKey: string) => UseQueryOptions<T, Error, T, K>,
  enabled = true,
): { query: QueryLike<T>; progress: string | null } {
  const [workspaceId] = useWorkspaceId();
  const client = useQueryClient();
  const progress = useLoadProgress();
  const workspace = useQuery({ ...workspaceQueries.summary(workspaceId ?? ''), enabled: workspaceId !== null });
  const sourceKey = workspaceId === null ? PUBLISHED : workspace.data?.key;
  const slice = useQuery({ ...options(sourceKey ?? ''), enabled: enabled && sourceKey !== undefined });
  const restart = () => restartActive(client, workspaceId);
  const local = workspaceId !== null;
  // One loadable state: the workspace's summary first (its error too), then the slice.
  const query: QueryLike<T> =
    workspaceId !== null && workspace.isPending
      ? {
          isPending: true,
          isError: false,
          isFetching: true,
          error: null,
          data: undefined,
          refetch: () => workspace.refetch(),
          restart,
          local,
        }
      : workspaceId !== null && workspace.isError
        ? {
            isPending: false,
            isError: true,
            isFetching: workspace.isFetching,
            error: workspace.error,
            data: undefined,
            refetch: () => workspace.refetch(),
            restart,
            local,
          }
        : { ...(slice as QueryLike<T>), restart, local };
  return { query, progress: progress?.message ?? null };
}

/** The key of the active dataset's current state, read when an on-demand question (an export, an image) is asked. */
function useSourceKey(): () => Promise<string> {
  const [workspaceId] = useWorkspaceId();
  const client = useQueryClient();
  return async () => (workspaceId === null ? PUBLISHED : (await client.query(workspaceQueries.summary(workspaceId))).key);
}

/** Checks a story against the active dataset's records where they are held, as data:check would, before it is saved. */
export function useStoryCheck(): (story: Story) => Promise<StoryIssue[]> {
  const sourceKey = useSourceKey();
  return async (story) => ask('storyIssues', { key: await sourceKey(), story });
}

/** The filter bar's choices and counts for the active dataset under the URL's filters. */
export function useFilterSummary(): { query: QueryLike<FilterSummary>; progress: string | null } {
  const [filters] = useFilters();
  return useDatasetSlice((sourceKey) => datasetQueries.filterSummary(sourceKey, filters));
}

/** The landing overview and filter choices of the active dataset under the URL's filters. */
export function useOverview(): { query: QueryLike<OverviewSlice>; progress: string | null } {
  const [filters] = useFilters();
  return useDatasetSlice((sourceKey) => datasetQueries.overview(sourceKey, filters));
}

/** The landing cards of the groups `ids` of the active dataset under the URL's filters; asked only when `enabled`. */
export function useCards(ids: readonly string[], enabled: boolean): { query: QueryLike<OverviewCard[]>; progress: string | null } {
  const [filters] = useFilters();
  return useDatasetSlice((sourceKey) => datasetQueries.cards(sourceKey, filters, ids), enabled);
}

/** One comparison group of the active dataset under the URL's filters, with the records it refers to. */
export function useGroupSlice(groupId: string): { query: QueryLike<GroupSlice>; progress: string | null } {
  const [filters] = useFilters();
  return useDatasetSlice((sourceKey) => datasetQueries.group(sourceKey, filters, groupId));
}

/** One comparison group of the active dataset under filters of its own (a story step's), not the URL's. */
export function useGroupSliceUnder(filters: ClaimFilters, groupId: string): { query: QueryLike<GroupSlice>; progress: string | null } {
  return useDatasetSlice((sourceKey) => datasetQueries.group(sourceKey, filters, groupId));
}

/** One claim of the active dataset with its credibility and the records it refers to. */
export function useClaimSlice(claimId: string): { query: QueryLike<ClaimSlice>; progress: string | null } {
  return useDatasetSlice((sourceKey) => datasetQueries.claim(sourceKey, claimId));
}

/** One article of the active dataset as its editor shows it: its claims, the sources and measures, the suggester's words. */
export function useArticleDesk(articleId: string, enabled: boolean): { query: QueryLike<ArticleDeskSlice>; progress: string | null } {
  return useDatasetSlice((sourceKey) => datasetQueries.articleDesk(sourceKey, articleId), enabled);
}

/** Every article, source and measure of the active dataset with its revision: what the editors list and check against. */
export function useCatalogue(enabled: boolean): { query: QueryLike<CatalogueSlice>; progress: string | null } {
  return useDatasetSlice((sourceKey) => datasetQueries.catalogue(sourceKey), enabled);
}

/** The claims on one measure of the active dataset. */
export function useMeasureClaims(measureId: string): QueryLike<Claim[]> {
  return useDatasetSlice((sourceKey) => datasetQueries.measureClaims(sourceKey, measureId)).query;
}

/** What in the active dataset uses one source. */
export function useSourceUses(sourceId: string): QueryLike<SourceUses> {
  return useDatasetSlice((sourceKey) => datasetQueries.sourceUses(sourceKey, sourceId)).query;
}

/** The active dataset's articles, newest first. */
export function useArticleList(): { query: QueryLike<ArticleListSlice>; progress: string | null } {
  return useDatasetSlice((sourceKey) => datasetQueries.articleList(sourceKey));
}

/** Each article's number of claims in the active dataset (read with every claim: it may come after the list). */
export function useArticleClaimCounts(): QueryLike<Map<string, number>> {
  return useDatasetSlice((sourceKey) => datasetQueries.articleClaimCounts(sourceKey)).query;
}

/** The active workspace's stored records that could not be read; asked only when `enabled`. */
export function useWorkspaceProblems(enabled: boolean): QueryLike<WorkspaceProblem[]> {
  return useDatasetSlice((sourceKey) => datasetQueries.problems(sourceKey), enabled).query;
}

/** The sources page's first `count` cards and its distance chart under the URL's filters. */
export function useSourcesSlice(count: number): { query: QueryLike<SourcesSlice>; progress: string | null } {
  const [filters] = useFilters();
  return useDatasetSlice((sourceKey) => datasetQueries.sources(sourceKey, filters, count));
}

/** One source's distances from the others under the URL's filters, measure by measure. */
export function useSourceDistances(sourceId: string): { query: QueryLike<SourceProfile['distances']>; progress: string | null } {
  const [filters] = useFilters();
  return useDatasetSlice((sourceKey) => datasetQueries.sourceDistances(sourceKey, filters, sourceId));
}

/** The timeline's sources chart under the URL's filters with the published changes of control `events` (asked again,
 * small, when they arrive: a missing events file leaves the chart without them). */
export function useTimeline(events: readonly ControlEvent[]): { query: QueryLike<TimelineView>; progress: string | null } {
  const [filters] = useFilters();
  return useDatasetSlice((sourceKey) => datasetQueries.timeline(sourceKey, filters, events));
}

/** The block `rows` of every claim under the URL's filters in date order, as the timeline's table prints it. */
export function useTimelineRows(rows: { start: number; end: number }): { query: QueryLike<TimelineRowsWindow>; progress: string | null } {
  const [filters] = useFilters();
  return useDatasetSlice((sourceKey) => datasetQueries.timelineRows(sourceKey, filters, rows));
}

/** The timeline's per-measure tab for the measure `measureId` (null: the busiest) under the URL's filters. */
export function useMeasureTimeline(
  events: readonly ControlEvent[],
  measureId: string | null,
  enabled = true,
): { query: QueryLike<MeasureTimelineView>; progress: string | null } {
  const [filters] = useFilters();
  return useDatasetSlice((sourceKey) => datasetQueries.measureTimeline(sourceKey, filters, events, measureId), enabled);
}

/** Makes the timeline image's words on demand, in the data service, for the same dataset and filters as the page. */
export function useTimelineImage(): (events: readonly ControlEvent[], permalink: string) => Promise<ChartImageContent> {
  const [filters] = useFilters();
  const sourceKey = useSourceKey();
  return async (events, permalink) => ask('timelineImage', { key: await sourceKey(), filters, events: [...events], permalink });
}

/** The matrix under the URL's filters, sorted and searched. */
export function useMatrixSlice(sort: MatrixSort, q: string): { query: QueryLike<MatrixSlice>; progress: string | null } {
  const [filters] = useFilters();
  return useDatasetSlice((sourceKey) => datasetQueries.matrix(sourceKey, filters, sort, q));
}

/** The cells of the block `rows` × `columns` of the matrix the frame `asked` answers (its filters, order and search, not
 * the URL's, which may already be ahead of the frame shown). */
export function useMatrixWindow(
  asked: MatrixSlice['asked'],
  rows: { start: number; end: number },
  columns: { start: number; end: number },
  enabled = true,
): QueryLike<MatrixWindowSlice> {
  return useDatasetSlice((sourceKey) => datasetQueries.matrixWindow(sourceKey, asked.filters, asked.sort, asked.q, rows, columns), enabled)
    .query;
}

/** Makes the matrix's CSV on demand, in the data service, from the same dataset, filters, order and search as the page. */
export function useMatrixCsv(sort: MatrixSort, q: string): (grades: ViewGrades) => Promise<string> {
  const [filters] = useFilters();
  const sourceKey = useSourceKey();
  return async (grades) => ask('matrixCsv', { key: await sourceKey(), filters, sort, q, grades });
}

/** Fetches one comparison group on demand (a landing card's image download), from the same dataset and filters as the page. */
export function useFetchGroupSlice(): (groupId: string) => Promise<GroupSlice> {
  const [filters] = useFilters();
  const client = useQueryClient();
  const sourceKey = useSourceKey();
  // One function for the page's life, reading the latest filters when called: the cards it is given to are not drawn
  // again because the address changed.
  const latest = useRef({ filters, sourceKey });
  useLayoutEffect(() => {
    latest.current = { filters, sourceKey };
  });
  return useCallback(
    async (groupId) => client.query(datasetQueries.group(await latest.current.sourceKey(), latest.current.filters, groupId)),
    [client],
  );
}
