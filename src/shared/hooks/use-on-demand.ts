import { useEffect, useRef, useState } from 'react';

/** What code loaded on demand is: not asked for, on its way, failed, or loaded. */
export type OnDemand<T> = { status: 'idle' | 'loading' | 'failed' } | { status: 'loaded'; code: T };

/**
 * Code kept off the page's first load, fetched once `wanted` turns true and kept from then on. `load` must be the same
 * function on every render (a module's own `() => import(…)`). A failed download stays failed: browsers remember a failed
 * `import()` until the page reloads, so only a reload tries again (`ReloadNotice`).
 */
export function useOnDemand<T>(load: () => Promise<T>, wanted: boolean): OnDemand<T> {
  const [settled, setSettled] = useState<OnDemand<T> | null>(null);
  // One download per component, however often the effect runs (twice in React's strict mode).
  const started = useRef(false);
  useEffect(() => {
    if (!wanted || started.current) return;
    started.current = true;
    load().then(
      (code) => setSettled({ status: 'loaded', code }),
      () => setSettled({ status: 'failed' }),
    );
  }, [wanted, load]);
  return settled ?? { status: wanted ? 'loading' : 'idle' };
}
