// Proposed figures of an article text. The finder carries a ~120 KB gzip number recogniser, so it is imported on demand:
// it stays off the first load and off every other route.
import { queryOptions } from '@tanstack/react-query';
import type { FigureCandidate } from '../../domain/figure-finder';

/** A cheap fingerprint of the text (FNV-1a over UTF-16 units, plus the length), so the key changes whenever the text does. */
function textKey(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}

async function findIn(text: string): Promise<FigureCandidate[]> {
  const { findFigures } = await import('../../domain/figure-finder');
  return findFigures(text);
}

export const figureQueries = {
  all: ['figures'] as const,
  details: () => [...figureQueries.all, 'detail'] as const,
  /** The finder's candidates for one text; a text never changes under its key, so the result never goes stale. */
  detail: (text: string) =>
    queryOptions({
      queryKey: [...figureQueries.details(), textKey(text)] as const,
      queryFn: () => findIn(text),
      staleTime: Infinity,
    }),
};
