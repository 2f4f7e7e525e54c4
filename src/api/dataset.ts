import { queryOptions } from '@tanstack/react-query';
import type { ClaimFilters } from '../domain/filter';
import type { Dataset } from '../domain/schema';
import { PUBLISHED, recordsOf } from '../service/keys';
import { analyseInBackground, fetchClaim, fetchFull, fetchGroup, fetchOverview, fetchRecords } from './dataset-loader';

export type { LoadedDataset } from '../service/store/published';
export type { ClaimSlice, GroupSlice, OverviewSlice } from '../service/dataset-store';

export { PUBLISHED } from '../service/keys';

const sameRecords = (previousKey: unknown, sourceKey: string): boolean =>
  typeof previousKey === 'string' && recordsOf(previousKey) === recordsOf(sourceKey);

export const datasetQueries = {
  all: ['dataset'] as const,
  details: () => [...datasetQueries.all, 'detail'] as const,
  /** Every record and the analysis of all claims. The published dataset is static: never stale, never refetched on focus. */
  detail: (sourceKey: string = PUBLISHED) =>
    queryOptions({
      queryKey: [...datasetQueries.details(), sourceKey] as const,
      queryFn: ({ signal }) => fetchFull(sourceKey, signal),
      staleTime: Infinity,
    }),
  overviews: () => [...datasetQueries.all, 'overview'] as const,
  /** The landing view and filter choices for the claims that pass the filters; only this crosses from the worker. */
  overview: (sourceKey: string, filters: ClaimFilters, dataset?: Dataset) =>
    // The source key names the records (they never change under one key), so a workspace's records stay out of the key.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: [...datasetQueries.overviews(), sourceKey, filters] as const,
      queryFn: ({ signal }) => fetchOverview(sourceKey, filters, dataset, signal),
      staleTime: Infinity,
      // While a filter change (or a workspace's new revision) is computed, keep showing the last overview of the same records.
      placeholderData: (previous, previousQuery) => (sameRecords(previousQuery?.queryKey[2], sourceKey) ? previous : undefined),
    }),
  groups: () => [...datasetQueries.all, 'group'] as const,
  /** One comparison group of the claims that pass the filters, with the records it refers to (the compare view). */
  group: (sourceKey: string, filters: ClaimFilters, groupId: string, dataset?: Dataset) =>
    // As for the overview: the source key names the records.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: [...datasetQueries.groups(), sourceKey, filters, groupId] as const,
      queryFn: ({ signal }) => fetchGroup(sourceKey, filters, groupId, dataset, signal),
      staleTime: Infinity,
      // While a filter change (or a new revision) is computed, keep showing this group of the same records.
      placeholderData: (previous, previousQuery) =>
        sameRecords(previousQuery?.queryKey[2], sourceKey) && previousQuery?.queryKey[4] === groupId ? previous : undefined,
    }),
  recordLists: () => [...datasetQueries.all, 'records'] as const,
  /** Every record, without any analysis (the timeline): at scale far less to compute and to post than the detail. */
  records: (sourceKey: string, dataset?: Dataset) =>
    // As for the overview: the source key names the records.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: [...datasetQueries.recordLists(), sourceKey] as const,
      queryFn: ({ signal }) => fetchRecords(sourceKey, dataset, signal),
      staleTime: Infinity,
      placeholderData: (previous, previousQuery) => (sameRecords(previousQuery?.queryKey[2], sourceKey) ? previous : undefined),
    }),
  claims: () => [...datasetQueries.all, 'claim'] as const,
  /** One claim with its credibility and the records it refers to (the claim's page; filters do not apply). */
  claim: (sourceKey: string, claimId: string, dataset?: Dataset) =>
    // As for the overview: the source key names the records.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: [...datasetQueries.claims(), sourceKey, claimId] as const,
      queryFn: ({ signal }) => fetchClaim(sourceKey, claimId, dataset, signal),
      staleTime: Infinity,
      // A workspace's new revision (a grade saved, say) keeps the claim on screen while it is read again.
      placeholderData: (previous, previousQuery) =>
        sameRecords(previousQuery?.queryKey[2], sourceKey) && previousQuery?.queryKey[3] === claimId ? previous : undefined,
    }),
};

export const analysisQueries = {
  all: ['analysis'] as const,
  details: () => [...analysisQueries.all, 'detail'] as const,
  /** The analysis of the claims that pass the filters; computed off the main thread. */
  detail: (sourceKey: string, dataset: Dataset | undefined, filters: ClaimFilters) =>
    // The source key names the dataset (it never changes under one key), so the dataset itself stays out of the key.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: [...analysisQueries.details(), sourceKey, filters] as const,
      queryFn: ({ signal }) => {
        if (!dataset) throw new Error('The dataset is not loaded yet.');
        return analyseInBackground(sourceKey, dataset, filters, signal);
      },
      enabled: dataset !== undefined,
      staleTime: Infinity,
      // Keep showing the previous result while a filter change is computed, for the same records only (never another's).
      placeholderData: (previous, previousQuery) => (sameRecords(previousQuery?.queryKey[2], sourceKey) ? previous : undefined),
    }),
};
