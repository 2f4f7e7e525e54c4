// Talks to the dataset worker; where there is no Worker (tests, old browsers) runs the same pipeline in place.
import type { Analysis } from '../domain/analysis-types';
import type { ClaimFilters } from '../domain/filter';
import type { Dataset } from '../domain/schema';
import { ApiError } from './client';
import type { LoadedDataset } from './dataset-pipeline';
import { setLoadProgress } from './load-progress';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

type Pending = { resolve: (reply: WorkerReply) => void; onProgress?: (reply: WorkerReply) => void };

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined' || import.meta.env.MODE === 'test') {
    worker = null;
    return worker;
  }
  worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module', name: 'dataset' });
  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    const entry = pending.get(event.data.id);
    if (!entry) return;
    if (event.data.type === 'progress') {
      entry.onProgress?.(event.data);
      return;
    }
    pending.delete(event.data.id);
    entry.resolve(event.data);
  });
  return worker;
}

function send(
  w: Worker,
  request: WithoutId<WorkerRequest>,
  onProgress?: (reply: WorkerReply) => void,
  signal?: AbortSignal,
): Promise<WorkerReply> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, ...(onProgress && { onProgress }) });
    w.postMessage({ ...request, id });
    // A retry aborts the hung request in the worker too; otherwise the browser queues the new fetch behind it.
    signal?.addEventListener('abort', () => {
      pending.delete(id);
      w.postMessage({ id: nextId++, type: 'cancel', target: id } satisfies WorkerRequest);
      reject(signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));
    });
  });
}

function toError(reply: Extract<WorkerReply, { type: 'error' }>): Error {
  const { error } = reply;
  return error.name === 'ApiError' && error.kind
    ? new ApiError(error.kind, error.url, error.message, error.details)
    : new Error(error.message);
}

/** Loads the published dataset, in the worker when there is one; progress goes to the load-progress store. */
export async function loadPublished(sourceKey: string, signal?: AbortSignal): Promise<LoadedDataset> {
  const w = getWorker();
  try {
    if (!w) {
      // Only the no-worker path needs the pipeline on the main thread: keep it off the first load.
      const { loadPublishedDataset } = await import('./dataset-pipeline');
      return await loadPublishedDataset(setLoadProgress, signal);
    }
    const reply = await send(
      w,
      { type: 'load-published', sourceKey },
      (r) => {
        if (r.type === 'progress') setLoadProgress(r.progress);
      },
      signal,
    );
    if (reply.type === 'error') throw toError(reply);
    if (reply.type !== 'loaded') throw new Error(`Unexpected reply from the dataset worker: ${reply.type}`);
    return reply.loaded;
  } finally {
    setLoadProgress(null);
  }
}

/** Analyses the filtered claims off the main thread; sends the dataset along when the worker does not hold it. */
export async function analyseInBackground(sourceKey: string, dataset: Dataset, filters: ClaimFilters): Promise<Analysis> {
  const w = getWorker();
  if (!w) {
    const { analyseFiltered } = await import('./dataset-pipeline');
    return analyseFiltered(dataset, filters);
  }
  let reply = await send(w, { type: 'analyse', sourceKey, filters });
  if (reply.type === 'missing') reply = await send(w, { type: 'analyse', sourceKey, filters, dataset });
  if (reply.type === 'error') throw toError(reply);
  if (reply.type !== 'analysed') throw new Error(`Unexpected reply from the dataset worker: ${reply.type}`);
  return reply.analysis;
}
