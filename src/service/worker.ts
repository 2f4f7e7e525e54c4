// Runs the heavy work (parse, validate, analyse) off the main thread and keeps the records here, so the page stays
// responsive and receives only what it shows.
import { ApiError } from './http';
import { createDatasetService, MISSING, type RequestContext } from './dataset-store';
import type { WorkerReply, WorkerRequest } from './protocol';

const service = createDatasetService();
const inFlight = new Map<number, AbortController>();

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
  if (request.type === 'cancel') {
    inFlight.get(request.target)?.abort();
    return;
  }
  if (request.type === 'restart') {
    service.restart(request.sourceKey);
    reply({ id, type: 'ready' });
    return;
  }
  const controller = new AbortController();
  inFlight.set(id, controller);
  const context: RequestContext = {
    onProgress: (progress) => reply({ id, type: 'progress', progress }),
    // Only a request the page can cancel may hold a download: one it cannot cancel would keep a hung one alive.
    ...(request.type !== 'prepare' && request.cancellable && { signal: controller.signal }),
  };
  try {
    if (request.type === 'prepare') {
      await service.prepare();
      reply({ id, type: 'ready' });
    } else if (request.type === 'overview') {
      const slice = await service.overview(request.sourceKey, request.filters, context, request.dataset);
      reply(slice === MISSING ? { id, type: 'missing' } : { id, type: 'overview', slice });
    } else if (request.type === 'group') {
      const slice = await service.group(request.sourceKey, request.filters, request.groupId, context, request.dataset);
      reply(slice === MISSING ? { id, type: 'missing' } : { id, type: 'group', slice });
    } else if (request.type === 'claim') {
      const slice = await service.claim(request.sourceKey, request.claimId, context, request.dataset);
      reply(slice === MISSING ? { id, type: 'missing' } : { id, type: 'claim', slice });
    } else if (request.type === 'records') {
      const dataset = await service.records(request.sourceKey, context, request.dataset);
      reply(dataset === MISSING ? { id, type: 'missing' } : { id, type: 'records', dataset });
    } else if (request.type === 'full') {
      const loaded = await service.full(request.sourceKey, context);
      reply(loaded === MISSING ? { id, type: 'missing' } : { id, type: 'full', loaded });
    } else {
      const analysis = await service.analyse(request.sourceKey, request.filters, context, request.dataset);
      reply(analysis === MISSING ? { id, type: 'missing' } : { id, type: 'analysed', analysis });
    }
  } catch (error) {
    // Nobody waits for a cancelled request.
    if (!controller.signal.aborted) fail(id, error);
  } finally {
    inFlight.delete(id);
  }
}

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  void handle(event.data);
});
