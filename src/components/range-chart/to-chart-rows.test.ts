import { describe, expect, it } from 'vitest';
import type { ComparedClaim, ComparisonGroup, Interval } from '../../domain/analysis-types';
import { chartDomain, entryStatuses, toChartRows } from './to-chart-rows';

const iv = (low: number | null, high: number | null, approximate = false): Interval => ({
  low,
  high,
  lowInclusive: true,
  highInclusive: true,
  approximate,
});

const entry = (claimId: string, voiceId: string, interval: Interval, cannot = false): ComparedClaim => ({
  claimId,
  claimantId: voiceId,
  voiceId,
  measureId: 'm',
  original: interval,
  interval,
  explanations: [],
  cannotNormalise: cannot ? { kind: 'cant-compute', reason: 'no period' } : null,
  caveats: [],
  interpretation: null,
});

const group = (entries: ComparedClaim[], pairs: ComparisonGroup['pairs'], consensus: Interval | null = null): ComparisonGroup => ({
  id: 'g',
  anchorMeasureId: 'm',
  measureIds: ['m'],
  label: 'Raids',
  unit: 'raids a day',
  per: 'day',
  entries,
  pairs,
  consensus,
  spread: { kind: 'cant-compute', reason: 'x' },
  contestedScore: 0,
  voiceCount: 2,
  summary: '',
  context: false,
});

const comparable = { status: 'comparable' as const, caveats: [], reason: '' };

describe('chartDomain', () => {
  it('runs shares from 0 to 100', () => {
    expect(chartDomain([iv(80, 80)], '% intact')).toEqual([0, 100]);
  });
  it('leaves headroom past the largest end when an end is open', () => {
    const [lo, hi] = chartDomain([iv(64, null), iv(20, 25)], 'raids a day');
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThan(64 * 1.2);
  });
  it('gives a lone zero a visible axis', () => {
    expect(chartDomain([iv(0, 0)], 'people')).toEqual([0, 1]);
  });
});

describe('toChartRows', () => {
  const g = group(
    [
      entry('a', 'activists', iv(64.3, null)),
      entry('b', 'ministry', iv(20, 25)),
      entry('c', 'ministry', iv(22, 22, true)),
      entry('d', 'x', iv(1, 1), true),
    ],
    [
      { a: 'a', b: 'b', relation: 'disjoint', distance: 39.3, sameVoice: false, comparability: comparable },
      { a: 'a', b: 'c', relation: 'disjoint', distance: 42, sameVoice: false, comparability: comparable },
      { a: 'b', b: 'c', relation: 'overlap', distance: 0, sameVoice: true, comparability: comparable },
    ],
  );
  const model = toChartRows(g, (id) => `label ${id}`);

  it('clips an open end to the axis and marks it open', () => {
    const a = model.rows.find((r) => r.claimId === 'a');
    expect(a).toMatchObject({ low: 64.3, high: model.domain[1], highOpen: true, lowOpen: false, status: 'disjoint' });
  });
  it('marks single figures as points and approximate ones as soft', () => {
    const c = model.rows.find((r) => r.claimId === 'c');
    expect(c).toMatchObject({ point: true, soft: true });
  });
  it('leaves out claims the engine could not normalise, with the reason', () => {
    expect(model.rows.map((r) => r.claimId)).toEqual(['a', 'b', 'c']);
    expect(model.excluded).toEqual([{ claimId: 'd', label: 'label d', reason: 'no period' }]);
  });
  it('does not count a same-voice disagreement as divergence between sources', () => {
    const statuses = entryStatuses(
      group(
        [entry('x', 'v', iv(1, 2)), entry('y', 'v', iv(5, 6)), entry('z', 'w', iv(1, 6))],
        [{ a: 'x', b: 'y', relation: 'disjoint', distance: 3, sameVoice: true, comparability: comparable }],
      ),
    );
    expect(statuses.get('x')).toBe('overlap');
    expect(statuses.get('y')).toBe('overlap');
  });
  it('clips the consensus band to the axis', () => {
    const m = toChartRows(group([entry('a', 'v', iv(10, null))], [], iv(10, null)), (id) => id);
    expect(m.consensus).toEqual({ low: 10, high: m.domain[1] });
  });
});
