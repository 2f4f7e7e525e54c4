import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interval } from './interval';
import { complement, inclusiveDayCount, periodsOverlap, rateToTotal, scale, totalToRate } from './normalise';

const period = { from: '2016-03-09', to: '2016-03-22' };

describe('inclusiveDayCount', () => {
  it('counts both ends: 9 to 22 March 2016 is 14 days', () => {
    expect(inclusiveDayCount(period)).toBe(14);
  });
  it('one day is 1', () => {
    expect(inclusiveDayCount({ from: '2016-12-11', to: '2016-12-11' })).toBe(1);
  });
  it('crosses a leap day and a DST change without drift', () => {
    expect(inclusiveDayCount({ from: '2016-02-28', to: '2016-03-28' })).toBe(30);
  });
  it('a period ending before it starts cannot be counted', () => {
    expect(inclusiveDayCount({ from: '2016-03-22', to: '2016-03-09' })).toMatchObject({ kind: 'cant-compute' });
  });
});

describe('totalToRate', () => {
  it('"more than 900 raids in 14 days → more than 64 a day", exact in the interval', () => {
    const r = totalToRate(interval(900, null, { lowInclusive: false }), period, 'raids');
    expect(r.kind).toBe('normalised');
    if (r.kind !== 'normalised') return;
    expect(r.interval.low).toBeCloseTo(900 / 14, 12);
    expect(r.interval.high).toBeNull();
    expect(r.interval.lowInclusive).toBe(false);
    expect(r.explanation).toBe('more than 900 raids in 14 days → more than 64 a day');
  });
  it('without a period the figure is left as it is, with the reason', () => {
    const iv = interval(900, null, { lowInclusive: false });
    const r = totalToRate(iv, null, 'raids');
    expect(r.kind).toBe('cant-compute');
    expect(r.interval).toEqual(iv);
    if (r.kind === 'cant-compute') expect(r.reason).toMatch(/no period/);
  });
  it('zero stays zero', () => {
    const r = totalToRate(interval(0, 0), period);
    expect(r.interval).toEqual(interval(0, 0));
  });
  it('an approximate period makes the rate approximate', () => {
    const r = totalToRate(interval(10, 10), { ...period, approximate: true });
    expect(r.interval.approximate).toBe(true);
  });
});

describe('rateToTotal', () => {
  it('20–25 a day over 14 days → 280–350', () => {
    const r = rateToTotal(interval(20, 25), period, 'sorties');
    expect(r.interval).toEqual(interval(280, 350));
    if (r.kind === 'normalised') expect(r.explanation).toBe('20–25 sorties a day over 14 days → 280–350 in total');
  });
  it('cannot without a period', () => {
    expect(rateToTotal(interval(20, 25), null).kind).toBe('cant-compute');
  });
  it('total → rate → total round-trips', () => {
    const arbPeriod = fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 400 })).map(([start, len]) => {
      const d = (n: number): string => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
      return { from: d(start), to: d(start + len) };
    });
    const end = fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null });
    fc.assert(
      fc.property(end, end, fc.boolean(), fc.boolean(), arbPeriod, (a, b, li, hi, p) => {
        const [low, high] = a !== null && b !== null && a > b ? [b, a] : [a, b];
        const iv = interval(low, high, { lowInclusive: li, highInclusive: hi });
        const back = rateToTotal(totalToRate(iv, p).interval, p).interval;
        expect(back.lowInclusive).toBe(iv.lowInclusive);
        expect(back.highInclusive).toBe(iv.highInclusive);
        for (const k of ['low', 'high'] as const) {
          const v = iv[k];
          if (v === null) expect(back[k]).toBeNull();
          else expect(back[k]).toBeCloseTo(v, 6);
        }
      }),
    );
  });
});

describe('complement and scale', () => {
  it('80–100% intact → 0–20% destroyed, open ends swap sides', () => {
    const r = complement(interval(80, 100, { lowInclusive: false }), 100, { from: 'intact', to: 'destroyed' });
    expect(r.interval).toEqual(interval(0, 20, { highInclusive: false }));
    if (r.kind === 'normalised')
      expect(r.explanation).toBe('more than 80, up to 100% intact → at least 0, less than 20% destroyed (100 − value)');
  });
  it('no total → cannot', () => {
    expect(complement(interval(1, 2), null).kind).toBe('cant-compute');
  });
  it('complement twice is the identity', () => {
    const once = complement(interval(30, null), 100).interval;
    expect(complement(once, 100).interval).toEqual(interval(30, null));
  });
  it('scales by a factor and refuses a missing or non-positive one', () => {
    expect(scale(interval(2, 3), 1000).interval).toEqual(interval(2000, 3000));
    expect(scale(interval(2, 3), undefined).kind).toBe('cant-compute');
    expect(scale(interval(2, 3), 0).kind).toBe('cant-compute');
  });
  it('periodsOverlap', () => {
    expect(periodsOverlap(period, { from: '2016-03-22', to: '2016-03-30' })).toBe(true);
    expect(periodsOverlap(period, { from: '2016-03-23', to: '2016-03-30' })).toBe(false);
    expect(periodsOverlap(period, null)).toBe(false);
  });
});
