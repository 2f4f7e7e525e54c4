// One queryOptions per question the views ask the data service. Keys hold every input (the key of the records names one
// exact state of them), so nothing is cached under a key that leaves out what it was computed from.
import { queryOptions } from '@tanstack/react-query';
import type { ClaimFilters } from '../domain/filter';
import type { ControlEvent } from '../domain/events';
import type { MatrixSort } from '../domain/view-models/matrix-sort';
import { recordsOf } from '../service/keys';
import type { OverviewSlice } from '../service/handlers';
import type { OverviewCard } from '../domain/overview';
import { askWithHeldCards, createHeldCards } from './held-cards';
import { ask } from './service';

export type {
  ArticleDeskSlice,
  CatalogueSlice,
  ArticleListSlice,
  ClaimSlice,
  FilterSummary,
  GroupSlice,
  MatrixSlice,
  MatrixWindowSlice,
  OverviewSlice,
  SourcesSlice,
  WorkspaceSummary,
} from '../service/handlers';
export { PUBLISHED } from '../service/keys';

/** While a new state of the same records (a filter change, a workspace's next revision) is computed, keep showing the last
 * answer about them, never another dataset's. */
const sameRecords = (previousKey: unknown, key: string): boolean =>
  typeof previousKey === 'string' && recordsOf(previousKey) === recordsOf(key);

/** The placeholder of a question whose key is `[..., name, recordsKey, ...]`: the last answer about the same records. */
const keepSameRecords =
  (key: string) =>
  <T>(previous: T | undefined, previousQuery: { queryKey: readonly unknown[] } | undefined): T | undefined =>
    sameRecords(previousQuery?.queryKey[2], key) ? previous : undefined;

/** The placeholder of a question about one thing (a group, a claim, an article…) whose key holds its id at `at`: the last
 * answer about the same thing in the same records, never another's. */
const keepSameRecordsAndId =
  (key: string, at: number, id: string) =>
  <T>(previous: T | undefined, previousQuery: { queryKey: readonly unknown[] } | undefined): T | undefined =>
    sameRecords(previousQuery?.queryKey[2], key) && previousQuery?.queryKey[at] === id ? previous : undefined;

interface Range {
  start: number;
  end: number;
}

/** The placeholder of a block of a windowed view (a matrix's cells, the timeline's rows): the last block of the same view,
 * the question's key from the records on equal to `asked` (records, filters, and the matrix's order and search), whose
 * rows say where they start, so none moves to another place; never a block of another order. */
const keepSameView =
  (...asked: unknown[]) =>
  <T>(previous: T | undefined, previousQuery: { queryKey: readonly unknown[] } | undefined): T | undefined =>
    previousQuery && JSON.stringify(previousQuery.queryKey.slice(2, 2 + asked.length)) === JSON.stringify(asked) ? previous : undefined;

// One store for every dataset: stamps name one card of one service, never another dataset's.
const heldCards = createHeldCards();

/** The overview, its cards whole (those the page held come back as the same objects). `held` is not in the query's key:
 * it changes only what crosses to the page, never the answer. */
async function overviewOf(key: string, filters: ClaimFilters, signal: AbortSignal): Promise<OverviewSlice> {
  const { reply, cards } = await askWithHeldCards(
    heldCards,
    (held) => ask('overview', { key, filters, held }, signal),
    (r) => r.overview.cards,
  );
  return { ...reply, overview: { ...reply.overview, cards } };
}

async function cardsOf(key: string, filters: ClaimFilters, ids: readonly string[], signal: AbortSignal): Promise<OverviewCard[]> {
  const { cards } = await askWithHeldCards(
    heldCards,
    (held) => ask('cards', { key, filters, ids: [...ids], held }, signal),
    (posted) => posted,
  );
  return cards;
}

export const datasetQueries = {
  all: ['dataset'] as const,
  /** The filter bar's choices and counts under the filters (no ranking: cheap on every page). */
  filterSummary: (key: string, filters: ClaimFilters) =>
    queryOptions({
      queryKey: [...datasetQueries.all, 'filterSummary', key, filters] as const,
      queryFn: ({ signal }) => ask('filterSummary', { key, filters }, signal),
      staleTime: Infinity,
      placeholderData: keepSameRecords(key),
    }),
  /** The landing view and filter choices for the claims that pass the filters. The published dataset is static: never stale. */
  overview: (key: string, filters: ClaimFilters) =>
    queryOptions({
      queryKey: [...datasetQueries.all, 'overview', key, filters] as const,
      queryFn: ({ signal }) => overviewOf(key, filters, signal),
      staleTime: Infinity,
      placeholderData: keepSameRecords(key),
    }),
  /** The landing cards (verdict and chart) of the groups `ids` under the filters, in that order. */
  cards: (key: string, filters: ClaimFilters, ids: readonly string[]) =>
    queryOptions({
      queryKey: [...datasetQueries.all, 'cards', key, filters, ids] as const,
      queryFn: ({ signal }) => cardsOf(key, filters, ids, signal),
      staleTime: Infinity,
    }),
  /** One comparison group of the claims that pass the filters, with the records it refers to (the compare view). */
  group: (key: string, filters: ClaimFilters, groupId: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all, 'group', key, filters, groupId] as const,
      queryFn: ({ signal }) => ask('group', { key, filters, groupId }, signal),
      staleTime: Infinity,
      placeholderData: keepSameRecordsAndId(key, 4, groupId),
    }),
  /** One claim with its credibility and the records it refers to (the claim's page; filters do not apply). */
  claim: (key: string, claimId: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all, 'claim', key, claimId] as const,
      queryFn: ({ signal }) => ask('claim', { key, claimId }, signal),
      staleTime: Infinity,
      placeholderData: keepSameRecordsAndId(key, 3, claimId),
    }),
  /** One article with its claims, the sources and measures, and the words the suggester learns from the other articles. */
  articleDesk: (key: string, articleId: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all, 'article-desk', key, articleId] as const,
      queryFn: ({ signal }) => ask('articleDesk', { key, articleId }, signal),
      staleTime: Infinity,
      // After a save the next revision's answer replaces this one; the form does not flash back to "Loading…" meanwhile.
      placeholderData: keepSameRecordsAndId(key, 3, articleId),
    }),
  /** Every article, source and measure with its revision, and each measure's number of figures (the editors' lists). */
  catalogue: (key: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all, 'catalogue', key] as const,
      queryFn: ({ signal }) => ask('catalogue', { key }, signal),
      staleTime: Infinity,
      placeholderData: keepSameRecords(key),
    }),
  /** The claims on one measure (its form checks its whole and background flag against them). While the next state of
   * the records is read, the same measure's last answer stays, so an open form is not taken off screen; never another's. */
  measureClaims: (key: string, measureId: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all, 'measureClaims', key, measureId] as const,
      queryFn: ({ signal }) => ask('measureClaims', { key, measureId }, signal),
      staleTime: Infinity,
      placeholderData: keepSameRecordsAndId(key, 3, measureId),
    }),
  /** What uses one source (its delete is refused while anything does); the same source's last answer stays meanwhile. */
  sourceUses: (key: string, sourceId: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all, 'sourceUses', key, sourceId] as const,
      queryFn: ({ signal }) => ask('sourceUses', { key, sourceId }, signal),
      staleTime: Infinity,
      placeholderData: keepSameRecordsAndId(key, 3, sourceId),
    }),
  /** The articles, newest first. */
  articleList: (key: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all, 'article-list', key] as const,
      queryFn: ({ signal }) => ask('articleList', { key }, signal),
      staleTime: Infinity,
      placeholderData: keepSameRecords(key),
    }),
  /** Each article's number of claims. */
  articleClaimCounts: (key: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all, 'article-claim-counts', key] as const,
      queryFn: ({ signal }) => ask('articleClaimCounts', { key }, signal),
      staleTime: Infinity,
      placeholderData: keepSameRecords(key),
    }),
  /** The stored records that could not be read, and are left out. */
  problems: (key: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all, 'problems', key] as const,
      queryFn: ({ signal }) => ask('problems', { key }, signal),
      staleTime: Infinity,
      placeholderData: keepSameRecords(key),
    }),
  /** The sources page under the filters: the first `count` cards and the distance chart. While more cards are asked
   * for, the ones shown stay. */
  sources: (key: string, filters: ClaimFilters, count: number) =>
    queryOptions({
      queryKey: [...datasetQueries.all, 'sources', key, filters, count] as const,
      queryFn: ({ signal }) => ask('sources', { key, filters, count }, signal),
      staleTime: Infinity,
      placeholderData: keepSameRecords(key),
    }),
  /** One source's distances from the others under the filters, measure by measure (the sources page, when opened). */
  sourceDistances: (key: string, filters: ClaimFilters, sourceId: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all, 'sourceDistances', key, filters, sourceId] as const,
      queryFn: ({ signal }) => ask('sourceDistances', { key, filters, sourceId }, signal),
      staleTime: Infinity,
    }),
  /** The block `rows` of every claim under the filters in date order, as the timeline's table prints it. */
  timelineRows: (key: string, filters: ClaimFilters, rows: Range) =>
    queryOptions({
      queryKey: [...datasetQueries.all, 'timelineRows', key, filters, rows] as const,
      queryFn: ({ signal }) => ask('timelineRows', { key, filters, rows }, signal),
      staleTime: Infinity,
      // While the next block comes, the last one stays: its rows say where they start, so none moves to another place.
      placeholderData: keepSameView(key, filters),
    }),
  /** The timeline's sources chart under the filters; `events` are the published changes of control. */
  timeline: (key: string, filters: ClaimFilters, events: readonly ControlEvent[]) =>
    queryOptions({
      queryKey: [...datasetQueries.all, 'timeline', key, filters, events] as const,
      queryFn: ({ signal }) => ask('timeline', { key, filters, events: [...events] }, signal),
      staleTime: Infinity,
      placeholderData: keepSameRecords(key),
    }),
  /** The timeline's per-measure tab for `measureId` (null: the busiest measure). */
  measureTimeline: (key: string, filters: ClaimFilters, events: readonly ControlEvent[], measureId: string | null) =>
    queryOptions({
      queryKey: [...datasetQueries.all, 'measureTimeline', key, filters, events, measureId] as const,
      queryFn: ({ signal }) => ask('measureTimeline', { key, filters, events: [...events], measureId }, signal),
      staleTime: Infinity,
      placeholderData: keepSameRecords(key),
    }),
  /** The matrix under the filters, sorted and searched. */
  matrix: (key: string, filters: ClaimFilters, sort: MatrixSort, q: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all, 'matrix', key, filters, sort, q] as const,
      queryFn: ({ signal }) => ask('matrix', { key, filters, sort, q }, signal),
      staleTime: Infinity,
      placeholderData: keepSameRecords(key),
    }),
  /** The cells of a block of a large matrix's rows and columns (ranges from 0, ends excluded). */
  matrixWindow: (key: string, filters: ClaimFilters, sort: MatrixSort, q: string, rows: Range, columns: Range) =>
    queryOptions({
      queryKey: [...datasetQueries.all, 'matrixWindow', key, filters, sort, q, rows, columns] as const,
      queryFn: ({ signal }) => ask('matrixWindow', { key, filters, sort, q, rows, columns }, signal),
      staleTime: Infinity,
      // While the next block comes, the last one stays: its rows say where they start, so no cell moves to another row.
      placeholderData: keepSameView(key, filters, sort, q),
    }),
};
