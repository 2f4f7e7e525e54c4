import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { analyseDataset } from '../domain/analyse';
import type { Analysis } from '../domain/analysis-types';
import { articleSchema, claimSchema, measureSchema, sourceSchema, type Dataset } from '../domain/schema';
import { fetchJson } from './client';

export interface LoadedDataset {
  dataset: Dataset;
  analysis: Analysis;
}

/** Fetches the four dataset files in parallel, parses each, and runs the engine once. */
export async function fetchDataset(signal?: AbortSignal): Promise<LoadedDataset> {
  const [articles, sources, measures, claims] = await Promise.all([
    fetchJson('articles.json', z.array(articleSchema), signal),
    fetchJson('sources.json', z.array(sourceSchema), signal),
    fetchJson('measures.json', z.array(measureSchema), signal),
    fetchJson('claims.json', z.array(claimSchema), signal),
  ]);
  const dataset: Dataset = { articles, sources, measures, claims };
  return { dataset, analysis: analyseDataset(dataset) };
}

export const datasetQueries = {
  all: ['dataset'] as const,
  details: () => [...datasetQueries.all, 'detail'] as const,
  // The shipped dataset is static: never stale, never refetched on focus.
  detail: (id = 'shipped') =>
    queryOptions({
      queryKey: [...datasetQueries.details(), id] as const,
      queryFn: ({ signal }) => fetchDataset(signal),
      staleTime: Infinity,
    }),
};

/** The loaded dataset with its analysis. */
export function useDataset() {
  return useQuery(datasetQueries.detail());
}
