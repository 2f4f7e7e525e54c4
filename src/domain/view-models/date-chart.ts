// Figures against time: one mark per figure at the date it was stated (hollow at its report's date when that is all there
// is), from its low to its high bound on the value axis, with the changes of control of its place as vertical rules.
// One view model for the compare page grouped by date and for the timeline's per-measure view.
import type { ComparisonGroup, Interval } from '../analysis-types';
import { chartDomain, entryStatuses, sampleEntries, shortInterval, type RowStatus } from '../chart-rows';
import { readableDate } from '../comparability';
import { dayTime } from '../date-ticks';
import type { ControlEvent } from '../events';
import { formatInterval } from '../format';
import { claimDate } from '../grouping';
import { fromClaimValue } from '../interval';
import { sourceName, type DatasetIndex } from '../lookups';
import type { Claim, Measure } from '../schema';
import { markTipOf, STATUS_WORDS, tipLines, type MarkView } from './mark-tip';
import { eventConcerns } from './control-changes';

const DAY = 86_400_000;
/** Changes of control this close to the figures are drawn; further ones belong to another story. */
const EVENT_WINDOW = 31 * DAY;
/** Above this many figures the chart draws a sample that keeps the extremes; the list beside it has them all. */
const MAX_MARKS = 200;

export interface DateMark extends MarkView {
  claimId: string;
  /** Who gave the figure. */
  label: string;
  /** UTC midnight of `date`. */
  time: number;
  date: string;
  /** True when the figure does not say when it was given, so it sits at its report's date. */
  hollow: boolean;
  /** Drawn ends on the value axis; an open end is clipped to the axis and drawn as open. */
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
  soft: boolean;
  point: boolean;
  /** How it stands against the other sources, on the compare page; null where no comparison was made. */
  status: RowStatus | null;
  /** The figure in the axis's unit ("more than 64 raids a day"). */
  text: string;
  /** The figure in a few characters ("> 64"). */
  valueText: string;
}

export interface DateRule {
  id: string;
  time: number;
  date: string;
  label: string;
}

export interface DateChartModel {
  marks: DateMark[];
  /** Time span of the axis, UTC milliseconds, with room either side. */
  domain: [number, number];
  valueDomain: [number, number];
  unit: string;
  /** Changes of control of the figures' place within a month of them, oldest first. */
  events: DateRule[];
  /** Where the specific figures agree, on the value axis. */
  consensus: { low: number; high: number } | null;
  hollowCount: number;
  /** Figures with no date of any kind, or that cannot be drawn on this axis, with why. */
  notDrawn: { claimId: string; label: string; reason: string }[];
  /** True when the marks are a sample; `drawableCount` says of how many. */
  truncated: boolean;
  drawableCount: number;
}

/** One figure ready to place: who, what interval on the axis, when, and the tooltip's lines. */
interface FigureInput {
  claimId: string;
  label: string;
  interval: Interval;
  date: { date: string; basis: 'stated' | 'reported' } | null;
  status: RowStatus | null;
  place: string;
  lines: string[];
}

/** The date part of a mark's name: "said 22 March 2016", or "reported 23 March 2016 (when it was said is not stated)". */
function dateWords(date: string, hollow: boolean): string {
  return hollow ? `reported ${readableDate(date)} (when it was said is not stated)` : `said ${readableDate(date)}`;
}

function toDateChart(
  figures: readonly FigureInput[],
  unit: string,
  events: readonly ControlEvent[],
  consensus: Interval | null,
  notDrawn: DateChartModel['notDrawn'],
): DateChartModel {
  const dated = figures.filter((f) => f.date !== null);
  const undated = figures
    .filter((f) => f.date === null)
    .map((f) => ({ claimId: f.claimId, label: f.label, reason: 'no date stated and no date of the report' }));
  const shown = sampleEntries(dated, MAX_MARKS);
  const valueDomain = chartDomain(
    shown.map((f) => f.interval),
    unit,
  );
  const [v0, v1] = valueDomain;
  const marks = shown
    .map((f): DateMark => {
      const when = f.date ?? { date: '', basis: 'reported' as const };
      const iv = f.interval;
      const low = iv.low === null ? v0 : Math.max(v0, iv.low);
      const high = iv.high === null ? v1 : Math.min(v1, iv.high);
      const hollow = when.basis === 'reported';
      const text = formatInterval(iv, unit);
      const status = f.status === null ? '' : `. ${STATUS_WORDS[f.status]}`;
      return {
        claimId: f.claimId,
        label: f.label,
        time: dayTime(when.date),
        date: when.date,
        hollow,
        low,
        high: Math.max(low, high),
        lowOpen: iv.low === null,
        highOpen: iv.high === null,
        soft: iv.approximate,
        point: iv.low !== null && iv.low === iv.high,
        status: f.status,
        text,
        valueText: shortInterval(iv),
        name: `${f.label}, ${dateWords(when.date, hollow)}: ${text}${status}`,
        lines: f.lines,
      };
    })
    // Reading order is time order, so the arrow keys walk the chart from left to right.
    .sort((a, b) => a.time - b.time || a.label.localeCompare(b.label) || a.claimId.localeCompare(b.claimId));
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const m of marks) {
    min = Math.min(min, m.time);
    max = Math.max(max, m.time);
  }
  const places = new Set(shown.map((f) => f.place));
  const rules =
    marks.length === 0
      ? []
      : events
          .filter((e) => [...places].some((p) => eventConcerns(e, p)))
          .map((e) => ({ id: e.id, time: dayTime(e.date), date: e.date, label: e.label }))
          .filter((e) => e.time >= min - EVENT_WINDOW && e.time <= max + EVENT_WINDOW)
          .sort((a, b) => a.time - b.time || a.id.localeCompare(b.id));
  for (const e of rules) {
    min = Math.min(min, e.time);
    max = Math.max(max, e.time);
  }
  // Room either side so a mark at the first or last date is not drawn on the axis line.
  const pad = marks.length === 0 ? 0 : Math.max(3 * DAY, Math.round((max - min) * 0.06));
  const domain: [number, number] = marks.length === 0 ? [0, DAY] : [min - pad, max + pad];
  return {
    marks,
    domain,
    valueDomain,
    unit,
    events: rules,
    consensus:
      consensus === null
        ? null
        : {
            low: consensus.low === null ? v0 : Math.max(v0, consensus.low),
            high: consensus.high === null ? v1 : Math.min(v1, consensus.high),
          },
    hollowCount: marks.filter((m) => m.hollow).length,
    notDrawn: [...notDrawn, ...undated],
    truncated: shown.length < dated.length,
    drawableCount: dated.length,
  };
}

/** The compare page's figures against time, on the group's footing, each with its status and tooltip; `labelOf` names each figure. */
export function compareDateChart(
  group: ComparisonGroup,
  index: DatasetIndex,
  events: readonly ControlEvent[],
  labelOf: (claimId: string) => string,
): DateChartModel {
  const statuses = entryStatuses(group);
  const figures: FigureInput[] = [];
  const notDrawn: DateChartModel['notDrawn'] = [];
  for (const entry of group.entries) {
    const claim = index.claims.get(entry.claimId);
    if (!claim) continue;
    if (entry.cannotNormalise) {
      notDrawn.push({ claimId: claim.id, label: labelOf(claim.id), reason: entry.cannotNormalise.reason });
      continue;
    }
    const status = statuses.get(entry.claimId) ?? 'alone';
    figures.push({
      claimId: claim.id,
      label: labelOf(claim.id),
      interval: entry.interval,
      date: claimDate(claim, index.articles),
      status,
      place: claim.place,
      lines: tipLines(markTipOf(claim, index, STATUS_WORDS[status], formatInterval(entry.interval, group.unit))),
    });
  }
  return toDateChart(figures, group.unit, events, group.consensus, notDrawn);
}

/** The unit a figure is drawn in on its own measure: the measure's unit, "a day" after it for a daily rate. */
function footingOf(claim: Claim, measure: Measure): string {
  return claim.per === 'day' ? `${measure.unit} a day` : measure.unit;
}

/** One measure's figures against time, as each source stated them, on the measure's own unit; figures given on another footing
 * (a daily rate among totals) are listed as not drawn rather than mixed onto the same axis. */
export function measureDateChart(
  claims: readonly Claim[],
  measure: Measure,
  index: DatasetIndex,
  events: readonly ControlEvent[],
): DateChartModel {
  const own = claims.filter((c) => c.measureId === measure.id);
  const counts = new Map<string, number>();
  for (const c of own) counts.set(footingOf(c, measure), (counts.get(footingOf(c, measure)) ?? 0) + 1);
  // The footing most figures use; ties go to the plain unit, which sorts first.
  const unit = [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0] ?? measure.unit;
  const figures: FigureInput[] = [];
  const notDrawn: DateChartModel['notDrawn'] = [];
  for (const claim of own) {
    const label = sourceName(index.sources, claim.claimantId);
    if (footingOf(claim, measure) !== unit) {
      notDrawn.push({ claimId: claim.id, label, reason: `given in ${footingOf(claim, measure)}, while the chart shows ${unit}` });
      continue;
    }
    figures.push({
      claimId: claim.id,
      label,
      interval: fromClaimValue(claim.value),
      date: claimDate(claim, index.articles),
      status: null,
      place: claim.place,
      // No comparison was made here, so the tooltip has no status line.
      lines: tipLines(markTipOf(claim, index, '')).filter((line) => line !== ''),
    });
  }
  return toDateChart(figures, unit, events, null, notDrawn);
}

/** The measures a timeline can show, those with a figure among `claims`, by label; each with how many figures it has. */
export function measureChoices(
  claims: readonly Claim[],
  index: Pick<DatasetIndex, 'measures'>,
): { id: string; label: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.measureId, (counts.get(c.measureId) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, label: index.measures.get(id)?.label ?? id, count }))
    .sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
}

/** The measure shown first: the one with the most figures (more accounts to see move), the first by label among equals. */
export function defaultMeasure(choices: readonly { id: string; count: number }[]): string | null {
  let best: { id: string; count: number } | null = null;
  for (const c of choices) if (best === null || c.count > best.count) best = c;
  return best?.id ?? null;
}
