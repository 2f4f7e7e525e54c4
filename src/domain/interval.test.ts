import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Interval } from './analysis-types';
import {
  approximateMargin,
  clampToShare,
  complementInterval,
  consensus,
  contains,
  containsValue,
  distance,
  fromClaimValue,
  hull,
  interval,
  intersect,
  isEmpty,
  isPoint,
  overlaps,
  scaleInterval,
  width,
} from './interval';

const closed = (a: number | null, b: number | null): Interval => interval(a, b);
const open = (a: number | null, b: number | null): Interval => interval(a, b, { lowInclusive: false, highInclusive: false });

describe('fromClaimValue', () => {
  const base = { lowInclusive: true, highInclusive: true, approximate: false, asWritten: 'x', interpretation: null };
  it('keeps an exact range as stored', () => {
    expect(fromClaimValue({ ...base, low: 20, high: 25 })).toEqual(closed(20, 25));
  });
  it('widens "around 50" by 10% each side', () => {
    expect(fromClaimValue({ ...base, low: 50, high: 50, approximate: true })).toEqual(interval(45, 55, { approximate: true }));
  });
  it('widens a small approximate figure by at least 1', () => {
    expect(fromClaimValue({ ...base, low: 3, high: 3, approximate: true })).toEqual(interval(2, 4, { approximate: true }));
  });
  it('widens "around 0" to ±1', () => {
    expect(approximateMargin(0)).toBe(1);
  });
  it('keeps an approximate range (already read by an interpretation) as stored', () => {
    const v = { ...base, low: 24, high: null, approximate: true, interpretation: { rule: 'dozens', reading: 'at least 24' } };
    expect(fromClaimValue(v)).toEqual({ low: 24, high: null, lowInclusive: true, highInclusive: false, approximate: true });
  });
  it('keeps an open lower end ("more than 900")', () => {
    expect(fromClaimValue({ ...base, low: 900, high: null, lowInclusive: false })).toEqual(interval(900, null, { lowInclusive: false }));
  });
});

describe('overlaps at touching ends', () => {
  it('(0,5) and [5,9] do not overlap', () => {
    expect(overlaps(interval(0, 5, { highInclusive: false, lowInclusive: false }), closed(5, 9))).toBe(false);
  });
  it('[0,5] and [5,9] overlap', () => {
    expect(overlaps(closed(0, 5), closed(5, 9))).toBe(true);
    expect(intersect(closed(0, 5), closed(5, 9))).toEqual(closed(5, 5));
  });
  it('[0,5) and [5,9] are disjoint at distance 0', () => {
    const a = interval(0, 5, { highInclusive: false });
    expect(overlaps(a, closed(5, 9))).toBe(false);
    expect(distance(a, closed(5, 9))).toBe(0);
  });
  it('unbounded ends overlap everything on their side', () => {
    expect(overlaps(closed(null, null), closed(-5, -1))).toBe(true);
    expect(overlaps(open(900, null), closed(20, 25))).toBe(false);
    expect(overlaps(open(900, null), closed(1000, 1000))).toBe(true);
  });
});

describe('intersect, contains, distance, consensus', () => {
  it('an empty intersection is null', () => {
    expect(intersect(closed(0, 1), closed(2, 3))).toBeNull();
  });
  it('more than 1 000 and as many as 1 448 meet in (1000, 1448]', () => {
    expect(intersect(open(1000, null), closed(null, 1448))).toEqual(interval(1000, 1448, { lowInclusive: false }));
  });
  it('zero is a proper point', () => {
    expect(isPoint(closed(0, 0))).toBe(true);
    expect(containsValue(closed(0, 0), 0)).toBe(true);
    expect(overlaps(closed(0, 0), open(0, 5))).toBe(false);
    expect(distance(closed(0, 0), closed(3, 5))).toBe(3);
  });
  it('contains honours open ends', () => {
    expect(contains(closed(0, 10), open(0, 10))).toBe(true);
    expect(contains(open(0, 10), closed(0, 10))).toBe(false);
    expect(contains(closed(null, 10), closed(-100, 3))).toBe(true);
    expect(contains(closed(0, 10), closed(0, null))).toBe(false);
  });
  it('consensus is the intersection of all, null when empty or no intervals', () => {
    expect(consensus([closed(0, 30), closed(20, 25), closed(22, null)])).toEqual(closed(22, 25));
    expect(consensus([closed(0, 30), closed(40, 50)])).toBeNull();
    expect(consensus([])).toBeNull();
  });
  it('hull spans all', () => {
    expect(hull([closed(3, 4), open(0, 2)])).toEqual(interval(0, 4, { lowInclusive: false }));
    expect(hull([])).toBeNull();
  });
  it('width and isPoint', () => {
    expect(width(closed(20, 25))).toBe(5);
    expect(width(closed(20, null))).toBe(Number.POSITIVE_INFINITY);
    expect(isPoint(open(3, 3))).toBe(false);
    expect(isEmpty(open(3, 3))).toBe(true);
  });
  it('scaling by a negative factor swaps the ends', () => {
    expect(scaleInterval(interval(1, 2, { lowInclusive: false }), -2)).toEqual(interval(-4, -2, { highInclusive: false }));
  });
  it('clamps shares to 0–100', () => {
    expect(clampToShare(open(80, null), 100)).toEqual(interval(80, 100, { lowInclusive: false }));
  });
});

// Integer ends in a small range make touching and equal ends frequent.
const end = fc.option(fc.integer({ min: -20, max: 20 }), { nil: null, freq: 5 });
const arbInterval = fc
  .record({ a: end, b: end, li: fc.boolean(), hi: fc.boolean(), approx: fc.boolean() })
  .map(({ a, b, li, hi, approx }) => {
    const [low, high] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    return interval(low, high, { lowInclusive: li, highInclusive: hi, approximate: approx });
  })
  .filter((iv) => !isEmpty(iv));

describe('interval algebra properties', () => {
  it('intersection is commutative', () => {
    fc.assert(
      fc.property(arbInterval, arbInterval, (a, b) => {
        expect(intersect(a, b)).toEqual(intersect(b, a));
      }),
    );
  });
  it('containment implies overlap', () => {
    fc.assert(fc.property(arbInterval, arbInterval, (a, b) => !contains(a, b) || overlaps(a, b)));
  });
  it('intersect is non-null iff the intervals overlap, and lies in both', () => {
    fc.assert(
      fc.property(arbInterval, arbInterval, (a, b) => {
        const i = intersect(a, b);
        expect(i !== null).toBe(overlaps(a, b));
        if (i) expect(contains(a, i) && contains(b, i)).toBe(true);
      }),
    );
  });
  it('distance is symmetric, 0 when overlapping, positive when apart (0 only for ends touching at an excluded point)', () => {
    fc.assert(
      fc.property(arbInterval, arbInterval, (a, b) => {
        expect(distance(a, b)).toBe(distance(b, a));
        if (overlaps(a, b)) expect(distance(a, b)).toBe(0);
        if (distance(a, b) === 0 && !overlaps(a, b)) {
          expect(a.high === b.low || b.high === a.low).toBe(true);
        }
      }),
    );
  });
  it('distance is 0 iff overlap for closed intervals', () => {
    const closedIv = arbInterval.map((iv) => ({ ...iv, lowInclusive: iv.low !== null, highInclusive: iv.high !== null }));
    fc.assert(fc.property(closedIv, closedIv, (a, b) => (distance(a, b) === 0) === overlaps(a, b)));
  });
  it('complement twice is the identity', () => {
    fc.assert(
      fc.property(arbInterval, fc.integer({ min: 1, max: 1000 }), (a, total) => {
        expect(complementInterval(complementInterval(a, total), total)).toEqual(a);
      }),
    );
  });
  it('consensus lies in every interval', () => {
    fc.assert(
      fc.property(fc.array(arbInterval, { minLength: 1, maxLength: 6 }), (list) => {
        const c = consensus(list);
        if (c) for (const iv of list) expect(contains(iv, c)).toBe(true);
        else expect(list.some((x) => list.some((y) => !overlaps(x, y)))).toBe(true);
      }),
    );
  });
});
