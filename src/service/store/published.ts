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
  // Once some files are in, name the ones still awaited: a slow or hung file is then named on screen.
  const waiting = new Set(['articles.json', 'sources.json', 'measures.json', 'claims.json']);
  const fetched = <S extends z.ZodType>(file: string, schema: S) =>
    fetchJson(file, schema, signal).then((data) => {
      waiting.delete(file);
      if (waiting.size > 0)
        onProgress({ stage: 'download', message: `Downloading the dataset… still waiting for ${[...waiting].join(', ')}.` });
      return data;
    });
  const [articles, sources, measures, claims] = await Promise.all([
    fetched('articles.json', z.array(articleSchema)),
    fetched('sources.json', z.array(sourceSchema)),
    fetched('measures.json', z.array(measureSchema)),
    fetched('claims.json', z.array(claimSchema)),
  ]);
  return { articles, sources, measures, claims };
}
