// The one boundary between the page and the data service: a question by name, its answer or its error as a value.
// Handlers run in the dataset worker; `inPage` runs the same map in the page where no worker can start.
import { ApiError, type ApiErrorKind } from './api-error';
import type { LoadProgress, RequestContext } from './progress';

/** A question the service answers: one argument, the request's context, a promise of the reply. */
export type Handler = (args: never, context: RequestContext) => Promise<unknown>;

/** What a question named K takes. */
export type ArgsOf<H, K extends keyof H> = H[K] extends (args: infer A, context: RequestContext) => Promise<unknown> ? A : never;
/** What a question named K answers. */
export type ReplyOf<H, K extends keyof H> = H[K] extends (args: never, context: RequestContext) => Promise<infer R> ? R : never;

export interface AskOptions {
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
}

/** Asks the service: argument and reply types come from the handler of that name. */
export type Ask<H> = <K extends keyof H & string>(name: K, args: ArgsOf<H, K>, options?: AskOptions) => Promise<ReplyOf<H, K>>;

/** An error as it crosses the boundary (structured clone keeps no class). */
export interface SerialisedError {
  name: 'ApiError' | 'AbortError' | 'Error';
  kind: ApiErrorKind | null;
  url: string;
  message: string;
  details: string[];
}

/** `cancellable`: the page may cancel it; only such requests may keep a download alive. */
export type Request = { id: number; type: 'ask'; name: string; args: unknown; cancellable: boolean } | { id: number; type: 'cancel' };

export type Reply =
  | { id: number; type: 'progress'; progress: LoadProgress }
  | { id: number; type: 'part'; path: string[]; items: unknown[] }
  | { id: number; type: 'done'; value: unknown }
  | { id: number; type: 'failed'; error: SerialisedError };

/** Either end of a message channel: a Worker, the worker's global scope, or a MessagePort. */
export interface Port {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  start?: () => void;
}

/** Turns any thrown value into a value that survives structured clone. */
export function serialiseError(error: unknown): SerialisedError {
  if (error instanceof ApiError)
    return { name: 'ApiError', kind: error.kind, url: error.url, message: error.message, details: error.details };
  const name = error instanceof Error && error.name === 'AbortError' ? 'AbortError' : 'Error';
  return { name, kind: null, url: '', message: error instanceof Error ? error.message : String(error), details: [] };
}

/** The error the caller sees, rebuilt from its value (an ApiError keeps its kind, so the views can explain it). */
export function reviveError(error: SerialisedError): Error {
  if (error.name === 'ApiError' && error.kind) return new ApiError(error.kind, error.url, error.message, error.details);
  if (error.name === 'AbortError') return new DOMException(error.message, 'AbortError');
  return new Error(error.message);
}

/** The most items one message carries from a long list in an answer. The page reads each message in a task of its own, so a
 * list of 10,000 figures arrives in ten short tasks, not one long one in which the page could not answer a key or a click. */
export const PART_SIZE = 1_000;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** `value` with every list longer than `size` found under its plain objects (a few levels down) left empty, and those
 * lists' items in parts of `size`, each with the path of its list. The value itself is not changed: objects on the way
 * are copied. */
export function splitLongLists(
  value: unknown,
  size = PART_SIZE,
  depth = 4,
): { skeleton: unknown; parts: { path: string[]; items: unknown[] }[] } {
  const parts: { path: string[]; items: unknown[] }[] = [];
  const walk = (node: unknown, path: string[], left: number): unknown => {
    if (Array.isArray(node) && node.length > size && path.length > 0) {
      for (let i = 0; i < node.length; i += size) parts.push({ path, items: node.slice(i, i + size) });
      return [];
    }
    if (left === 0 || !isPlainObject(node)) return node;
    let copy: Record<string, unknown> | null = null;
    for (const [key, child] of Object.entries(node)) {
      const next = walk(child, [...path, key], left - 1);
      if (next !== child) (copy ??= { ...node })[key] = next;
    }
    return copy ?? node;
  };
  return { skeleton: walk(value, [], depth), parts };
}

/** Puts `parts` back into `skeleton` (made by splitLongLists), in the order they came. */
export function joinParts(skeleton: unknown, parts: readonly { path: string[]; items: unknown[] }[]): unknown {
  for (const { path, items } of parts) {
    let list: unknown = skeleton;
    for (const key of path) list = (list as Record<string, unknown>)[key];
    // push(...items) could overflow the stack on very long parts; a loop cannot.
    for (const item of items) (list as unknown[]).push(item);
  }
  return skeleton;
}

function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');
}

/** Answers questions arriving on `port` with `handlers`; errors are posted as values, cancelled requests get no answer. */
export function serve(port: Port, handlers: Record<string, Handler>): void {
  const inFlight = new Map<number, AbortController>();
  port.addEventListener('message', (event: MessageEvent<Request>) => {
    const request = event.data;
    if (request.type === 'cancel') {
      inFlight.get(request.id)?.abort();
      return;
    }
    const { id } = request;
    const controller = new AbortController();
    inFlight.set(id, controller);
    const context: RequestContext = {
      onProgress: (progress) => port.postMessage({ id, type: 'progress', progress } satisfies Reply),
      // A request the page cannot cancel must not hold a download: nothing could ever release it.
      ...(request.cancellable && { signal: controller.signal }),
    };
    const handler = Object.hasOwn(handlers, request.name) ? handlers[request.name] : undefined;
    const work = handler
      ? handler(request.args as never, context)
      : Promise.reject(new Error(`The data service has no question named “${request.name}”.`));
    work
      .then(
        (value) => {
          if (controller.signal.aborted) return;
          const { skeleton, parts } = splitLongLists(value);
          for (const part of parts) port.postMessage({ id, type: 'part', ...part } satisfies Reply);
          port.postMessage({ id, type: 'done', value: skeleton } satisfies Reply);
        },
        (error: unknown) => {
          if (!controller.signal.aborted) port.postMessage({ id, type: 'failed', error: serialiseError(error) } satisfies Reply);
        },
      )
      .finally(() => inFlight.delete(id));
  });
  port.start?.();
}

interface Pending {
  /** The parts of long lists that arrived before the answer, in order. */
  parts: { path: string[]; items: unknown[] }[];
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onProgress: ((progress: LoadProgress) => void) | undefined;
}

/** The asking end over `port`; `onBroken` (a worker that failed to start or crashed) fails every question waiting. */
export function connect<H>(port: Port): { ask: Ask<H>; fail: (error: Error) => void } {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let broken: Error | null = null;
  port.addEventListener('message', (event: MessageEvent<Reply>) => {
    const reply = event.data;
    const entry = pending.get(reply.id);
    if (!entry) return;
    if (reply.type === 'progress') {
      entry.onProgress?.(reply.progress);
      return;
    }
    if (reply.type === 'part') {
      entry.parts.push({ path: reply.path, items: reply.items });
      return;
    }
    pending.delete(reply.id);
    if (reply.type === 'done') entry.resolve(joinParts(reply.value, entry.parts));
    else entry.reject(reviveError(reply.error));
  });
  port.start?.();
  const ask = <K extends keyof H & string>(name: K, args: ArgsOf<H, K>, options: AskOptions = {}): Promise<ReplyOf<H, K>> => {
    const { signal, onProgress } = options;
    if (broken) return Promise.reject(broken);
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    const id = nextId++;
    return new Promise<ReplyOf<H, K>>((resolve, reject) => {
      // A retry aborts the hung request in the worker too; otherwise the browser queues the new fetch behind it.
      const onAbort = () => {
        if (!pending.delete(id)) return;
        port.postMessage({ id, type: 'cancel' } satisfies Request);
        reject(abortReason(signal as AbortSignal));
      };
      pending.set(id, {
        parts: [],
        resolve: (value) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(value as ReplyOf<H, K>);
        },
        reject: (error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
        onProgress,
      });
      port.postMessage({ id, type: 'ask', name, args, cancellable: signal !== undefined } satisfies Request);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  };
  const fail = (error: Error) => {
    broken = error;
    for (const entry of pending.values()) entry.reject(error);
    pending.clear();
  };
  return { ask, fail };
}

/** The same questions answered in the page, with the same contract: errors are rebuilt from their values, as over a port. */
export function inPage<H extends Record<string, Handler>>(handlers: H): Ask<H> {
  return async (name, args, options = {}) => {
    const { signal, onProgress } = options;
    const context: RequestContext = { ...(onProgress && { onProgress }), ...(signal && { signal }) };
    try {
      const handler = handlers[name] as (args: unknown, context: RequestContext) => Promise<unknown>;
      return (await handler(args, context)) as ReplyOf<H, typeof name>;
    } catch (error) {
      throw signal?.aborted ? abortReason(signal) : reviveError(serialiseError(error));
    }
  };
}
