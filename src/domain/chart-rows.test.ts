import { describe, expect, it } from 'vitest';
import type { ComparedClaim, ComparisonGroup, Interval } from './analysis-types';
import { chartDomain, entryStatuses, sampleEntries, shortInterval, toChartRows, withTips } from './chart-rows';

const iv = (low: number | null, high: number | null, approximate = false): Interval => ({
  low,
  high,
  lowInclusive: true,
  highInclusive: true,
  approximate,
});

const entry = (
  claimId: string,
  voiceId: string,
  interval: Interval,
  cannot = false,
  contradictingVoices: string[] = [],
): ComparedClaim => ({
  claimId,
  claimantId: voiceId,
  voiceId,
  measureId: 'm',
  original: interval,
  interval,
  explanations: [],
  unit: 'people',
  firm: true,
  cannotNormalise: cannot ? { kind: 'cant-compute', reason: 'no period' } : null,
  caveats: [],
  interpretation: null,
  evidence: {
    corroboratingVoices: [],
    contradictingVoices,
    corroboratingCount: 0,
    contradictingCount: contradictingVoices.length,
    compatibleVoices: [],
    compatibleCount: 0,
    selfConsistentWith: [],
    selfConsistentCount: 0,
    selfContradicting: [],
    selfContradictingCount: 0,
  },
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
  pairsOmitted: false,
  disjointIndependentPairs: pairs.filter((p) => p.relation === 'disjoint' && !p.sameVoice).length,
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
      entry('a', 'activists', iv(64.3, null), false, ['ministry']),
      entry('b', 'ministry', iv(20, 25), false, ['activists']),
      entry('c', 'ministry', iv(22, 22, true), false, ['activists']),
      entry('d', 'x', iv(1, 1), true),
    ],
    [
      {
        a: 'a',
        b: 'b',
        relation: 'disjoint',
        distance: 39.3,
        sameVoice: false,
        comparability: comparable,
        judgement: 'contradicts',
        nested: false,
      },
      {
        a: 'a',
        b: 'c',
        relation: 'disjoint',
        distance: 42,
        sameVoice: false,
        comparability: comparable,
        judgement: 'contradicts',
        nested: false,
      },
      {
        a: 'b',
        b: 'c',
        relation: 'overlap',
        distance: 0,
        sameVoice: true,
        comparability: comparable,
        judgement: 'corroborates',
        nested: false,
      },
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
        // The engine lists only other voices as contradicting; a voice's clash with itself is kept apart.
        [entry('x', 'v', iv(1, 2)), entry('y', 'v', iv(5, 6)), entry('z', 'w', iv(1, 6))],
        [
          {
            a: 'x',
            b: 'y',
            relation: 'disjoint',
            distance: 3,
            sameVoice: true,
            comparability: comparable,
            judgement: 'contradicts',
            nested: false,
          },
        ],
      ),
    );
    // No independent bounded figure corroborates them either: not contradicted, not confirmed.
    expect(statuses.get('x')).toBe('compatible');
    expect(statuses.get('y')).toBe('compatible');
  });
  it('clips the consensus band to the axis', () => {
    const m = toChartRows(group([entry('a', 'v', iv(10, null))], [], iv(10, null)), (id) => id);
    expect(m.consensus).toEqual({ low: 10, high: m.domain[1] });
  });
});

describe('sampleEntries', () => {
  const many = Array.from({ length: 500 }, (_, i) => ({ id: i, interval: iv(i, i + 10) }));
  it('keeps everything under the cap, in order', () => {
    expect(sampleEntries(many.slice(0, 5), 10).map((e) => e.id)).toEqual([0, 1, 2, 3, 4]);
  });
  it('keeps the extremes that set the spread and stays within the cap', () => {
    const picked = sampleEntries(many, 40);
    expect(picked).toHaveLength(40);
    const ids = picked.map((e) => e.id);
    expect(ids).toContain(499);
    expect(ids).toContain(0);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
  });
  it('says a chart of a big group is a sample', () => {
    const entries = many.map((e) => entry(`c${e.id}`, `v${e.id}`, e.interval));
    const model = toChartRows(group(entries, []), (id) => id, 30);
    expect(model.rows).toHaveLength(30);
    expect(model).toMatchObject({ truncated: true, drawableCount: 500 });
  });
});

describe('shortInterval', () => {
  it('writes a value label in a few characters', () => {
    expect(shortInterval(iv(50, 50))).toBe('50');
    expect(shortInterval(iv(45, 55, true))).toBe('~45–55');
    expect(shortInterval(iv(20, 25))).toBe('20–25');
    expect(shortInterval({ ...iv(900, null), lowInclusive: false })).toBe('> 900');
    expect(shortInterval(iv(900, null))).toBe('≥ 900');
    expect(shortInterval({ ...iv(null, 10), highInclusive: false })).toBe('< 10');
    expect(shortInterval(iv(null, 1448))).toBe('≤ 1,448');
    expect(shortInterval(iv(null, null))).toBe('any');
  });
});

describe('withTips', () => {
  it('adds a tooltip to the rows it has one for, and leaves the others as they were', () => {
    const m = toChartRows(group([entry('a', 'v', iv(1, 2)), entry('b', 'w', iv(3, 4))], []), (id) => id);
    const tip = {
      claimId: 'a',
      claimant: 'V',
      figure: '“1 to 2”',
      compared: null,
      outlet: 'Reported by X',
      date: 'Stated 2016-03-01',
      interpretation: null,
      status: 'Contradicted by another source',
    };
    const tipped = withTips(m, (row) => (row.claimId === 'a' ? tip : null));
    expect(tipped.rows[0]?.tip).toEqual(tip);
    expect(tipped.rows[1]).toBe(m.rows[1]);
    expect(m.rows[0]?.tip).toBeUndefined();
  });
});
