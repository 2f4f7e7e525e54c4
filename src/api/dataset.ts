import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ClaimFilters } from '../domain/filter';
import type { Dataset } from '../domain/schema';
import { analyseInBackground, loadPublished } from './dataset-loader';

export type { LoadedDataset } from './dataset-pipeline';

/** The published (read-only) dataset's key; workspaces use their own ids. */
export const PUBLISHED = 'published';

export const datasetQueries = {
  all: ['dataset'] as const,
  details: () => [...datasetQueries.all, 'detail'] as const,
  // The published dataset is static: never stale, never refetched on focus.
  detail: (sourceKey: string = PUBLISHED) =>
    queryOptions({
      queryKey: [...datasetQueries.details(), sourceKey] as const,
      queryFn: ({ signal }) => loadPublished(sourceKey, signal),
      staleTime: Infinity,
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
      queryFn: () => {
        if (!dataset) throw new Error('The dataset is not loaded yet.');
        return analyseInBackground(sourceKey, dataset, filters);
      },
      enabled: dataset !== undefined,
      staleTime: Infinity,
      // Keep showing the previous result while a filter change is being computed.
      placeholderData: keepPreviousData,
    }),
};

/** The loaded dataset with its analysis. */
export function useDataset() {
  return useQuery(datasetQueries.detail());
}
