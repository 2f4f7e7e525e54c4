import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { niceStep, niceTicks } from './nice-ticks';

describe('niceStep', () => {
  it('picks 1, 2 or 5 times a power of ten', () => {
    // 0–250 in at most 6 ticks: 250 / 5 = 50, which is 5 × 10.
    expect(niceStep(250, 6)).toBe(50);
    // 0–250 in at most 4 ticks: 250 / 3 ≈ 83 → 100.
    expect(niceStep(250, 4)).toBe(100);
    // 0–1.5 in at most 5 ticks: 0.375 → 0.5.
    expect(niceStep(1.5, 5)).toBe(0.5);
    // 0–30 in at most 7 ticks: 5.
    expect(niceStep(30, 7)).toBe(5);
    // 0–1,000,000 in at most 3 ticks: 500,000.
    expect(niceStep(1_000_000, 3)).toBe(500_000);
  });

  it('gives 1 for an empty or broken span', () => {
    expect(niceStep(0, 5)).toBe(1);
    expect(niceStep(Number.NaN, 5)).toBe(1);
    expect(niceStep(Number.POSITIVE_INFINITY, 5)).toBe(1);
  });
});

describe('niceTicks', () => {
  it('replaces the odd ticks 0/65/130/195/250 with 0/50/100/150/200/250', () => {
    expect(niceTicks(0, 250, 6)).toEqual([0, 50, 100, 150, 200, 250]);
  });

  it('keeps within the range and on the grid: 0–300 in at most 5 ticks, 0–100 % in at most 6', () => {
    expect(niceTicks(0, 300, 5)).toEqual([0, 100, 200, 300]);
    expect(niceTicks(0, 100, 6)).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it('writes decimal steps exactly (no 0.30000000000000004)', () => {
    expect(niceTicks(0, 1, 11)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });

  it('starts at the first multiple of the step at or above min', () => {
    expect(niceTicks(-12, 38, 6)).toEqual([-10, 0, 10, 20, 30]);
  });

  it('gives one tick for a single value, and handles reversed ends', () => {
    expect(niceTicks(7, 7, 5)).toEqual([7]);
    expect(niceTicks(10, 0, 3)).toEqual([0, 5, 10]);
  });

  it('finds the grid far from zero, where the quotient carries floating-point error', () => {
    expect(niceTicks(-750619.979, -750619.979 + 0.001, 2).length).toBeGreaterThanOrEqual(1);
  });

  it('gives the lower end alone when the span holds no multiple of its step (0.001 wide, step 0.002)', () => {
    const min = -111493.94111149397;
    expect(niceTicks(min, min + 0.001, 2)).toEqual([min]);
  });

  it('never gives more than maxTicks ticks, each a multiple of a 1/2/5 step', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        fc.integer({ min: 2, max: 12 }),
        (min, span, maxTicks) => {
          const ticks = niceTicks(min, min + span, maxTicks);
          expect(ticks.length).toBeLessThanOrEqual(maxTicks);
          expect(ticks.length).toBeGreaterThanOrEqual(1);
          const step = niceStep(span, maxTicks);
          const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-9);
          expect([1, 2, 5, 10].some((m) => Math.abs(m - mantissa) < 1e-6)).toBe(true);
        },
      ),
    );
  });
});
