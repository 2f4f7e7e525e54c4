// A source's most distant contradiction in a group: of every pair of its figures and another voice's that do not
// overlap, the one the other figure is the most times above or below (then the widest gap). Found from the group's
// figures sorted by their ends once, instead of trying every pair for every source.
import type { ComparedClaim, Interval } from './analysis-types';
import { isEmpty, overlaps } from './interval';

type Entry = Pick<ComparedClaim, 'voiceId' | 'interval'>;

/** The pair, which side `mine` is on, and how far apart: `ratio` = the higher figure's lower end ÷ the lower figure's
 * upper end (Infinity when that is 0 or less), `gap` = their difference. */
export interface FarthestPair<E extends Entry> {
  mine: E;
  theirs: E;
  above: boolean;
  ratio: number;
  gap: number;
}

/** The figures of a group's other voices, sorted for the search; made once per group, read for each of its sources. */
export interface PairIndex<E extends Entry> {
  entries: readonly E[];
  /** Every interval is non-empty: otherwise (never from the engine, but an empty interval overlaps nothing) every pair is tried. */
  simple: boolean;
  /** Positions in `entries` of those with an upper end, lowest upper end first, then in group order. */
  byHigh: number[];
  /** Positions of those with a lower end, highest lower end first, then in group order. */
  byLow: number[];
}

/** `entries`: a group's figures that are on its footing, in group order (which decides between equally distant pairs). */
export function pairIndex<E extends Entry>(entries: readonly E[]): PairIndex<E> {
  const positions = entries.map((_, i) => i);
  const high = (i: number) => entries[i]?.interval.high ?? null;
  const low = (i: number) => entries[i]?.interval.low ?? null;
  return {
    entries,
    simple: entries.every((e) => !isEmpty(e.interval)),
    byHigh: positions.filter((i) => high(i) !== null).sort((a, b) => (high(a) ?? 0) - (high(b) ?? 0) || a - b),
    byLow: positions.filter((i) => low(i) !== null).sort((a, b) => (low(b) ?? 0) - (low(a) ?? 0) || a - b),
  };
}

function ratioOf(hi: number, lo: number): number {
  return lo > 0 ? hi / lo : Number.POSITIVE_INFINITY;
}

/** Whether (ratio, gap) `a` is farther than `b`. */
function farther(a: { ratio: number; gap: number }, b: { ratio: number; gap: number } | null): boolean {
  return !b || a.ratio > b.ratio || (a.ratio === b.ratio && a.gap > b.gap);
}

/** Every pair tried, in order: the definition the search below must agree with (and the way for empty intervals). */
export function farthestPairByEveryPair<E extends Entry>(own: readonly E[], others: readonly E[]): FarthestPair<E> | null {
  let best: FarthestPair<E> | null = null;
  for (const mine of own) {
    for (const theirs of others) {
      if (overlaps(mine.interval, theirs.interval)) continue;
      const above = mine.interval.low !== null && theirs.interval.high !== null && mine.interval.low >= theirs.interval.high;
      const hi = above ? mine.interval.low : theirs.interval.low;
      const lo = above ? theirs.interval.high : mine.interval.high;
      if (hi === null || lo === null) continue;
      const pair = { mine, theirs, above, ratio: ratioOf(hi, lo), gap: hi - lo };
      if (farther(pair, best)) best = pair;
    }
  }
  return best;
}

/** Whether `a` ends below `b` starts with no shared number ((0,5) and [5,9]: yes; [0,5] and [5,9]: no). */
function endsBelow(a: Interval, b: Interval): boolean {
  if (a.high === null || b.low === null) return false;
  return a.high < b.low || (a.high === b.low && !(a.highInclusive && b.lowInclusive));
}

/** The first position in `order` of another voice's figure that `accept` takes, reading until `stop` says no later one can. */
function firstOther<E extends Entry>(
  index: PairIndex<E>,
  order: readonly number[],
  voiceId: string,
  accept: (theirs: E) => boolean,
  stop: (theirs: E) => boolean,
): number | null {
  for (const i of order) {
    const theirs = index.entries[i] as E;
    if (theirs.voiceId === voiceId) continue;
    if (accept(theirs)) return i;
    if (stop(theirs)) return null;
  }
  return null;
}

/** The other voices' figure farthest from `mine` on one side, with its position in group order: below it when `above`
 * (its own figure is then the higher), above it otherwise. */
function farthestOnSide<E extends Entry>(
  index: PairIndex<E>,
  mine: E,
  voiceId: string,
  above: boolean,
): (FarthestPair<E> & { at: number }) | null {
  // The end of its own figure that faces the other side.
  const end = above ? mine.interval.low : mine.interval.high;
  if (end === null) return null;
  const at = firstOther(
    index,
    above ? index.byHigh : index.byLow,
    voiceId,
    (theirs) => (above ? endsBelow(theirs.interval, mine.interval) : endsBelow(mine.interval, theirs.interval)),
    (theirs) => (above ? (theirs.interval.high ?? 0) > end : (theirs.interval.low ?? 0) < end),
  );
  const theirs = at === null ? undefined : index.entries[at];
  const facing = above ? theirs?.interval.high : theirs?.interval.low;
  if (at === null || !theirs || facing === null || facing === undefined) return null;
  const [hi, lo] = above ? [end, facing] : [facing, end];
  return { mine, theirs, above, ratio: ratioOf(hi, lo), gap: hi - lo, at };
}

/**
 * The farthest pair of `own` (one voice's figures in the group, in group order) against the other voices' figures of
 * `index`: the same pair, on ties too, as trying every pair in order (farthestPairByEveryPair).
 *
 * For one of its figures, the farthest figure below it is the other voice's with the lowest upper end that does not
 * reach it, and the farthest above, the one with the highest lower end it does not reach; of equals, the first in group
 * order. Worked example: own [100, 120]; others [10, 20], [5, 8], [110, 115], [200, 300] → the farthest below it is
 * [5, 8] (100 ÷ 8 = 12.5 times), the farthest above it [200, 300] (200 ÷ 120 = 1.7 times) → [5, 8], with `above` true
 * (its own figure is the higher).
 */
export function farthestPair<E extends Entry>(index: PairIndex<E>, own: readonly E[]): FarthestPair<E> | null {
  const voiceId = own[0]?.voiceId;
  if (voiceId === undefined) return null;
  if (!index.simple) {
    return farthestPairByEveryPair(
      own,
      index.entries.filter((e) => e.voiceId !== voiceId),
    );
  }
  let best: (FarthestPair<E> & { at: number }) | null = null;
  for (const mine of own) {
    const below = farthestOnSide(index, mine, voiceId, true);
    const over = farthestOnSide(index, mine, voiceId, false);
    // Of two equally far, the one met first in group order, as the pair-by-pair reading keeps it.
    const candidate = over && (farther(over, below) || (below && !farther(below, over) && over.at < below.at)) ? over : below;
    if (candidate && farther(candidate, best)) best = candidate;
  }
  if (!best) return null;
  const { at: _at, ...pair } = best;
  return pair;
}
