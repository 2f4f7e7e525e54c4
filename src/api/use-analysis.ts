import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { analysisQueries } from './dataset';
import { useLoadProgress } from './load-progress';
import type { QueryLike } from '../shared/ui/query-state';
import type { Analysis } from '../domain/analysis-types';
import { filterDataset, isUnfiltered, type ClaimFilters } from '../domain/filter';
import type { Dataset } from '../domain/schema';
import { useActiveDataset, type ActiveDataset } from './active-dataset';
import { useFilters } from '../shared/hooks/url-state';

export interface FilteredAnalysis {
  dataset: Dataset;
  analysis: Analysis;
  filters: ClaimFilters;
  /** True while a newer filter change is still being computed and the previous result is shown. */
  updating: boolean;
}

/** The dataset and the analysis of the claims that pass the URL's filters, as one loadable state; the engine runs off the main thread. */
export function useFilteredAnalysis(): {
  query: QueryLike<ActiveDataset>;
  filtered: FilteredAnalysis | undefined;
  progress: string | null;
} {
  const dataset = useActiveDataset();
  const progress = useLoadProgress();
  const [filters] = useFilters();
  const unfiltered = isUnfiltered(filters);
  const analysis = useQuery({
    ...analysisQueries.detail(dataset.data?.sourceKey ?? '', dataset.data?.dataset, filters),
    enabled: !unfiltered && dataset.data !== undefined,
  });
  const filteredDataset = useMemo(
    () => (dataset.data && !unfiltered ? filterDataset(dataset.data.dataset, filters) : dataset.data?.dataset),
    [dataset.data, filters, unfiltered],
  );
  const filtered = useMemo((): FilteredAnalysis | undefined => {
    if (!dataset.data || !filteredDataset) return undefined;
    if (unfiltered) return { dataset: dataset.data.dataset, analysis: dataset.data.analysis, filters, updating: false };
    if (!analysis.data) return undefined;
    return { dataset: filteredDataset, analysis: analysis.data, filters, updating: analysis.isPlaceholderData };
  }, [dataset.data, filteredDataset, analysis.data, analysis.isPlaceholderData, filters, unfiltered]);
  // One loadable state for the page: the dataset first, then the filtered analysis.
  const query: QueryLike<ActiveDataset> =
    dataset.data !== undefined && !dataset.isError && !unfiltered && analysis.isPending
      ? { isPending: true, isError: false, isFetching: true, error: null, data: undefined, refetch: () => analysis.refetch() }
      : dataset.data !== undefined && !dataset.isError && !unfiltered && analysis.isError
        ? {
            isPending: false,
            isError: true,
            isFetching: analysis.isFetching,
            error: analysis.error,
            data: dataset.data,
            refetch: () => analysis.refetch(),
          }
        : dataset;
  return {
    query,
    filtered,
    progress: progress?.message ?? (dataset.data !== undefined && !dataset.isError ? 'Applying the filters…' : null),
  };
}
