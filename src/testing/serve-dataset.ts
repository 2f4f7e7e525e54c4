// Serves a dataset made in a test in place of the published one: the records' files the app downloads. The build's
// record still names the shipped files, so these are validated as any changed file is.
import { http, HttpResponse } from 'msw';
import type { Dataset } from '../domain/schema';
import { server } from './msw/server';

export function serveDataset(dataset: Dataset): void {
  server.use(
    http.get('*/data/articles.json', () => HttpResponse.json(dataset.articles)),
    http.get('*/data/sources.json', () => HttpResponse.json(dataset.sources)),
    http.get('*/data/measures.json', () => HttpResponse.json(dataset.measures)),
    http.get('*/data/claims.json', () => HttpResponse.json(dataset.claims)),
  );
}
