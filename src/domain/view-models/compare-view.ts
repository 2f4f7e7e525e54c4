// The compare view's model, shared by the full page and its embed: sections in reading order, the chart drawn in that
// order with a label and a tooltip per mark, and each figure's status.
import type { ComparisonGroup } from '../analysis-types';
import { entryStatuses, toChartRows, withTips, type ChartModel, type RowStatus } from '../chart-rows';
import { claimantName, type DatasetIndex } from '../lookups';
import { claimLabels } from './claim-labels';
import { sectionsOf, type CompareSection } from './compare-sections';
import { rangeRowTip } from './mark-tip';

export interface CompareViewModel {
  sections: CompareSection[];
  /** The group with its entries in the sections' order: the chart follows the reading order of the list below it. */
  ordered: ComparisonGroup;
  /** Each claim's label: its claimant, told apart when one claimant gave several figures. */
  labels: Map<string, string>;
  chart: ChartModel;
  statuses: Map<string, RowStatus>;
}

/** The compare view of `group`, its figures grouped by source or by date. */
export function compareViewModel(group: ComparisonGroup, by: 'source' | 'date', index: DatasetIndex): CompareViewModel {
  const sections = sectionsOf(group, by, index);
  const ordered = { ...group, entries: sections.flatMap((s) => s.entries) };
  const labels = claimLabels(group.entries, index);
  const chart = withTips(
    toChartRows(ordered, (id) => labels.get(id) ?? claimantName(index, id)),
    rangeRowTip(index),
  );
  return { sections, ordered, labels, chart, statuses: entryStatuses(group) };
}
