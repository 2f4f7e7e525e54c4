// The page's one way to ask the data service. Questions go to the dataset worker; only where no worker can start does the
// same handler map run in the page, and the app says so.
import type { Handlers } from '../service/handlers';
import { connect, inPage, type Ask, type ArgsOf, type ReplyOf } from '../service/transport';
import { workspaceIdOf } from '../service/keys';
import { EARLY_WORKER_GLOBAL, PUBLISHED_WORKER } from '../service/early-downloads';
import { clearLoadProgress, setLoadProgress } from './load-progress';
import type { LoadProgress } from '../service/progress';

let worker: Ask<Handlers> | null | undefined;
let page: Promise<Ask<Handlers>> | undefined;

/** Shown when the worker stops (it failed to load, or ran out of memory): nothing is computed again in the page behind the user's back. */
export const WORKER_STOPPED = 'The background process that compares the figures stopped. Reload the page to start it again.';

/** The worker, started on first use; `published`: started to show the published dataset, so it downloads it at once. */
function startWorker(published = false): Ask<Handlers> | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined' || import.meta.env.MODE === 'test') {
    worker = null;
    if (import.meta.env.MODE !== 'test') console.info('Corroborate: no Web Worker here, so the figures are compared in this page.');
    return worker;
  }
  const early = takeEarlyWorker();
  const instance =
    early?.worker ??
    new Worker(new URL('../service/worker.ts', import.meta.url), {
      type: 'module',
      name: published ? PUBLISHED_WORKER : 'dataset',
    });
  const port = connect<Handlers>(instance);
  instance.addEventListener('error', (event) => {
    event.preventDefault();
    port.fail(new Error(WORKER_STOPPED));
  });
  if (early?.failed) port.fail(new Error(WORKER_STOPPED));
  worker = port.ask;
  return worker;
}

/** The worker the built page started before this code loaded (scripts/vite-plugin-early-worker.ts), taken once. */
function takeEarlyWorker(): { worker: Worker; failed: boolean } | null {
  const page = globalThis as { [EARLY_WORKER_GLOBAL]?: { worker: Worker; failed: boolean } };
  const early = page[EARLY_WORKER_GLOBAL] ?? null;
  page[EARLY_WORKER_GLOBAL] = undefined;
  return early;
}

// In the page the handlers (and the engine) are imported on first use, so they stay off the first load.
function pageService(): Promise<Ask<Handlers>> {
  page ??= import('../service/handlers').then((m) => inPage(m.createHandlers()));
  return page;
}

/** True where the service runs in the page: no worker could start (or tests). */
export function serviceRunsInPage(): boolean {
  return startWorker() === null;
}

/** Whether a question is about a workspace: its records live in this browser's storage. */
function aboutWorkspace(args: unknown): boolean {
  if (typeof args !== 'object' || args === null) return false;
  const { key, workspaceId, workspaceName, token, file, jobId } = args as Record<string, unknown>;
  return (
    (typeof key === 'string' && workspaceIdOf(key) !== null) ||
    typeof workspaceId === 'string' ||
    typeof workspaceName === 'string' ||
    // A bundle is checked and saved by the same service, which must be the one that sees the workspaces.
    typeof token === 'string' ||
    typeof jobId === 'string' ||
    file !== undefined
  );
}

/** Where the page's workspace store lives only in memory (storage refused, as in some private modes), a worker cannot
 * see those records: the page answers questions about workspaces itself. */
async function storageInMemory(): Promise<boolean> {
  const { storageStatus } = await import('../service/store/workspaces');
  return !(await storageStatus()).persistent;
}

/** Forgets the in-page service, so that each test starts from the network. */
export function resetPageService(): void {
  page = undefined;
}

/** Asks the data service a question by name; the argument and reply types come from its handler. Progress goes to
 * `onProgress` when given (a view that shows its own), otherwise to the loading indicator. */
export async function ask<K extends keyof Handlers>(
  name: K,
  args: ArgsOf<Handlers, K>,
  signal?: AbortSignal,
  onProgress?: (progress: LoadProgress) => void,
): Promise<ReplyOf<Handlers, K>> {
  const remote = aboutWorkspace(args) && (await storageInMemory()) ? null : startWorker();
  const asker = remote ?? (await pageService());
  // Without a callback of its own, the request shows its progress on the loading indicator, and clears only its own.
  let reported: LoadProgress | null = null;
  const toIndicator = (progress: LoadProgress) => setLoadProgress((reported = progress));
  try {
    return await asker(name, args, { onProgress: onProgress ?? toIndicator, ...(signal && { signal }) });
  } finally {
    clearLoadProgress(reported);
  }
}

/** Starts the worker downloading the published dataset while the page itself starts up; a failure is left for the views. */
export function startPublishedLoad(): void {
  if (startWorker(true)) void ask('prepare', null).catch(() => undefined);
}
