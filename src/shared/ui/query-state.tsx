import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { QueryLike } from '../../api/query-like';

export type { QueryLike } from '../../api/query-like';

function errorLines(error: unknown): { message: string; details: string[] } {
  if (error instanceof Error) {
    const details = 'details' in error && Array.isArray(error.details) ? (error.details as string[]) : [];
    return { message: error.message, details };
  }
  return { message: String(error), details: [] };
}

/** After this long a load is reported as slow, with a way to start it again. */
export const SLOW_AFTER_MS = 10_000;

/** How long a load may take before it is reported as slow; tests of hung requests shorten it rather than wait ten seconds. */
export const SlowAfterContext = createContext(SLOW_AFTER_MS);

function Loading({
  what,
  progress,
  local,
  onRetry,
}: {
  what: string;
  progress: string | null | undefined;
  local: boolean;
  onRetry: () => unknown;
}) {
  const [slow, setSlow] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const slowAfter = useContext(SlowAfterContext);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), slowAfter);
    return () => clearTimeout(timer);
  }, [attempt, slowAfter]);
  if (!slow) {
    return (
      <p role="status" className="state state-loading">
        <span className="spinner" aria-hidden="true" /> {progress ?? `Loading ${what}…`}
      </p>
    );
  }
  return (
    <div role="alert" className="state state-error">
      <h2>Loading {what} is taking longer than it should</h2>
      {local ? (
        <p>
          {progress ?? 'Still reading from this browser’s storage.'} Workspaces are kept in this browser, not on a server: a very large one
          takes a while to read, or another tab may be busy with the storage. You can keep waiting or start again.
        </p>
      ) : (
        <p>
          {progress ?? 'Still waiting for the server.'} The connection may be slow or the server may not be answering. You can keep waiting
          or start again.
        </p>
      )}
      <button
        type="button"
        onClick={() => {
          // Start the clock again: the new attempt gets its own ten seconds.
          setSlow(false);
          setAttempt((a) => a + 1);
          void onRetry();
        }}
      >
        Retry
      </button>
    </div>
  );
}

/** A query's error, with its details and a retry: what "Could not load …" says wherever a part of a view failed. */
export function QueryError({ query, what }: { query: Pick<QueryLike<unknown>, 'error' | 'refetch' | 'isFetching'>; what: string }) {
  const { message, details } = errorLines(query.error);
  return (
    <div role="alert" className="state state-error">
      <h2>Could not load {what}</h2>
      <p>{message}</p>
      {details.length > 0 && (
        <ul className="error-details">
          {details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => void query.refetch()} disabled={query.isFetching}>
        {query.isFetching ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}

/** Loading, error-with-retry and ready states for one query; never renders blank. */
export function QueryState<T>({
  query,
  what,
  progress,
  local,
  children,
}: {
  query: QueryLike<T>;
  what: string;
  /** The data is read from this browser's storage (see QueryLike.local); either says so. */
  local?: boolean;
  /** What the loader is doing now, shown while loading. */
  progress?: string | null;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) {
    return <Loading what={what} progress={progress} local={local ?? query.local ?? false} onRetry={query.restart ?? query.refetch} />;
  }
  if (query.isError) return <QueryError query={query} what={what} />;
  return <>{children(query.data)}</>;
}

/** Shown when a view has nothing to draw, with what the user can do about it. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty" role="status">
      <h2>{title}</h2>
      {children}
    </div>
  );
}
