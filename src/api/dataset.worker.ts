// Runs the heavy work (parse, validate, analyse) off the main thread so the page stays responsive.
import type { Dataset } from '../domain/schema';
import { ApiError } from './client';
import { analyseFiltered, loadPublishedDataset } from './dataset-pipeline';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

const datasets = new Map<string, Dataset>();
const inFlight = new Map<number, AbortController>();
// Analyses of older workspace states are never asked for again: keep only the latest few datasets.
const MAX_DATASETS = 3;

function remember(key: string, dataset: Dataset) {
  datasets.delete(key);
  datasets.set(key, dataset);
  for (const oldest of datasets.keys()) {
    if (datasets.size <= MAX_DATASETS) break;
    datasets.delete(oldest);
  }
}

function reply(message: WorkerReply) {
  postMessage(message);
}

function fail(id: number, error: unknown) {
  if (error instanceof ApiError) {
    reply({
      id,
      type: 'error',
      error: { name: 'ApiError', kind: error.kind, url: error.url, message: error.message, details: error.details },
    });
  } else {
    reply({
      id,
      type: 'error',
      error: { name: 'Error', kind: null, url: '', message: error instanceof Error ? error.message : String(error), details: [] },
    });
  }
}

async function handle(request: WorkerRequest) {
  const { id } = request;
  try {
    if (request.type === 'cancel') {
      inFlight.get(request.target)?.abort();
      return;
    }
    if (request.type === 'load-published') {
      const controller = new AbortController();
      inFlight.set(id, controller);
      try {
        const loaded = await loadPublishedDataset((progress) => reply({ id, type: 'progress', progress }), controller.signal);
        remember(request.sourceKey, loaded.dataset);
        reply({ id, type: 'loaded', loaded });
      } finally {
        inFlight.delete(id);
      }
    } else {
      const dataset = request.dataset ?? datasets.get(request.sourceKey);
      if (!dataset) {
        reply({ id, type: 'missing' });
        return;
      }
      if (request.dataset) remember(request.sourceKey, request.dataset);
      reply({ id, type: 'analysed', analysis: analyseFiltered(dataset, request.filters) });
    }
  } catch (error) {
    fail(id, error);
  }
}

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  void handle(event.data);
});
