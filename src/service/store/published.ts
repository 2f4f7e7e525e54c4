// Fetch → parse → validate, shared by the Web Worker and the main-thread fallback so both behave the same.
import { z } from '../../domain/zod';
import type { Analysis } from '../../domain/analysis-types';
import { articleSchema, claimSchema, measureSchema, sourceSchema, type Dataset } from '../../domain/schema';
import { fetchJson } from '../http';
import type { LoadProgress } from '../progress';

/** A dataset with the analysis of all its claims. */
export interface LoadedDataset {
  dataset: Dataset;
  analysis: Analysis;
}

/** Loads the published dataset over HTTP and validates it against the schema. */
export async function loadPublishedDataset(onProgress: (p: LoadProgress) => void, signal?: AbortSignal): Promise<Dataset> {
  onProgress({ stage: 'download', message: 'Downloading the dataset…' });
  const [articles, sources, measures, claims] = await Promise.all([
    fetchJson('articles.json', z.array(articleSchema), signal),
    fetchJson('sources.json', z.array(sourceSchema), signal),
    fetchJson('measures.json', z.array(measureSchema), signal),
    fetchJson('claims.json', z.array(claimSchema), signal),
  ]);
  return { articles, sources, measures, claims };
}
