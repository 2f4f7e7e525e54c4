// Fetch → parse → analyse, shared by the Web Worker and the main-thread fallback so both behave the same.
import { z } from '../domain/zod';
import { analyseDataset } from '../domain/analyse';
import type { Analysis } from '../domain/analysis-types';
import { filterDataset, type ClaimFilters } from '../domain/filter';
import { articleSchema, claimSchema, measureSchema, sourceSchema, type Dataset } from '../domain/schema';
import { fetchJson } from './client';
import type { LoadProgress } from './load-progress';

export interface LoadedDataset {
  dataset: Dataset;
  analysis: Analysis;
}

/** Loads the published dataset over HTTP, validates it against the schema and analyses it. */
export async function loadPublishedDataset(onProgress: (p: LoadProgress) => void, signal?: AbortSignal): Promise<LoadedDataset> {
  onProgress({ stage: 'download', message: 'Downloading the dataset…' });
  const [articles, sources, measures, claims] = await Promise.all([
    fetchJson('articles.json', z.array(articleSchema), signal),
    fetchJson('sources.json', z.array(sourceSchema), signal),
    fetchJson('measures.json', z.array(measureSchema), signal),
    fetchJson('claims.json', z.array(claimSchema), signal),
  ]);
  const dataset: Dataset = { articles, sources, measures, claims };
  onProgress({ stage: 'analyse', message: `Comparing ${claims.length.toLocaleString('en-GB')} figures…` });
  return { dataset, analysis: analyseDataset(dataset) };
}

/** Analyses the claims that pass the filters. */
export function analyseFiltered(dataset: Dataset, filters: ClaimFilters): Analysis {
  return analyseDataset(filterDataset(dataset, filters));
}
