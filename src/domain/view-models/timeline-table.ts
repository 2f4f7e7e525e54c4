// The timeline's table of every claim, in the order of the date it shows.
import { compareStrings } from '../compare-strings';
import { articleDate, articleDateText } from '../article-date';
import type { Article, Claim } from '../schema';

type Dated = Pick<Article, 'publishedAt'> & { accessedOn?: string | null };

/** The date the table sorts a claim by: stated, else its report's date (an undated report's access date); with neither, after every date. */
function shownDate(claim: Claim, articles: ReadonlyMap<string, Dated>): string {
  const article = articles.get(claim.articleId);
  return claim.statedOn ?? (article ? articleDate(article).date || '9999' : '9999');
}

/** Claims by the date the table shows (stated, else reported; neither last), then claimant id, then claim id; ISO dates and ids order as plain strings, far faster than localeCompare on 200,000 rows. */
export function timelineTableOrder(claims: readonly Claim[], articles: ReadonlyMap<string, Dated>): Claim[] {
  return [...claims].sort(
    (a, b) =>
      compareStrings(shownDate(a, articles), shownDate(b, articles)) ||
      compareStrings(a.claimantId, b.claimantId) ||
      compareStrings(a.id, b.id),
  );
}

/** The table's date cell: the stated day, else the report's date, an undated report said to be so (its access date is not a claim date). */
export function timelineDateText(claim: Claim, article: Dated | undefined): string {
  if (claim.statedOn) return claim.statedOn;
  if (!article) return 'not stated (reported on an unknown date)';
  return article.publishedAt !== null
    ? `not stated (reported ${article.publishedAt})`
    : `not stated (report has ${articleDateText(article)})`;
}
