// Source profiles → one dot per (source, measure) at how many times apart from the reference its figures sit.
import type { ComparisonGroup, SourceProfile } from '../analysis-types';
import type { DatasetIndex } from '../lookups';
import { markTipOf, tipLines, type MarkView } from './mark-tip';

export interface DistanceDot {
  sourceId: string;
  /** The source's figure the distance is measured from: the dot opens it. */
  claimId: string;
  lane: number;
  /** Place in reading order (lane by lane, nearest first), for moving between dots with the keyboard. */
  mark: number;
  groupId: string;
  /** ≥ 1: 1 means consistent; 3 means three times above or below the reference. */
  factor: number;
  direction: 'above' | 'below' | 'agrees';
  text: string;
  /** No multiple can be given (shares apart by percentage points, or a figure against zero): drawn at the right edge. */
  offScale: boolean;
}

export interface DistanceModel {
  lanes: { sourceId: string; name: string; lane: number }[];
  dots: DistanceDot[];
  maxFactor: number;
  /** The right end of the log axis (a power of ten above maxFactor); off-scale distances are drawn there. */
  top: number;
  /** Sources with distances that were not drawn, to keep the chart within its mark budget. */
  omittedLanes: number;
  /** Distances of the drawn sources left out of their lanes (a lane shows at most MAX_DOTS_PER_LANE). */
  omittedDots: number;
}

/** At most this many sources get a lane, each with at most MAX_DOTS_PER_LANE dots: the chart stays under a thousand marks. */
export const MAX_DISTANCE_LANES = 40;
export const MAX_DOTS_PER_LANE = 25;

/**
 * At most `max` of `items` (already in order), spread evenly over it, the first and the last always among them.
 * @example evenSample([1, 2, 3, 4, 5], 3) // [1, 3, 5]
 */
export function evenSample<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  if (max <= 1) return items.slice(0, max);
  return Array.from({ length: max }, (_, k) => items[Math.round((k * (items.length - 1)) / (max - 1))] as T);
}

/** How many times apart a relative distance is (≥ 1); one with no multiple is farthest of all. */
function factorOf(relative: number | null): number {
  if (relative === null) return Number.POSITIVE_INFINITY;
  return relative >= 1 ? relative : 1 / relative;
}

/** Dots for the distances of contested groups (at most MAX_DOTS_PER_LANE per source); distances with no multiple are
 * drawn at the right edge, marked off the scale. */
export function toDistanceRows(
  profiles: readonly SourceProfile[],
  groups: readonly ComparisonGroup[],
  nameOf: (id: string) => string,
): DistanceModel {
  const contextGroups = new Set(groups.filter((g) => g.context).map((g) => g.id));
  const lanes: DistanceModel['lanes'] = [];
  const dots: DistanceDot[] = [];
  let omittedDots = 0;
  const usableOf = (p: SourceProfile) =>
    p.distances.filter((d) => !contextGroups.has(d.groupId) && (d.relative === null ? d.direction !== 'agrees' : d.relative > 0));
  const withDistances = profiles.map((p) => ({ profile: p, usable: usableOf(p) })).filter((x) => x.usable.length > 0);
  // The sources with the most comparable figures get lanes; their order stays the profiles' order.
  const keep = new Set(
    [...withDistances]
      .sort((a, b) => b.usable.length - a.usable.length)
      .slice(0, MAX_DISTANCE_LANES)
      .map((x) => x.profile.sourceId),
  );
  for (const { profile, usable } of withDistances) {
    if (!keep.has(profile.sourceId)) continue;
    const lane = lanes.length;
    lanes.push({ sourceId: profile.sourceId, name: nameOf(profile.sourceId), lane });
    // A busy source keeps its nearest and farthest distances and an even spread between them; its card lists them all.
    const shown = evenSample(
      [...usable].sort((a, b) => factorOf(a.relative) - factorOf(b.relative)),
      MAX_DOTS_PER_LANE,
    );
    omittedDots += usable.length - shown.length;
    for (const d of shown) {
      dots.push({
        sourceId: profile.sourceId,
        claimId: d.claimId,
        lane,
        mark: 0,
        groupId: d.groupId,
        factor: factorOf(d.relative),
        direction: d.direction,
        text: d.text,
        offScale: d.relative === null,
      });
    }
  }
  const maxFactor = dots.reduce((m, d) => (d.offScale ? m : Math.max(m, d.factor)), 2);
  // The axis ends at the next power of ten; a distance with no multiple sits on that edge, apart from every real one.
  const top = 10 ** Math.ceil(Math.log10(maxFactor * 1.1));
  for (const d of dots) if (d.offScale) d.factor = top;
  // Reading order: lane by lane, from the nearest distance to the farthest.
  [...dots].sort((a, b) => a.lane - b.lane || a.factor - b.factor).forEach((d, i) => (d.mark = i));
  return { lanes, dots, maxFactor, top, omittedLanes: withDistances.length - lanes.length, omittedDots };
}

/** Each dot as an explorable mark, in reading order: named by source and distance; its tooltip is the figure's, with the distance as its status. */
export function distanceMarks(model: DistanceModel, index: DatasetIndex): MarkView[] {
  const marks: MarkView[] = [];
  for (const dot of model.dots) {
    const name = model.lanes[dot.lane]?.name ?? dot.sourceId;
    const claim = index.claims.get(dot.claimId);
    marks[dot.mark] = {
      claimId: claim ? dot.claimId : null,
      name: `${name}: ${dot.text}`,
      lines: claim ? tipLines(markTipOf(claim, index, dot.text)) : [name, dot.text],
    };
  }
  return marks;
}
