import { useMemo } from 'react';
import { useDataset } from '../api/dataset';
import { analyseDataset } from '../domain/analyse';
import { filterDataset, isUnfiltered } from '../domain/filter';
import { useFilters } from './url-state';

/** The dataset query plus the analysis of the claims that pass the URL's filters. */
export function useFilteredAnalysis() {
  const query = useDataset();
  const [filters] = useFilters();
  const filtered = useMemo(() => {
    if (!query.data) return undefined;
    if (isUnfiltered(filters)) return { dataset: query.data.dataset, analysis: query.data.analysis, filters };
    const dataset = filterDataset(query.data.dataset, filters);
    return { dataset, analysis: analyseDataset(dataset), filters };
  }, [query.data, filters]);
  return { query, filtered };
}
