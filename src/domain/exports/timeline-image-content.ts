// What the timeline's image says: how many figures from how many sources over which dates, each figure with its claimant
// and date, the outlets with their dates, and how to read the marks, in the timeline's own words.
import { figureAsSaid } from '../figure-text';
import { claimDate } from '../grouping';
import { sourceName, type DatasetIndex } from '../lookups';
import type { Claim } from '../schema';
import type { ChartImageContent } from './chart-image';

export const TIMELINE_TITLE = 'Timeline: how the accounts moved';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The timeline card's words for `claims` in the order the page lists them, with `eventCount` changes of control drawn. */
export function timelineImageContent(
  claims: readonly Claim[],
  index: DatasetIndex,
  eventCount: number,
  permalink: string,
): ChartImageContent {
  const dated = claims.flatMap((claim) => {
    const when = claimDate(claim, index.articles);
    return when ? [{ claim, when }] : [];
  });
  const dates = dated.map((d) => d.when.date).sort();
  const sources = new Set(claims.map((c) => c.claimantId));
  const measures = new Set(claims.map((c) => c.measureId));
  const [first, last] = [dates[0], dates[dates.length - 1]];
  // "Dated", not "stated": a figure that gives no date sits at its report's.
  const span = first && last ? (first === last ? `, dated ${first}` : `, dated ${first} to ${last}`) : '';
  const events = eventCount > 0 ? ` ${plural(eventCount, 'change', 'changes')} of control marked.` : '';
  const verdict = `${plural(claims.length, 'figure', 'figures')} from ${plural(sources.size, 'source', 'sources')} on ${plural(measures.size, 'measure', 'measures')}${span}.${events}`;
  const figures = dated.map(({ claim, when }) => {
    const measure = index.measures.get(claim.measureId);
    const said = figureAsSaid(claim, measure);
    return `${when.date}, ${sourceName(index.sources, claim.claimantId)}: ${said}${measure ? ` (${measure.label})` : ''}`;
  });
  const outlets = new Map<string, string[]>();
  for (const claim of claims) {
    const article = index.articles.get(claim.articleId);
    const outlet = sourceName(index.sources, claim.outletId);
    // An undated article is cited as "n.d.", after the dates, never by the day it was read.
    outlets.set(outlet, [...(outlets.get(outlet) ?? []), ...(article ? [article.publishedAt ?? 'n.d.'] : [])]);
  }
  const sourceLine = [...outlets]
    .map(([outlet, all]) => {
      const dated = [...new Set(all)].filter((d) => d !== 'n.d.').sort();
      const range = dated.length === 0 ? [] : dated.length <= 2 ? [dated.join(', ')] : [`${dated[0]} to ${dated[dated.length - 1]}`];
      const parts = all.includes('n.d.') ? [...range, 'n.d.'] : range;
      return parts.length === 0 ? outlet : `${outlet} (${parts.join(', ')})`;
    })
    .join('; ');
  const notes = [
    'Filled marks: the day a figure was stated. Hollow marks: the date of the report, when the figure does not say when it was stated. Bars: the period it covers.',
  ];
  return { title: TIMELINE_TITLE, verdict, figures, sourceLine, notes, permalink };
}
