// Proposed figures of an article text. The finder carries a ~120 KB gzip number recogniser, so it is imported on demand:
// it stays off the first load and off every other route.
import { queryOptions } from '@tanstack/react-query';
import type { FigureCandidate } from '../../domain/figure-finder';
import type { ArticleDesk } from '../../domain/view-models/article-desk';
import type { Article } from '../../domain/schema';
import type { ClaimSuggestion } from '../../domain/suggest/suggest-claim';
import { fnv1a } from '../../domain/fnv1a';

/** A cheap fingerprint of the text (FNV-1a over UTF-16 units, plus the length), so the key changes whenever the text does. */
function textKey(text: string): string {
  return `${text.length}:${fnv1a(text).toString(36)}`;
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

/** The suggesters, loaded once: they carry chrono-node, so they come with the review table, never on the first load. */
async function loadSuggesters() {
  const [{ suggestClaims }, { articleLanguage }] = await Promise.all([
    import('../../domain/suggest/suggest-claim'),
    import('../../domain/finder-languages'),
  ]);
  return { suggestClaims, articleLanguage };
}

export type Suggesters = Awaited<ReturnType<typeof loadSuggesters>>;

export const suggesterQueries = {
  all: ['suggesters'] as const,
  code: () => queryOptions({ queryKey: [...suggesterQueries.all, 'code'] as const, queryFn: loadSuggesters, staleTime: Infinity }),
};

/** What each proposed figure of the article would become, with why, read against the workspace as it stands. */
export function suggestFor(
  { suggestClaims, articleLanguage }: Suggesters,
  {
    text,
    article,
    desk,
    candidates,
    place,
  }: { text: string; article: Article; desk: ArticleDesk; candidates: readonly FigureCandidate[]; place: string },
): ClaimSuggestion[] {
  return suggestClaims(candidates, {
    text,
    articleId: article.id,
    outletId: article.outlet,
    articleDate: article.publishedAt,
    language: articleLanguage(article.language, text),
    sources: desk.records.sources,
    measures: desk.records.measures,
    claims: desk.records.claims,
    measureWords: desk.measureWords,
    place,
  });
}
