// The embed's list of sources: per figure, who said it, the outlet that reported it and when, in the compare page's order.
import type { ComparedClaim } from '../analysis-types';
import { figureAsSaid } from '../figure-text';
import { claimDate } from '../grouping';
import { sourceName, type DatasetIndex } from '../lookups';

/** One figure as the embed credits it. */
export interface SourceLine {
  claimId: string;
  /** The figure's label on the chart ("Syrian Observatory (2)"). */
  label: string;
  claimant: string;
  outlet: string;
  /** "stated 2016-03-27", "reported 2016-03-28" (the article's date when the claim gives none), or "date unknown". */
  when: string;
  asSaid: string;
}

/** The source lines of a group's entries, in the order given; an entry whose claim the index lacks is left out. */
export function sourceLines(
  entries: readonly { claimId: string; original: ComparedClaim['original'] | null }[],
  index: DatasetIndex,
  labels: ReadonlyMap<string, string>,
): SourceLine[] {
  return entries.flatMap((entry) => {
    const claim = index.claims.get(entry.claimId);
    if (!claim) return [];
    const date = claimDate(claim, index.articles);
    const claimant = sourceName(index.sources, claim.claimantId);
    return [
      {
        claimId: claim.id,
        label: labels.get(claim.id) ?? claimant,
        claimant,
        outlet: sourceName(index.sources, claim.outletId),
        when: date ? `${date.basis === 'stated' ? 'stated' : 'reported'} ${date.date}` : 'date unknown',
        asSaid: figureAsSaid(claim, index.measures.get(claim.measureId), entry.original),
      },
    ];
  });
}
