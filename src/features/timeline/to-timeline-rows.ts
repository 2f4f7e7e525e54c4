// Claims → points (date stated) and segments (period covered) on a time axis, one lane per source.
import type { ControlEvent } from '../../domain/events';
import { claimDate } from '../../domain/grouping';
import type { DatasetIndex } from '../../domain/lookups';
import type { Claim } from '../../domain/schema';

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

export interface TimelineSegment {
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
  undated: number;
  /** True when points were thinned to stay under the mark budget. */
  thinned: boolean;
}

// Okabe–Ito hues darkened to ≥ 3:1 against white, paired with shapes so colour is never the only cue.
const COLOURS = ['#0072b2', '#b8410b', '#00734f', '#a3489a', '#7a5c00', '#4d4d4d', '#1f5f8b', '#8f2d56'];
const SHAPES: TimelineLane['shape'][] = ['circle', 'diamond', 'square', 'triangle', 'cross', 'star', 'wye'];
export const MAX_MARKS = 900;

const DAY = 86_400_000;

/** Milliseconds at UTC midnight of an ISO date. */
export function dayTime(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** Lanes, points, segments and events for the timeline; a claim with no date stated sits at its report's date, one with neither is counted, not drawn. */
export function toTimeline(claims: readonly Claim[], index: DatasetIndex, events: readonly ControlEvent[]): TimelineModel {
  const laneOf = new Map<string, TimelineLane>();
  const sorted = [...claims].sort((a, b) => a.claimantId.localeCompare(b.claimantId));
  for (const claim of sorted) {
    if (laneOf.has(claim.claimantId)) continue;
    const i = laneOf.size;
    laneOf.set(claim.claimantId, {
      sourceId: claim.claimantId,
      name: index.sources.get(claim.claimantId)?.name ?? claim.claimantId,
      lane: i,
      colour: COLOURS[i % COLOURS.length] ?? '#000',
      shape: SHAPES[i % SHAPES.length] ?? 'circle',
    });
  }
  const points: TimelinePoint[] = [];
  const segments: TimelineSegment[] = [];
  let undated = 0;
  for (const claim of claims) {
    const lane = laneOf.get(claim.claimantId)?.lane ?? 0;
    const when = claimDate(claim, index.articles);
    if (when) points.push({ claimId: claim.id, lane, time: dayTime(when.date), label: claim.value.asWritten, basis: when.basis });
    else undated += 1;
    if (claim.period) segments.push({ claimId: claim.id, lane, from: dayTime(claim.period.from), to: dayTime(claim.period.to) + DAY - 1 });
  }
  const eventMarks = events.map((e) => ({ id: e.id, time: dayTime(e.date), label: e.label }));
  const times = [...points.map((p) => p.time), ...segments.flatMap((s) => [s.from, s.to]), ...eventMarks.map((e) => e.time)];
  const min = times.length > 0 ? Math.min(...times) : 0;
  const max = times.length > 0 ? Math.max(...times) : DAY;
  const pad = Math.max(15 * DAY, (max - min) * 0.03);
  const thinned = points.length + segments.length > MAX_MARKS;
  // Above the budget, keep every n-th mark: the table below still lists every claim.
  const step = thinned ? Math.ceil((points.length + segments.length) / MAX_MARKS) : 1;
  return {
    lanes: [...laneOf.values()],
    points: thinned ? points.filter((_, i) => i % step === 0) : points,
    segments: thinned ? segments.filter((_, i) => i % step === 0) : segments,
    events: eventMarks,
    domain: [min - pad, max + pad],
    undated,
    thinned,
  };
}
