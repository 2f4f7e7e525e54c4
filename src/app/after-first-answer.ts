// Work the first view does not need waits until that view has its answer. The offline copy is a service worker that keeps
// every script of the app (about 0.8 MB): registered at the page's load event, its downloads and caching ran while the
// dataset worker parsed, and the first view of a large dataset came later. The workspace store's code (Dexie, the record
// checks) was parsed while the first view was drawn.
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

/** Calls `run` once the first view has its answer: a query has settled and none is fetching. `whenIdle` defers it
 * further, to a moment the page has nothing to do. Returns a function that stops waiting. */
export function afterFirstAnswer(client: QueryClient, run: () => void, whenIdle: (run: () => void) => void = runWhenIdle): () => void {
  const cache = client.getQueryCache();
  let settled = false;
  let done = false;
  const unsubscribe = cache.subscribe((event) => {
    if (done) return;
    if (event.type === 'updated' && event.query.state.status !== 'pending') settled = true;
    if (!settled || client.isFetching() > 0) return;
    done = true;
    unsubscribe();
    whenIdle(run);
  });
  return () => {
    done = true;
    unsubscribe();
  };
}

/** Whether the first view has had its answer (`afterFirstAnswer`): what the page shows beside the view may wait for it. */
export function useFirstAnswered(): boolean {
  const client = useQueryClient();
  const [answered, setAnswered] = useState(false);
  useEffect(() => afterFirstAnswer(client, () => setAnswered(true)), [client]);
  return answered;
}

function runWhenIdle(run: () => void): void {
  // Safari has no requestIdleCallback; a task's turn still lets the answer's frame be drawn first.
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 5_000 });
  else window.setTimeout(run, 0);
}

/** Registers the build's service worker (sw.js, written by vite-plugin-pwa) for the app's base path. */
export function registerOfflineCopy(): void {
  if (!('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  // A failed registration costs only the offline copy: the app works as before, online.
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
}
