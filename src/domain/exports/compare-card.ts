// A comparison's shareable card as the compare page shows it, with no page at hand: the same reading order, names, chart
// rows and verdict headline, for the build's link previews.
import type { ComparisonGroup } from '../analysis-types';
import { toChartRows, type ChartModel } from '../chart-rows';
import { claimantName, type DatasetIndex } from '../lookups';
import { claimLabels } from '../view-models/claim-labels';
import { sectionsOf } from '../view-models/compare-sections';
import { verdictOf } from '../view-models/verdict';
import type { ChartImageContent } from './chart-image';
import { chartImageContent } from './chart-image-content';

export interface CompareCard {
  content: ChartImageContent;
  model: ChartModel;
}

/** The card of `group` in the page's reading order (by source unless told), pointing at `permalink`. */
export function compareCard(group: ComparisonGroup, index: DatasetIndex, permalink: string, by: 'source' | 'date' = 'source'): CompareCard {
  const ordered = { ...group, entries: sectionsOf(group, by, index).flatMap((s) => s.entries) };
  const labels = claimLabels(group.entries, index);
  const labelOf = (id: string) => labels.get(id) ?? claimantName(index, id);
  const model = toChartRows(ordered, labelOf);
  const headline = verdictOf(group, index).headline;
  return { content: chartImageContent(ordered, index, headline, labelOf, permalink), model };
}
