// Talks to the dataset worker; where there is no Worker (tests, old browsers) runs the same pipeline in place.
import type { Analysis } from '../domain/analysis-types';
import type { ClaimFilters } from '../domain/filter';
import type { Dataset } from '../domain/schema';
import { ApiError } from '../service/http';
import type { LoadedDataset } from '../service/store/published';
import type { ClaimSlice, DatasetService, GroupSlice, MISSING, OverviewSlice, RequestContext } from '../service/dataset-store';
import { setLoadProgress } from './load-progress';
import type { WorkerReply, WorkerRequest } from '../service/protocol';

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
  worker = new Worker(new URL('../service/worker.ts', import.meta.url), { type: 'module', name: 'dataset' });
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

function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');
}

function send(
  w: Worker,
  request: WithoutId<WorkerRequest>,
  onProgress?: (reply: WorkerReply) => void,
  signal?: AbortSignal,
): Promise<WorkerReply> {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  const id = nextId++;
  return new Promise<WorkerReply>((resolve, reject) => {
    // A retry aborts the hung request in the worker too; otherwise the browser queues the new fetch behind it.
    const onAbort = () => {
      pending.delete(id);
      w.postMessage({ id: nextId++, type: 'cancel', target: id } satisfies WorkerRequest);
      reject(abortReason(signal as AbortSignal));
    };
    pending.set(id, {
      resolve: (reply) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(reply);
      },
      ...(onProgress && { onProgress }),
    });
    w.postMessage({ ...request, ...(signal && { cancellable: true }), id });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function toError(reply: Extract<WorkerReply, { type: 'error' }>): Error {
  const { error } = reply;
  return error.name === 'ApiError' && error.kind
    ? new ApiError(error.kind, error.url, error.message, error.details)
    : new Error(error.message);
}

/** Starts the worker downloading the published dataset while the page itself starts up; a failure is left for the views to report. */
export function startPublishedLoad(): void {
  const w = getWorker();
  if (w) void send(w, { type: 'prepare' });
}

// Where there is no worker, the same service runs in the page; imported on first use to keep it off the first load.
let local: Promise<DatasetService> | undefined;
function localService(): Promise<DatasetService> {
  local ??= import('../service/dataset-store').then((m) => m.createDatasetService());
  return local;
}

/** Forgets every dataset the in-page service holds, so that each test starts from the network. */
export function resetLocalService(): void {
  local = undefined;
}

const notLoaded = () => new Error('The dataset is not loaded: reload the page.');

type Ask<T> = (context: RequestContext, dataset?: Dataset) => Promise<T | typeof MISSING>;

/** Runs a question in the in-page service as the worker would: without the records first, with them only if it lacks them. */
async function askInPage<T>(question: Ask<T>, dataset: Dataset | undefined, signal?: AbortSignal): Promise<T> {
  const context: RequestContext = { onProgress: setLoadProgress, ...(signal && { signal }) };
  try {
    let answer = await question(context);
    if (answer === 'missing' && dataset) answer = await question(context, dataset);
    if (answer === 'missing') throw notLoaded();
    return answer;
  } finally {
    setLoadProgress(null);
  }
}

/** Sends a request that names a dataset; when the worker does not hold it and `dataset` is given, sends it along once. */
async function ask(w: Worker, request: WithoutId<WorkerRequest>, dataset: Dataset | undefined, signal?: AbortSignal): Promise<WorkerReply> {
  const onProgress = (r: WorkerReply) => {
    if (r.type === 'progress') setLoadProgress(r.progress);
  };
  try {
    let reply = await send(w, request, onProgress, signal);
    if (reply.type === 'missing' && dataset) reply = await send(w, { ...request, dataset } as WithoutId<WorkerRequest>, onProgress, signal);
    if (reply.type === 'error') throw toError(reply);
    if (reply.type === 'missing') throw notLoaded();
    return reply;
  } finally {
    setLoadProgress(null);
  }
}

/**
 * Asks the dataset service a question: in the worker (sending `dataset` along once if the worker lacks those records),
 * or in the page where there is no worker. `inPage` asks the in-page service; `read` takes the answer out of the worker's
 * reply, or gives undefined for a reply of another kind.
 */
async function question<T>(
  inPage: (service: DatasetService) => Ask<T>,
  request: WithoutId<WorkerRequest>,
  read: (reply: WorkerReply) => T | undefined,
  dataset: Dataset | undefined,
  signal?: AbortSignal,
): Promise<T> {
  const w = getWorker();
  if (!w) return askInPage(inPage(await localService()), dataset, signal);
  const reply = await ask(w, request, dataset, signal);
  const answer = read(reply);
  if (answer === undefined) throw new Error(`Unexpected reply from the dataset worker: ${reply.type}`);
  return answer;
}

/** What the landing view and the filter bar show, for the claims that pass the filters; the records stay where the engine runs. */
export function fetchOverview(
  sourceKey: string,
  filters: ClaimFilters,
  dataset: Dataset | undefined,
  signal?: AbortSignal,
): Promise<OverviewSlice> {
  return question(
    (service) => (context, records) => service.overview(sourceKey, filters, context, records),
    { type: 'overview', sourceKey, filters },
    (reply) => (reply.type === 'overview' ? reply.slice : undefined),
    dataset,
    signal,
  );
}

/** One group of the claims that pass the filters, analysed in full, with the records it refers to. */
export function fetchGroup(
  sourceKey: string,
  filters: ClaimFilters,
  groupId: string,
  dataset: Dataset | undefined,
  signal?: AbortSignal,
): Promise<GroupSlice> {
  return question(
    (service) => (context, records) => service.group(sourceKey, filters, groupId, context, records),
    { type: 'group', sourceKey, filters, groupId },
    (reply) => (reply.type === 'group' ? reply.slice : undefined),
    dataset,
    signal,
  );
}

/** One claim with its suggested credibility, the group to link back to and the records it refers to. */
export function fetchClaim(sourceKey: string, claimId: string, dataset: Dataset | undefined, signal?: AbortSignal): Promise<ClaimSlice> {
  return question(
    (service) => (context, records) => service.claim(sourceKey, claimId, context, records),
    { type: 'claim', sourceKey, claimId },
    (reply) => (reply.type === 'claim' ? reply.slice : undefined),
    dataset,
    signal,
  );
}

/** Every record, without any analysis (views that only list records). */
export function fetchRecords(sourceKey: string, dataset: Dataset | undefined, signal?: AbortSignal): Promise<Dataset> {
  return question(
    (service) => (context, records) => service.records(sourceKey, context, records),
    { type: 'records', sourceKey },
    (reply) => (reply.type === 'records' ? reply.dataset : undefined),
    dataset,
    signal,
  );
}

/** Every record of the published dataset with the analysis of all its claims (views that cross-reference every record). */
export function fetchFull(sourceKey: string, signal?: AbortSignal): Promise<LoadedDataset> {
  return question(
    (service) => (context) => service.full(sourceKey, context),
    { type: 'full', sourceKey },
    (reply) => (reply.type === 'full' ? reply.loaded : undefined),
    undefined,
    signal,
  );
}

/** Analyses the filtered claims off the main thread; sends the dataset along when the worker does not hold it. */
export function analyseInBackground(sourceKey: string, dataset: Dataset, filters: ClaimFilters, signal?: AbortSignal): Promise<Analysis> {
  return question(
    (service) => (context, records) => service.analyse(sourceKey, filters, context, records),
    { type: 'analyse', sourceKey, filters },
    (reply) => (reply.type === 'analysed' ? reply.analysis : undefined),
    dataset,
    signal,
  );
}

/** Aborts the download under way for a dataset (a retry after a hang), so that the requests after this start a new one. */
export async function restartLoad(sourceKey: string): Promise<void> {
  const w = getWorker();
  if (!w) {
    (await localService()).restart(sourceKey);
    return;
  }
  await send(w, { type: 'restart', sourceKey });
}
