// What a comparison's image says, from the group as the view shows it: the same words as the page.
import type { ComparisonGroup } from '../analysis-types';
import { figureAsSaid } from '../figure-text';
import { sourceName, type DatasetIndex } from '../lookups';
import type { ChartImageContent } from './chart-image';

/** The image's text for a group: each figure as said with its claimant (`labelOf`), outlets with their dates, and each reading of a vague word once. */
export function chartImageContent(
  group: ComparisonGroup,
  index: DatasetIndex,
  headline: string,
  labelOf: (claimId: string) => string,
  permalink: string,
): ChartImageContent {
  const figures: string[] = [];
  const outlets = new Map<string, Set<string>>();
  const notes = new Set<string>();
  for (const entry of group.entries) {
    const claim = index.claims.get(entry.claimId);
    if (!claim) continue;
    figures.push(`${labelOf(entry.claimId)}: ${figureAsSaid(claim, index.measures.get(claim.measureId), entry.original)}`);
    const article = index.articles.get(claim.articleId);
    const outlet = sourceName(index.sources, claim.outletId);
    const dates = outlets.get(outlet) ?? new Set<string>();
    // An undated article is cited as citations write it, "n.d.", never by the day it was read.
    if (article) dates.add(article.publishedAt ?? 'n.d.');
    outlets.set(outlet, dates);
    if (entry.interpretation) notes.add(`${entry.interpretation.reading}.`.replace(/\.\.$/, '.'));
  }
  const sourceLine = [...outlets]
    .map(([outlet, dates]) => (dates.size > 0 ? `${outlet} (${[...dates].sort().join(', ')})` : outlet))
    .join('; ');
  return { title: group.label, verdict: headline, figures, sourceLine, notes: [...notes], permalink };
}
