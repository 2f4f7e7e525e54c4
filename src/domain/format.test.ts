import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDays, formatInterval, formatNumber, formatRatio, joinNames, roundDownAsPrinted, withUnit } from './format';
import { interval } from './interval';

describe('formatNumber', () => {
  it('integers exactly with separators', () => {
    expect(formatNumber(1448)).toBe('1,448');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
  });
  it('rounds sensibly by size', () => {
    expect(formatNumber(900 / 14)).toBe('64');
    expect(formatNumber(2.5714)).toBe('2.6');
    expect(formatNumber(0.35714)).toBe('0.36');
    expect(formatNumber(1.04)).toBe('1');
  });
  it('infinity', () => {
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('∞');
  });
  it('writes integers exactly as en-GB Intl does, with separators and a minus', () => {
    const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double({ min: -1e22, max: 1e22, noNaN: true })), (n) => {
        if (Object.is(n, -0) || (Math.abs(n) < 10 && !Number.isInteger(n))) return;
        expect(formatNumber(n)).toBe(intl.format(Number.isInteger(n) ? n : Math.round(n)));
      }),
      { numRuns: 2000 },
    );
    for (const n of [0, 7, -7, 999, 1000, -1000, 12345, -123456, 1234567, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e21]) {
      expect(formatNumber(n)).toBe(intl.format(n));
    }
  });
});

describe('formatInterval', () => {
  it('reads every shape', () => {
    expect(formatInterval(interval(900 / 14, null, { lowInclusive: false }), 'raids a day')).toBe('more than 64 raids a day');
    expect(formatInterval(interval(24, null), 'people')).toBe('at least 24 people');
    expect(formatInterval(interval(20, 25), 'sorties a day')).toBe('20–25 sorties a day');
    expect(formatInterval(interval(64, 64), 'strikes')).toBe('64 strikes');
    expect(formatInterval(interval(null, 1448), 'people')).toBe('up to 1,448 people');
    expect(formatInterval(interval(null, 20, { highInclusive: false }), '%')).toBe('less than 20%');
    expect(formatInterval(interval(45, 55, { approximate: true }))).toBe('about 45–55');
    expect(formatInterval(interval(1000, 1448, { lowInclusive: false }), 'people')).toBe('more than 1,000, up to 1,448 people');
    expect(formatInterval(interval(0, 5, { lowInclusive: false, highInclusive: false }))).toBe('between 0 and 5');
    expect(formatInterval(interval(null, null))).toBe('any value');
  });
});

describe('small helpers', () => {
  it('ratio, days, units, names', () => {
    expect(formatRatio(900 / 14 / 25)).toBe('2.6×');
    expect(formatRatio(12.4)).toBe('12×');
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(14)).toBe('14 days');
    expect(withUnit('25', '% intact')).toBe('25% intact');
    expect(withUnit('25', '')).toBe('25');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
    expect(joinNames([])).toBe('');
  });
});

describe('roundDownAsPrinted', () => {
  it('rounds a bound down to the precision it is printed with, so "more than" before it stays true', () => {
    // More than 900 raids in 14 days against 20 to 25 sorties a day: 2.57 times, not "more than 2.6".
    expect(formatRatio(roundDownAsPrinted(900 / 14 / 25))).toBe('2.5×');
    expect(roundDownAsPrinted(79.6)).toBe(79);
    expect(roundDownAsPrinted(12.5)).toBe(12);
    expect(roundDownAsPrinted(0.567)).toBe(0.56);
    expect(roundDownAsPrinted(0.3)).toBe(0.3);
    expect(roundDownAsPrinted(2.6)).toBe(2.6);
    expect(roundDownAsPrinted(80)).toBe(80);
    expect(roundDownAsPrinted(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });

  it('never prints more than the value, and never less by a printed step or more', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e6, noNaN: true }), (n) => {
        const down = roundDownAsPrinted(n);
        expect(down).toBeLessThanOrEqual(n);
        const step = n >= 10 ? 1 : n >= 1 ? 0.1 : 10 ** (Math.floor(Math.log10(n)) - 1);
        expect(n - down).toBeLessThan(step * (1 + 1e-6));
        // What is printed is the rounded-down value itself: printing does not round it up again.
        expect(Number(formatNumber(down).replace(/,/g, ''))).toBeLessThanOrEqual(n);
      }),
    );
  });
});
