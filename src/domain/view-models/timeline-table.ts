// The timeline's table of every claim, in the order of the date it shows.
import { compareStrings } from '../compare-strings';
import type { Claim } from '../schema';

/** The date the table shows for a claim: stated, else its report's date; with neither it sorts after every date. */
function shownDate(claim: Claim, articles: ReadonlyMap<string, { publishedAt: string }>): string {
  return claim.statedOn ?? articles.get(claim.articleId)?.publishedAt ?? '9999';
}

/** Claims by the date the table shows (stated, else reported; neither last), then claimant id, then claim id; ISO dates and ids order as plain strings, far faster than localeCompare on 200,000 rows. */
export function timelineTableOrder(claims: readonly Claim[], articles: ReadonlyMap<string, { publishedAt: string }>): Claim[] {
  return [...claims].sort(
    (a, b) =>
      compareStrings(shownDate(a, articles), shownDate(b, articles)) ||
      compareStrings(a.claimantId, b.claimantId) ||
      compareStrings(a.id, b.id),
  );
}
