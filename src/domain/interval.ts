// Interval algebra on the real line with open/closed and unbounded (null) ends.
import type { Interval } from './analysis-types';
import type { ClaimValue } from './schema';

/** "Around N" is widened by this share of N on each side… */
const APPROXIMATE_RELATIVE_MARGIN = 0.1;
/** …but by at least this many units (one person, one raid, one percentage point). */
const APPROXIMATE_MIN_MARGIN = 1;

/** Builds an interval; ends default to closed and exact; a null end is unbounded (its inclusive flag is ignored). */
export function interval(
  low: number | null,
  high: number | null,
  opts: Partial<Pick<Interval, 'lowInclusive' | 'highInclusive' | 'approximate'>> = {},
): Interval {
  return {
    low,
    high,
    lowInclusive: low === null ? false : (opts.lowInclusive ?? true),
    highInclusive: high === null ? false : (opts.highInclusive ?? true),
    approximate: opts.approximate ?? false,
  };
}

/** Margin for an approximate figure N: max(10% of |N|, 1); zero gives ±1. */
export function approximateMargin(n: number): number {
  return Math.max(Math.abs(n) * APPROXIMATE_RELATIVE_MARGIN, APPROXIMATE_MIN_MARGIN);
}

/** Claim value → interval: an approximate single figure ("around 50") is widened to [N − m, N + m] with m = approximateMargin(N); ranges and vague words read by an interpretation are kept as stored. */
export function fromClaimValue(value: ClaimValue): Interval {
  const { low, high, approximate } = value;
  if (approximate && low !== null && low === high) {
    const m = approximateMargin(low);
    return interval(low - m, high + m, { approximate: true });
  }
  return {
    low,
    high,
    lowInclusive: low === null ? false : value.lowInclusive,
    highInclusive: high === null ? false : value.highInclusive,
    approximate,
  };
}

/** True when no number lies in the interval: low > high, or low = high with an open end; unbounded ends are never empty. */
export function isEmpty(iv: Interval): boolean {
  if (iv.low === null || iv.high === null) return false;
  if (iv.low > iv.high) return true;
  return iv.low === iv.high && !(iv.lowInclusive && iv.highInclusive);
}

/** True when `a` lies wholly below `b`; touching ends count as below unless both touching ends are closed. */
function below(a: Interval, b: Interval): boolean {
  if (a.high === null || b.low === null) return false;
  if (a.high < b.low) return true;
  return a.high === b.low && !(a.highInclusive && b.lowInclusive);
}

/** True when the two intervals share a number: (0,5) and [5,9] do not overlap, [0,5] and [5,9] do; an empty interval overlaps nothing. */
export function overlaps(a: Interval, b: Interval): boolean {
  if (isEmpty(a) || isEmpty(b)) return false;
  return !below(a, b) && !below(b, a);
}

/** The common part of two intervals, or null when it is empty; approximate if either is. */
export function intersect(a: Interval, b: Interval): Interval | null {
  if (!overlaps(a, b)) return null;
  let low: number | null;
  let lowInclusive: boolean;
  if (a.low === null) [low, lowInclusive] = [b.low, b.lowInclusive];
  else if (b.low === null || a.low > b.low) [low, lowInclusive] = [a.low, a.lowInclusive];
  else if (b.low > a.low) [low, lowInclusive] = [b.low, b.lowInclusive];
  else [low, lowInclusive] = [a.low, a.lowInclusive && b.lowInclusive];
  let high: number | null;
  let highInclusive: boolean;
  if (a.high === null) [high, highInclusive] = [b.high, b.highInclusive];
  else if (b.high === null || a.high < b.high) [high, highInclusive] = [a.high, a.highInclusive];
  else if (b.high < a.high) [high, highInclusive] = [b.high, b.highInclusive];
  else [high, highInclusive] = [a.high, a.highInclusive && b.highInclusive];
  const out = interval(low, high, { lowInclusive, highInclusive, approximate: a.approximate || b.approximate });
  return isEmpty(out) ? null : out;
}

/** True when every number of `inner` lies in `outer`; an empty `inner` is contained in anything. */
export function contains(outer: Interval, inner: Interval): boolean {
  if (isEmpty(inner)) return true;
  if (isEmpty(outer)) return false;
  const lowOk =
    outer.low === null ||
    (inner.low !== null && (inner.low > outer.low || (inner.low === outer.low && (outer.lowInclusive || !inner.lowInclusive))));
  const highOk =
    outer.high === null ||
    (inner.high !== null && (inner.high < outer.high || (inner.high === outer.high && (outer.highInclusive || !inner.highInclusive))));
  return lowOk && highOk;
}

/** True when the number x lies in the interval, honouring open ends. */
export function containsValue(iv: Interval, x: number): boolean {
  return contains(iv, interval(x, x));
}

/** Gap between two disjoint intervals (0 when they overlap); ends touching at an excluded point are disjoint at distance 0. */
export function distance(a: Interval, b: Interval): number {
  if (overlaps(a, b)) return 0;
  if (below(a, b)) return (b.low as number) - (a.high as number);
  if (below(b, a)) return (a.low as number) - (b.high as number);
  return 0;
}

/** Intersection of all the intervals when non-empty, else null; an empty list has no consensus (null). */
export function consensus(list: readonly Interval[]): Interval | null {
  if (list.length === 0) return null;
  let acc: Interval | null = list[0] as Interval;
  for (let i = 1; i < list.length && acc !== null; i++) acc = intersect(acc, list[i] as Interval);
  return acc !== null && isEmpty(acc) ? null : acc;
}

/** Smallest interval holding all the given ones (their hull); an empty list gives null. */
export function hull(list: readonly Interval[]): Interval | null {
  if (list.length === 0) return null;
  let low: number | null = (list[0] as Interval).low;
  let lowInclusive = (list[0] as Interval).lowInclusive;
  let high: number | null = (list[0] as Interval).high;
  let highInclusive = (list[0] as Interval).highInclusive;
  let approximate = false;
  for (const iv of list) {
    approximate ||= iv.approximate;
    if (low !== null && (iv.low === null || iv.low < low)) [low, lowInclusive] = [iv.low, iv.lowInclusive];
    else if (low !== null && iv.low === low) lowInclusive ||= iv.lowInclusive;
    if (high !== null && (iv.high === null || iv.high > high)) [high, highInclusive] = [iv.high, iv.highInclusive];
    else if (high !== null && iv.high === high) highInclusive ||= iv.highInclusive;
  }
  return interval(low, high, { lowInclusive, highInclusive, approximate });
}

/** True for a single closed number [x, x]; an open or unbounded interval is never a point. */
export function isPoint(iv: Interval): boolean {
  return iv.low !== null && iv.low === iv.high && iv.lowInclusive && iv.highInclusive;
}

/** high − low; Infinity when an end is unbounded; 0 for a point or an empty interval. */
export function width(iv: Interval): number {
  if (iv.low === null || iv.high === null) return Number.POSITIVE_INFINITY;
  return Math.max(0, iv.high - iv.low);
}

/** Multiplies both ends by a factor; a negative factor swaps the ends, zero collapses to [0, 0]. */
export function scaleInterval(iv: Interval, factor: number): Interval {
  if (factor === 0) return interval(0, 0, { approximate: iv.approximate });
  const low = iv.low === null ? null : iv.low * factor;
  const high = iv.high === null ? null : iv.high * factor;
  if (factor > 0) return { ...iv, low, high };
  return interval(high, low, { lowInclusive: iv.highInclusive, highInclusive: iv.lowInclusive, approximate: iv.approximate });
}

/** v → total − v on both ends, swapping them and their open/closed flags; an unbounded end stays unbounded on the other side. */
export function complementInterval(iv: Interval, total: number): Interval {
  return interval(iv.high === null ? null : total - iv.high, iv.low === null ? null : total - iv.low, {
    lowInclusive: iv.highInclusive,
    highInclusive: iv.lowInclusive,
    approximate: iv.approximate,
  });
}

/** Clamps a share to [0, total]: an unbounded end becomes the closed bound; ends already inside are kept. */
export function clampToShare(iv: Interval, total: number): Interval {
  const whole = interval(0, total);
  return intersect(iv, whole) ?? iv;
}
