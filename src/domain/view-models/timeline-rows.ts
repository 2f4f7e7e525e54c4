// Claims → points (date stated) and segments (period covered) on a time axis, one lane per source.
import type { ControlEvent } from '../events';
import { claimDate } from '../grouping';
import { sourceName, type DatasetIndex } from '../lookups';
import type { Claim } from '../schema';

export interface TimelineLane {
  sourceId: string;
  name: string;
  lane: number;
  colour: string;
  shape: 'circle' | 'diamond' | 'square' | 'triangle' | 'cross' | 'star' | 'wye';
}

export interface TimelinePoint {
  claimId: string;
  lane: number;
  time: number;
  label: string;
  /** 'reported' points sit at the article's date because the claim does not say when it was made; drawn hollow. */
  basis: 'stated' | 'reported';
}

interface TimelineSegment {
  claimId: string;
  lane: number;
  from: number;
  to: number;
}

export interface TimelineModel {
  lanes: TimelineLane[];
  points: TimelinePoint[];
  segments: TimelineSegment[];
  events: { id: string; time: number; label: string }[];
  domain: [number, number];
  /** Axis ticks at the start of months, spaced so that at most about eight are drawn. */
  ticks: number[];
  undated: number;
  /** True when points were thinned to stay under the mark budget. */
  thinned: boolean;
}

// Okabe–Ito hues darkened to ≥ 3:1 against white, paired with shapes so colour is never the only cue.
const COLOURS = ['#0072b2', '#b8410b', '#00734f', '#a3489a', '#7a5c00', '#4d4d4d', '#1f5f8b', '#8f2d56'];
const SHAPES: TimelineLane['shape'][] = ['circle', 'diamond', 'square', 'triangle', 'cross', 'star', 'wye'];
export const MAX_MARKS = 900;
/** More sources than this share one last lane, so the chart stays readable. */
export const MAX_LANES = 24;
const OTHER_LANE_ID = '__other__';

const DAY = 86_400_000;

/** First-of-month ticks between two times, every 1, 2, 3, 6 or 12 months so that at most eight fit. */
export function monthTicks(from: number, to: number): number[] {
  const start = new Date(from);
  const months = (new Date(to).getUTCFullYear() - start.getUTCFullYear()) * 12 + new Date(to).getUTCMonth() - start.getUTCMonth() + 1;
  const step = [1, 2, 3, 6, 12, 24, 60].find((s) => months / s <= 8) ?? 120;
  const ticks: number[] = [];
  // Align to calendar quarters/halves/years so labels read naturally.
  let y = start.getUTCFullYear();
  let m = Math.ceil(start.getUTCMonth() / Math.min(step, 12)) * Math.min(step, 12);
  for (;;) {
    y += Math.floor(m / 12);
    m %= 12;
    const t = Date.UTC(y, m, 1);
    if (t > to) break;
    if (t >= from) ticks.push(t);
    m += step;
  }
  return ticks;
}

/** Milliseconds at UTC midnight of an ISO date. */
export function dayTime(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** Lanes, points, segments and events for the timeline; a claim with no date stated sits at its report's date, one with neither is counted, not drawn. */
export function toTimeline(claims: readonly Claim[], index: DatasetIndex, events: readonly ControlEvent[]): TimelineModel {
  const counts = new Map<string, number>();
  for (const claim of claims) counts.set(claim.claimantId, (counts.get(claim.claimantId) ?? 0) + 1);
  // The busiest sources get their own lanes (alphabetical); the rest share the last one.
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const own = ranked.length > MAX_LANES ? ranked.slice(0, MAX_LANES - 1) : ranked;
  const nameOf = (id: string) => sourceName(index.sources, id);
  const ownIds = own.map(([id]) => id).sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
  const lanes: TimelineLane[] = ownIds.map((id, i) => ({
    sourceId: id,
    name: nameOf(id),
    lane: i,
    colour: COLOURS[i % COLOURS.length] ?? '#000',
    shape: SHAPES[i % SHAPES.length] ?? 'circle',
  }));
  if (ranked.length > own.length) {
    const i = lanes.length;
    lanes.push({
      sourceId: OTHER_LANE_ID,
      name: `${ranked.length - own.length} other sources`,
      lane: i,
      colour: '#4d4d4d',
      shape: 'circle',
    });
  }
  const laneOf = new Map<string, TimelineLane>(lanes.map((l) => [l.sourceId, l]));
  const otherLane = laneOf.get(OTHER_LANE_ID);
  const points: TimelinePoint[] = [];
  const segments: TimelineSegment[] = [];
  let undated = 0;
  for (const claim of claims) {
    const lane = (laneOf.get(claim.claimantId) ?? otherLane)?.lane ?? 0;
    const when = claimDate(claim, index.articles);
    if (when) points.push({ claimId: claim.id, lane, time: dayTime(when.date), label: claim.value.asWritten, basis: when.basis });
    else undated += 1;
    if (claim.period) segments.push({ claimId: claim.id, lane, from: dayTime(claim.period.from), to: dayTime(claim.period.to) + DAY - 1 });
  }
  const eventMarks = events.map((e) => ({ id: e.id, time: dayTime(e.date), label: e.label }));
  const times = [...points.map((p) => p.time), ...segments.flatMap((s) => [s.from, s.to]), ...eventMarks.map((e) => e.time)];
  // A loop, not Math.min(...times): spreading hundreds of thousands of arguments overflows the call stack.
  let min = times.length > 0 ? Number.POSITIVE_INFINITY : 0;
  let max = times.length > 0 ? Number.NEGATIVE_INFINITY : DAY;
  for (const t of times) {
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const pad = Math.max(15 * DAY, (max - min) * 0.03);
  const thinned = points.length + segments.length > MAX_MARKS;
  // Above the budget, keep every n-th mark: the table below still lists every claim.
  const step = thinned ? Math.ceil((points.length + segments.length) / MAX_MARKS) : 1;
  return {
    ticks: monthTicks(min - pad, max + pad),
    lanes,
    points: thinned ? points.filter((_, i) => i % step === 0) : points,
    segments: thinned ? segments.filter((_, i) => i % step === 0) : segments,
    events: eventMarks,
    domain: [min - pad, max + pad],
    undated,
    thinned,
  };
}
