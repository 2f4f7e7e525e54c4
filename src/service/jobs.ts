// Long writes the page can stop (an import, a merge, a copy). A Stop reaches the job as a signal, and the job's own reply
// says what happened: stopped with nothing written, or finished before the Stop arrived. The page never has to guess.
import type { RequestContext } from './progress';

export function createJobs() {
  const running = new Map<string, AbortController>();

  /** Runs `work` as job `jobId` (when given), with a signal that `stopJob` aborts. */
  async function run<T>(jobId: string | undefined, context: RequestContext, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    if (jobId !== undefined) running.set(jobId, controller);
    // A request the page cancels (it gave up waiting) stops the job too.
    const onCancel = () => controller.abort(context.signal?.reason);
    context.signal?.addEventListener('abort', onCancel, { once: true });
    try {
      return await work(controller.signal);
    } finally {
      context.signal?.removeEventListener('abort', onCancel);
      if (jobId !== undefined && running.get(jobId) === controller) running.delete(jobId);
    }
  }

  const handlers = {
    /** Stops a job under way; its own reply then says whether it stopped in time. */
    // The handler map's contract is a promise, even where the work is synchronous.
    // eslint-disable-next-line @typescript-eslint/require-await
    async stopJob({ jobId }: { jobId: string }): Promise<null> {
      running.get(jobId)?.abort(new DOMException('Stopped by the user', 'AbortError'));
      return null;
    },
  };

  return { run, handlers };
}

export type Jobs = ReturnType<typeof createJobs>;

/** Whether an error is a job stopped (or a request cancelled): an AbortError (a DOMException is an Error). */
export function isStopped(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
