// Engine output → rows a range chart can draw. Pure and tested; the chart component only renders.
import type { ComparedClaim, ComparisonGroup, Interval } from './analysis-types';
import { formatInterval, formatNumber } from './format';
import type { MarkTip } from './view-models/mark-tip';

/** disjoint: contradicted; overlap: corroborated by a bounded figure; compatible: overlapping only open or vague figures; alone. */
export type RowStatus = 'disjoint' | 'overlap' | 'compatible' | 'alone';

export interface RangeRow {
  claimId: string;
  label: string;
  /** Drawn ends, on the chart's axis; unbounded ends are clipped to the domain edge. */
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
  /** Approximate ends are drawn soft. */
  soft: boolean;
  point: boolean;
  status: RowStatus;
  text: string;
  /** The figure in a few characters for a label at the mark's end ("20–25", "> 900"). */
  valueText: string;
  /** What the mark's tooltip says, when the records were at hand to say it. */
  tip?: MarkTip;
}

export interface ChartModel {
  rows: RangeRow[];
  domain: [number, number];
  consensus: { low: number; high: number } | null;
  /** Claims that could not be drawn on this footing, with the engine's reason. */
  excluded: { claimId: string; label: string; reason: string }[];
  unit: string;
  /** True when rows were capped, so the chart must say it shows a sample. */
  truncated: boolean;
  /** How many figures could be drawn in all (rows.length when not truncated). */
  drawableCount: number;
}

/** Above this many rows a chart draws a sample (each bar is several SVG marks; the budget is about a thousand). */
const MAX_ROWS = 120;

/** Picks at most `max` entries: the extremes that set the spread (highest lows, lowest highs) first, then an even sample of the rest; order is kept. */
export function sampleEntries<T extends { interval: Interval }>(entries: readonly T[], max: number): T[] {
  if (entries.length <= max) return [...entries];
  const lowOf = (e: T) => e.interval.low ?? -Infinity;
  const highOf = (e: T) => e.interval.high ?? Infinity;
  const keep = new Set<T>();
  const extremes = Math.max(1, Math.floor(max / 4));
  [...entries]
    .sort((a, b) => lowOf(b) - lowOf(a))
    .slice(0, extremes)
    .forEach((e) => keep.add(e));
  [...entries]
    .sort((a, b) => highOf(a) - highOf(b))
    .slice(0, extremes)
    .forEach((e) => keep.add(e));
  const rest = entries.filter((e) => !keep.has(e));
  const step = rest.length / Math.max(1, max - keep.size);
  for (let i = 0; keep.size < max && i < rest.length; i += step) {
    const e = rest[Math.floor(i)];
    if (e) keep.add(e);
  }
  return entries.filter((e) => keep.has(e));
}

function niceCeil(x: number): number {
  if (x <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(x));
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * magnitude >= x) return step * magnitude;
  }
  return 10 * magnitude;
}

/** Axis domain covering every finite end with headroom for open ends; shares run 0–100, a lone zero still gets 0–1. */
export function chartDomain(intervals: Interval[], unit: string): [number, number] {
  if (unit.startsWith('%')) return [0, 100];
  const ends = intervals.flatMap((iv) => [iv.low, iv.high]).filter((n): n is number => n !== null);
  const hasOpenHigh = intervals.some((iv) => iv.high === null);
  const max = ends.length > 0 ? Math.max(...ends) : 1;
  const min = ends.length > 0 ? Math.min(...ends) : 0;
  // Room to the right so an open end reads as "and beyond", not as a bound.
  const top = niceCeil((hasOpenHigh ? max * 1.3 : max * 1.05) || 1);
  return [Math.min(0, min), top];
}

/** Status of each entry (all of the group's unless `entries` is given) from its evidence: contradicted by another voice, consistent with the others, or the only voice; the same voice never counts. */
export function entryStatuses(group: ComparisonGroup, entries: readonly ComparedClaim[] = group.entries): Map<string, RowStatus> {
  const voices = new Set(group.entries.filter((e) => e.cannotNormalise === null).map((e) => e.voiceId));
  const statuses = new Map<string, RowStatus>();
  for (const entry of entries) {
    const ev = entry.evidence;
    const status: RowStatus =
      ev.contradictingCount > 0 || ev.contradictingVoices.length > 0
        ? 'disjoint'
        : ev.corroboratingCount > 0
          ? 'overlap'
          : ev.compatibleCount > 0 || voices.size > 1
            ? 'compatible'
            : 'alone';
    statuses.set(entry.claimId, status);
  }
  return statuses;
}

/** An interval in a few characters for a value label: "50", "~50", "20–25", "> 900", "≥ 900", "< 10", "≤ 10"; unbounded both ways → "any". */
export function shortInterval(iv: Interval): string {
  const about = iv.approximate ? '~' : '';
  const { low, high } = iv;
  if (low !== null && high !== null)
    return low === high ? `${about}${formatNumber(low)}` : `${about}${formatNumber(low)}–${formatNumber(high)}`;
  if (low !== null) return `${iv.lowInclusive ? '≥' : '>'} ${about}${formatNumber(low)}`;
  if (high !== null) return `${iv.highInclusive ? '≤' : '<'} ${about}${formatNumber(high)}`;
  return 'any';
}

/** The same chart with each row's tooltip from `tipOf` (rows it has nothing for keep none). */
export function withTips(model: ChartModel, tipOf: (row: RangeRow) => MarkTip | null): ChartModel {
  return {
    ...model,
    rows: model.rows.map((row) => {
      const tip = tipOf(row);
      return tip ? { ...row, tip } : row;
    }),
  };
}

/** Builds the chart rows for a group; `labelOf` names each claim (its source, say); above `maxRows` it draws a sample that keeps the extremes; `statusesOf` gives the drawn entries' statuses (from their evidence unless told). */
export function toChartRows(
  group: ComparisonGroup,
  labelOf: (claimId: string) => string,
  maxRows: number = MAX_ROWS,
  statusesOf: (group: ComparisonGroup, entries: readonly ComparedClaim[]) => ReadonlyMap<string, RowStatus> = entryStatuses,
): ChartModel {
  const drawable = group.entries.filter((e) => e.cannotNormalise === null);
  const shown = sampleEntries(drawable, maxRows);
  const domain = chartDomain(
    shown.map((e) => e.interval),
    group.unit,
  );
  const statuses = statusesOf(group, shown);
  const rows = shown.map((entry): RangeRow => {
    const iv = entry.interval;
    const low = iv.low === null ? domain[0] : Math.max(domain[0], iv.low);
    const high = iv.high === null ? domain[1] : Math.min(domain[1], iv.high);
    return {
      claimId: entry.claimId,
      label: labelOf(entry.claimId),
      low,
      high: Math.max(low, high),
      lowOpen: iv.low === null,
      highOpen: iv.high === null,
      soft: iv.approximate,
      point: iv.low !== null && iv.low === iv.high,
      status: statuses.get(entry.claimId) ?? 'alone',
      text: formatInterval(iv, group.unit),
      valueText: shortInterval(iv),
    };
  });
  const c = group.consensus;
  const consensus =
    c === null
      ? null
      : { low: c.low === null ? domain[0] : Math.max(domain[0], c.low), high: c.high === null ? domain[1] : Math.min(domain[1], c.high) };
  return {
    rows,
    domain,
    consensus,
    excluded: group.entries
      .filter((e) => e.cannotNormalise !== null)
      .map((e) => ({ claimId: e.claimId, label: labelOf(e.claimId), reason: e.cannotNormalise?.reason ?? '' })),
    unit: group.unit,
    truncated: drawable.length > shown.length,
    drawableCount: drawable.length,
  };
}
