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
