// The timeline page's models, made where the records are: the page receives the charts and the rows it prints, never the
// claims themselves (at 200,000 claims the records, their index and the sorting were most of the page's work).
import { readableDate } from '../comparability';
import type { ControlEvent } from '../events';
import { sourceName, type DatasetIndex } from '../lookups';
import type { Claim } from '../schema';
import { defaultMeasure, measureChoices, measureDateChart, type DateChartModel } from './date-chart';
import { timelineDateText } from './timeline-table';
import { toTimeline, type TimelineModel } from './timeline-rows';

/** One row of "Every claim in date order", as printed. */
export interface TimelineRow {
  claimId: string;
  /** The stated day, else the report's date, said to be so. */
  date: string;
  inferred: boolean;
  source: string;
  asWritten: string;
  measure: string;
  /** "2016-03-09 to 2016-03-22", or null when the claim covers no period. */
  period: string | null;
}

/** The "Who spoke when" tab: small, and asked again when the changes of control arrive (the rows are asked apart). */
export interface TimelineView {
  claimCount: number;
  /** The changes of control reported by this dataset's own articles. */
  events: ControlEvent[];
  /** One lane per source: points at the day stated, bars for the period covered. */
  chart: TimelineModel;
}

/** One figure of the per-measure table, as printed. */
export interface MeasureRow {
  claimId: string;
  date: string;
  source: string;
  asWritten: string;
  /** The figure as read on the chart's footing. */
  readAs: string;
}

/** The "How the figures moved" tab: the measures to choose from, and the one shown with its chart and its table. */
export interface MeasureTimelineView {
  choices: { id: string; label: string; count: number }[];
  /** The measure asked for has no figures here (no such measure, or the filters leave none). */
  unknown: boolean;
  /** The measure asked for, or the busiest when none was asked or the one asked has no figures; null with no figures at all. */
  shown: { measure: { id: string; label: string }; chart: DateChartModel; rows: MeasureRow[] } | null;
}

/** The changes of control that `index`'s own articles report: an empty workspace shows none of the published ones. */
export function ownEvents(events: readonly ControlEvent[], index: Pick<DatasetIndex, 'articles'>): ControlEvent[] {
  return events.filter((e) => index.articles.has(e.articleId));
}

/** The "Who spoke when" tab for `claims` (already filtered) with `events` (every published change of control). */
export function timelineView(claims: readonly Claim[], index: DatasetIndex, events: readonly ControlEvent[]): TimelineView {
  const own = ownEvents(events, index);
  return { claimCount: claims.length, events: own, chart: toTimeline(claims, index, own) };
}

/** "Every claim in date order" is asked for in blocks of this many rows: scrolling within a block asks for nothing new. */
export const TIMELINE_ROW_BLOCK = 100;

/** Rows `start` up to `end` (excluded) of "Every claim in date order", and how many rows the table has. */
export interface TimelineRowsWindow {
  total: number;
  start: number;
  rows: TimelineRow[];
}

/**
 * The rows `range` of "Every claim in date order" for `ordered`, claims already filtered and in the table's order
 * (`timelineTableOrder`), as the table prints them; a range past the end gives the rows there are.
 *
 * Worked example: two claims, one stated 2016-03-18 and one with no date in a report of 2016-03-22, rows 0 to 100 →
 * total 2, both rows in that order, the second dated "not stated (reported 2016-03-22)".
 */
export function timelineRowsWindow(
  ordered: readonly Claim[],
  index: DatasetIndex,
  range: { start: number; end: number },
): TimelineRowsWindow {
  const rows = ordered.slice(range.start, range.end).map((c): TimelineRow => ({
    claimId: c.id,
    date: timelineDateText(c, index.articles.get(c.articleId)),
    inferred: c.statedOnInferred,
    source: sourceName(index.sources, c.claimantId),
    asWritten: c.value.asWritten,
    measure: index.measures.get(c.measureId)?.label ?? c.measureId,
    period: c.period ? `${c.period.from} to ${c.period.to}` : null,
  }));
  return { total: ordered.length, start: range.start, rows };
}

/** The per-measure tab for the measure `asked` (from the address; null when none was asked). */
export function measureTimelineView(
  claims: readonly Claim[],
  index: DatasetIndex,
  events: readonly ControlEvent[],
  asked: string | null,
): MeasureTimelineView {
  const choices = measureChoices(claims, index);
  const unknown = asked !== null && !choices.some((c) => c.id === asked);
  const measureId = asked !== null && !unknown ? asked : defaultMeasure(choices);
  const measure = measureId === null ? undefined : index.measures.get(measureId);
  if (!measure) return { choices, unknown, shown: null };
  const chart = measureDateChart(claims, measure, index, ownEvents(events, index));
  const rows = chart.marks.map((m): MeasureRow => ({
    claimId: m.claimId,
    date: m.hollow ? `${readableDate(m.date)}, date of the report (when it was said is not stated)` : readableDate(m.date),
    source: m.label,
    asWritten: index.claims.get(m.claimId)?.value.asWritten ?? m.valueText,
    readAs: m.text,
  }));
  return { choices, unknown, shown: { measure: { id: measure.id, label: measure.label }, chart, rows } };
}
