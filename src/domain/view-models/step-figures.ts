// What a compare step of a story shows, from the comparison's data at the stage the class has reached: the data is blinded
// first (blind.ts), so every part drawn from it (labels, chart, headline, figure list) hides the same things.
import { articleDateText } from '../article-date';
import { blindCompareData, type BlindLevel, type CompareData } from '../blind';
import { toChartRows, type ChartModel } from '../chart-rows';
import type { ControlEvent } from '../events';
import { figureAsSaid, footingNote } from '../figure-text';
import { indexDataset } from '../lookups';
import type { Visibility } from '../story-steps';
import { claimLabels } from './claim-labels';
import { verdictOf, type WhyItem } from './verdict';
import { WHY_LABELS } from './why-labels';

export interface StepFigure {
  claimId: string;
  /** "Source A" while the sources are hidden, else the claimant's name (told apart when one source gave two figures). */
  label: string;
  /** "activist group, Syrian opposition"; null while hidden. */
  stance: string | null;
  asSaid: string;
  /** How the figure was put on the comparison's footing, if it was converted. */
  footing: string | null;
  /** The verbatim quote and where it was printed; null until the quotes are revealed. */
  quote: { text: string; article: string; outlet: string; date: string } | null;
}

export interface StepFigures {
  title: string;
  headline: string;
  chart: ChartModel;
  chartTitle: string;
  figures: StepFigure[];
  /** "Why they may differ", with each reason's heading; empty until that reveal. */
  why: (WhyItem & { heading: string })[];
}

/** How much a stage hides: sources hidden hides everything that could name them; then the quotes and articles; then nothing. */
export function blindLevelOf(visibility: Pick<Visibility, 'sources' | 'quotes'>): BlindLevel {
  return !visibility.sources ? 'sources' : !visibility.quotes ? 'quotes' : 'none';
}

const byClaimId = (a: { claimId: string }, b: { claimId: string }) => a.claimId.localeCompare(b.claimId, 'en', { numeric: true });

/** The step's figures at this stage, or null when the filters leave no claim on the measure; listed by claim id, so A comes first. */
export function stepFigures(data: CompareData, visibility: Visibility, events: readonly ControlEvent[]): StepFigures | null {
  const shown = blindCompareData(data, blindLevelOf(visibility));
  if (!shown.group || !data.group) return null;
  const group = { ...shown.group, entries: [...shown.group.entries].sort(byClaimId) };
  const index = indexDataset(shown.dataset);
  const labels = claimLabels(group.entries, index);
  const labelOf = (id: string) => labels.get(id) ?? id;
  const figures = group.entries.flatMap((entry): StepFigure[] => {
    const claim = index.claims.get(entry.claimId);
    if (!claim) return [];
    const source = index.sources.get(claim.claimantId);
    const article = index.articles.get(claim.articleId);
    const outlets = [claim.outletId, ...claim.via].map((id) => index.sources.get(id)?.name ?? id);
    return [
      {
        claimId: claim.id,
        label: labelOf(claim.id),
        stance: visibility.sources && source ? `${source.kind}, ${source.alignment}` : null,
        asSaid: figureAsSaid(claim, index.measures.get(claim.measureId), entry.original),
        footing: entry.cannotNormalise ? null : footingNote(entry, claim, group.per === 'day'),
        quote:
          visibility.quotes && article
            ? { text: claim.quote, article: article.title, outlet: outlets.join(' via '), date: articleDateText(article) }
            : null,
      },
    ];
  });
  // The reasons name sources and quote the articles: they come from the data as it is, and only at their reveal.
  const why = visibility.why ? verdictOf(data.group, indexDataset(data.dataset), events).why : [];
  return {
    title: group.label,
    headline: verdictOf(group, index, events).headline,
    chart: toChartRows(group, labelOf),
    chartTitle: `${group.label}, one bar per figure. ${group.summary}`,
    figures,
    why: why.map((w) => ({ ...w, heading: WHY_LABELS[w.kind] })),
  };
}
