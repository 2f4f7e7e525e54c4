/** The part of a query result the loading states need (pending, failed perhaps with older data, or ready); a TanStack Query result fits it. */
export type QueryLike<T> = (
  | { isPending: true; isError: false; isFetching: boolean; error: unknown; data: undefined; refetch: () => unknown }
  | { isPending: false; isError: true; isFetching: boolean; error: unknown; data: T | undefined; refetch: () => unknown }
  | { isPending: false; isError: false; isFetching: boolean; error: unknown; data: T; refetch: () => unknown }
) & {
  /** Abandons a request still in flight and starts again; refetch alone would wait on the hung request. */
  restart?: () => unknown;
  /** True when the data comes from this browser (a workspace in IndexedDB), so slowness is not the network's. */
  local?: boolean;
};

/** The query with a `restart` of its own, as a new object over it: TanStack's results are not ours to change, and reads
 * still go through to the result (so TanStack still sees which fields a view uses). */
export function withRestart<Q extends object>(query: Q, restart: () => unknown): Q & { restart: () => unknown } {
  return Object.create(query, { restart: { value: restart, enumerable: true } }) as Q & { restart: () => unknown };
}
