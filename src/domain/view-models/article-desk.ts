// What one article's editor works from: the article, its own claims, every source and measure (the forms' choices and
// the checks of a new one), and the words the measure suggester learns from the other articles' quotes.
import type { Article, Dataset } from '../schema';
import { wordsByMeasure } from '../suggest/measure';

export interface ArticleDesk {
  /** Null when the records have no article with this id. */
  article: Article | null;
  /** The article, its claims, and every source and measure; no other article or claim. */
  records: Dataset;
  /** The stemmed words of the other articles' quotes, by measure. */
  measureWords: Map<string, Set<string>>;
}

/**
 * One article's desk from the whole records.
 *
 * articleDesk({ articles: [a1, a2], claims: [c1 (a1), c2 (a2)], sources, measures }, 'a1')
 *   → { article: a1, records: { articles: [a1], claims: [c1], sources, measures }, measureWords: words of c2 }
 */
export function articleDesk(dataset: Dataset, articleId: string): ArticleDesk {
  const own = dataset.claims.filter((c) => c.articleId === articleId);
  const article = dataset.articles.find((a) => a.id === articleId) ?? null;
  return {
    article,
    records: { articles: article ? [article] : [], sources: dataset.sources, measures: dataset.measures, claims: own },
    measureWords: wordsByMeasure(dataset.claims.filter((c) => c.articleId !== articleId)),
  };
}
