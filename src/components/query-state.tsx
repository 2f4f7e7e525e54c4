import type { ReactNode } from 'react';

function errorLines(error: unknown): { message: string; details: string[] } {
  if (error instanceof Error) {
    const details = 'details' in error && Array.isArray(error.details) ? (error.details as string[]) : [];
    return { message: error.message, details };
  }
  return { message: String(error), details: [] };
}

/** The part of a query result these states need; a TanStack Query result fits it. */
export type QueryLike<T> =
  | { isPending: true; isError: false; isFetching: boolean; error: unknown; data: undefined; refetch: () => unknown }
  | { isPending: false; isError: true; isFetching: boolean; error: unknown; data: T | undefined; refetch: () => unknown }
  | { isPending: false; isError: false; isFetching: boolean; error: unknown; data: T; refetch: () => unknown };

/** Loading, error-with-retry and ready states for one query; never renders blank. */
export function QueryState<T>({
  query,
  what,
  progress,
  children,
}: {
  query: QueryLike<T>;
  what: string;
  /** What the loader is doing now, shown while loading. */
  progress?: string | null;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) {
    return (
      <p role="status" className="state state-loading">
        <span className="spinner" aria-hidden="true" /> {progress ?? `Loading ${what}…`}
      </p>
    );
  }
  if (query.isError) {
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
