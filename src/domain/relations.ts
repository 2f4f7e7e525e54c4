// The relations an analyst draws between two figures: contradicts, corroborates, compatible, or no relation
// (different periods). One judge for the pair list, the ranking path and the views.
import type { Interval } from './analysis-types';
import { periodRelation, type PeriodRelation } from './comparability';
import { overlaps } from './interval';
import type { Claim, ClaimValue } from './schema';

/**
 * - `contradicts`: the two figures cannot both hold;
 * - `corroborates`: they overlap and both are bounded (an approximate value counts as bounded);
 * - `compatible`: they overlap only because one side is open or vague ("at least 15", "scores", "up to 300"),
 *   or because one is a floor read from a sub-period or a part: not contradicted, never confirmed;
 * - `unrelated`: they say nothing about each other (totals for periods that only partly overlap or share no day).
 */
type Judgement = 'contradicts' | 'corroborates' | 'compatible' | 'unrelated';

/** True for a figure that pins a value down: both ends stated and no vague word read by a rule ("80%", "20 to 25", "around 50"). */
export function isFirm(value: Pick<ClaimValue, 'low' | 'high' | 'interpretation'>): boolean {
  return value.low !== null && value.high !== null && value.interpretation === null;
}

/** The figure as a floor: its lower end kept, no upper end ("nearly 120 in 8–11 Dec" → at least about 108 for 8–22 Dec). */
export function floorOf(iv: Interval): Interval {
  return { ...iv, high: null, highInclusive: false };
}

/** What the judge needs to know about one figure of a group. */
export interface JudgedFigure {
  /** On the group's footing (a part's figure is already a floor on its whole there). */
  interval: Interval;
  /** On the footing of its own side of any part link; compared instead of `interval` when both figures share the side. */
  exact: Interval;
  /** The measure where the figure's route first crosses a part link (its own side); the anchor when it crosses none. */
  side: string;
  firm: boolean;
  period: Claim['period'];
  /** A total over its period (per: null) on a count that adds up over time (no `total`), on a group not put per day. */
  additive: boolean;
}

interface PairJudgement {
  judgement: Judgement;
  /** The intervals as compared overlap (false for unrelated pairs). */
  overlap: boolean;
  /** Both periods stated: how the first relates to the second; null when either is missing. */
  period: PeriodRelation | null;
  /** One total is for a period inside the other's, so it was read as a floor for the longer period. */
  nested: boolean;
  /** The intervals as compared, for the gap and the sentences. */
  a: Interval;
  b: Interval;
}

/**
 * Judges two comparable figures. Nested periods: for totals that add up over time, a sub-period's total is a floor
 * for the longer period, so "nearly 120 in 8–11 Dec" is consistent with "352 in 8–22 Dec" (compatible) and
 * contradicts "100 in 8–22 Dec". Totals for partly overlapping periods, and any figures for periods that share no
 * day, say nothing about each other (`unrelated`).
 */
export function judgePair(x: JudgedFigure, y: JudgedFigure): PairJudgement {
  const sameSide = x.side === y.side;
  let a = sameSide ? x.exact : x.interval;
  let b = sameSide ? y.exact : y.interval;
  const period = x.period && y.period ? periodRelation(x.period, y.period) : null;
  let nested = false;
  if (period === 'disjoint') return { judgement: 'unrelated', overlap: false, period, nested, a, b };
  if (period !== null && period !== 'same' && x.additive && y.additive) {
    if (period === 'partly-overlapping') return { judgement: 'unrelated', overlap: false, period, nested, a, b };
    nested = true;
    if (period === 'inside') a = floorOf(a);
    else b = floorOf(b);
  }
  const overlap = overlaps(a, b);
  const judgement: Judgement = !overlap ? 'contradicts' : x.firm && y.firm && sameSide && !nested ? 'corroborates' : 'compatible';
  return { judgement, overlap, period, nested, a, b };
}
