// The published dataset's files, asked for as the dataset worker starts: its entry is small, so the downloads run while
// the rest of its code (engine, validation, storage) loads, instead of after. The first request for a file takes its
// download; any later one fetches again.
import { CHECKED_FILE, FIRST_VIEW_FILE } from '../domain/checked-files-name';

/** The files a load of the published dataset reads, in the order it asks for them. */
export const PUBLISHED_FILES = [CHECKED_FILE, FIRST_VIEW_FILE, 'articles.json', 'sources.json', 'measures.json', 'claims.json'] as const;

/** The worker's name when the page starts it to show the published dataset (not a workspace). */
export const PUBLISHED_WORKER = 'dataset:published';

/** Where the built page's first script leaves the worker it started (scripts/vite-plugin-early-worker.ts) for the app. */
export const EARLY_WORKER_GLOBAL = '__corroborateWorker';

/**
 * Whether a page at this address shows the published dataset, so its worker should download it at once: not a workspace's
 * (?ws=), nor the workbench, which shows none. The build also writes it into index.html as text, so it uses nothing else.
 */
export function showsPublished(search: string, pathname: string): boolean {
  return !new URLSearchParams(search).has('ws') && !/\/workbench(\/|$)/.test(pathname);
}

const started = new Map<string, Promise<Response>>();

/** Starts downloading each of `urls`; a failure is left for the request that takes it. */
export function startDownloads(urls: readonly string[]): void {
  for (const url of urls) {
    const download = fetch(url);
    download.catch(() => undefined);
    started.set(url, download);
  }
}

/** The download already under way for `url`, taken (a second request fetches again), or undefined. */
export function takeDownload(url: string): Promise<Response> | undefined {
  const download = started.get(url);
  started.delete(url);
  return download;
}
