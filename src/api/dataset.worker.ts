// Runs the heavy work (parse, validate, analyse) off the main thread so the page stays responsive.
import type { Dataset } from '../domain/schema';
import { ApiError } from './client';
import { analyseFiltered, loadPublishedDataset } from './dataset-pipeline';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

const datasets = new Map<string, Dataset>();

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
    if (request.type === 'load-published') {
      const loaded = await loadPublishedDataset((progress) => reply({ id, type: 'progress', progress }));
      datasets.set(request.sourceKey, loaded.dataset);
      reply({ id, type: 'loaded', loaded });
    } else {
      const dataset = request.dataset ?? datasets.get(request.sourceKey);
      if (!dataset) {
        reply({ id, type: 'missing' });
        return;
      }
      if (request.dataset) datasets.set(request.sourceKey, request.dataset);
      reply({ id, type: 'analysed', analysis: analyseFiltered(dataset, request.filters) });
    }
  } catch (error) {
    fail(id, error);
  }
}

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  void handle(event.data);
});
