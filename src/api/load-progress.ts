// What the dataset loader is doing now, for the loading indicator; a tiny store outside React.
import { useSyncExternalStore } from 'react';
import type { LoadProgress } from '../service/progress';

export type { LoadProgress } from '../service/progress';

let current: LoadProgress | null = null;
const listeners = new Set<() => void>();

/** Publishes the loader's stage; null when idle. */
export function setLoadProgress(next: LoadProgress | null): void {
  current = next;
  listeners.forEach((l) => l());
}

/** Clears the stage, if it is still `reported`: a request that ends clears its own report, never one another request
 * made since (or one that it never made). */
export function clearLoadProgress(reported: LoadProgress | null): void {
  if (reported !== null && current === reported) setLoadProgress(null);
}

/** The loader's current stage, re-rendering when it changes. */
export function useLoadProgress(): LoadProgress | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
    () => null,
  );
}
