// An article's one date: when it was published, or, when no date is printed, the day it was read. Every view that sorts or
// shows articles by date asks here, so an undated article is never shown as if its access date were its publication date.
import { readableDate } from './comparability';
import type { Article } from './schema';

// accessedOn optional, so callers that only know publication dates need not invent one.
type Dated = Pick<Article, 'publishedAt'> & { accessedOn?: string | null };

export interface ArticleDate {
  /** ISO date; '' only for an undated article without an access date, which the schema refuses. */
  date: string;
  /** 'published' for a printed (or inferred) publication date, 'accessed' when no date is printed. */
  basis: 'published' | 'accessed';
}

/** The date an article sorts by: its publication date, else the day it was read. */
export function articleDate(article: Dated): ArticleDate {
  if (article.publishedAt !== null) return { date: article.publishedAt, basis: 'published' };
  return { date: article.accessedOn ?? '', basis: 'accessed' };
}

/** The date as shown beside an article: "2016-03-23", or "no date printed; accessed 5 January 2026". */
export function articleDateText(article: Dated): string {
  const { date, basis } = articleDate(article);
  if (basis === 'published') return date;
  return date === '' ? 'no date printed' : `no date printed; accessed ${readableDate(date)}`;
}

/** Latest first, undated articles by the day they were read; ties keep their order. */
export function compareArticlesNewestFirst(a: Dated, b: Dated): number {
  const da = articleDate(a).date;
  const db = articleDate(b).date;
  return da < db ? 1 : da > db ? -1 : 0;
}
