import pMap from 'p-map';
import { fetchText } from './http';

// Its own module: only the worker fetches many files, so p-map stays off the page's first load.

/** Text files downloaded at the same time by fetchTexts. */
export const TEXTS_AT_ONCE = 8;

/** Several text files, by name, a few at a time: thousands of requests at once (the article texts of a large dataset)
 * failed outright rather than wait their turn. */
export async function fetchTexts(paths: readonly string[], signal?: AbortSignal): Promise<Map<string, string>> {
  const texts = await pMap(paths, async (path) => [path, await fetchText(path, signal)] as const, {
    concurrency: TEXTS_AT_ONCE,
    ...(signal && { signal }),
  });
  return new Map(texts);
}
