import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseDataset } from './analyse';
import { buildGroups } from './divergence';
import { indexDataset } from './lookups';
import { floorOf, isFirm, judgePair, type JudgedFigure } from './relations';
import type { Claim, Dataset, Measure } from './schema';
import { testClaim, testMeasure, testSource } from '../testing/builders';
import { interval } from './interval';
import { headlineOf } from './view-models/verdict';

const sources = ['a', 'b', 'c', 'd'].map((id) => testSource(id));
const ds = (claims: Claim[], measures: Measure[] = [testMeasure({ id: 'kills' })]): Dataset => ({
  articles: [],
  sources,
  measures,
  claims,
});
const figure = (x: Partial<JudgedFigure> & { interval: JudgedFigure['interval'] }): JudgedFigure => ({
  exact: x.interval,
  side: 'm',
  firm: true,
  period: null,
  additive: true,
  ...x,
});
const period = (from: string, to: string) => ({ from, to, approximate: false, evidence: '' });

// A figure as a report gives it: a point, a range, "at least N", "up to N", or a vague word read by a rule.
const arbValue = fc
  .record({
    kind: fc.constantFrom('point', 'range', 'at-least', 'up-to', 'vague'),
    a: fc.integer({ min: 0, max: 50 }),
    w: fc.integer({ min: 0, max: 20 }),
  })
  .map(({ kind, a, w }): Claim['value'] => {
    const base = { lowInclusive: true, highInclusive: true, approximate: false, interpretation: null, asWritten: String(a) };
    if (kind === 'point') return { ...base, low: a, high: a };
    if (kind === 'range') return { ...base, low: a, high: a + w, asWritten: `${a} to ${a + w}` };
    if (kind === 'at-least') return { ...base, low: a, high: null, highInclusive: false, asWritten: `at least ${a}` };
    if (kind === 'up-to') return { ...base, low: null, high: a, lowInclusive: false, asWritten: `up to ${a}` };
    return {
      ...base,
      low: a,
      high: null,
      highInclusive: false,
      asWritten: 'scores',
      interpretation: { rule: 'scores', reading: 'read as at least 40' },
    };
  });
const arbClaims = fc.array(
  fc
    .record({ v: fc.constantFrom('a', 'b', 'c', 'd'), value: arbValue })
    .map(({ v, value }) => testClaim(v, 'kills', null, null, { value })),
  { minLength: 2, maxLength: 8 },
);

describe('judgePair', () => {
  it('bounded overlapping figures corroborate; an open or vague side makes them compatible; disjoint ones contradict', () => {
    expect(judgePair(figure({ interval: interval(20, 25) }), figure({ interval: interval(22, 22) })).judgement).toBe('corroborates');
    expect(judgePair(figure({ interval: interval(15, null), firm: false }), figure({ interval: interval(20, 20) })).judgement).toBe(
      'compatible',
    );
    expect(judgePair(figure({ interval: interval(40, null), firm: false }), figure({ interval: interval(300, null) })).judgement).toBe(
      'compatible',
    );
    expect(judgePair(figure({ interval: interval(0, 0) }), figure({ interval: interval(80, 80) })).judgement).toBe('contradicts');
  });
  it('nested periods: "nearly 120 in 8–11 Dec" is consistent with 352 in 8–22 Dec and contradicts 100', () => {
    const sub = figure({ interval: interval(108, 120, { approximate: true }), period: period('2016-12-08', '2016-12-11') });
    const whole = (n: number) => figure({ interval: interval(n, n), period: period('2016-12-08', '2016-12-22') });
    expect(judgePair(sub, whole(352))).toMatchObject({ judgement: 'compatible', nested: true, period: 'inside' });
    expect(judgePair(whole(352), sub)).toMatchObject({ judgement: 'compatible', nested: true, period: 'contains' });
    expect(judgePair(sub, whole(100))).toMatchObject({ judgement: 'contradicts', nested: true });
  });
  it('totals for partly overlapping periods, and any figures for periods sharing no day, are unrelated', () => {
    const a = figure({ interval: interval(10, 10), period: period('2016-12-08', '2016-12-11') });
    expect(judgePair(a, figure({ interval: interval(99, 99), period: period('2016-12-10', '2016-12-22') })).judgement).toBe('unrelated');
    expect(judgePair(a, figure({ interval: interval(99, 99), period: period('2016-12-12', '2016-12-22') })).judgement).toBe('unrelated');
  });
  it('isFirm: both ends and no vague word; approximate counts as bounded', () => {
    expect(isFirm({ low: 45, high: 55, interpretation: null })).toBe(true);
    expect(isFirm({ low: 15, high: null, interpretation: null })).toBe(false);
    expect(isFirm({ low: 0, high: 0, interpretation: { rule: 'completely-destroyed', reading: 'x' } })).toBe(false);
    expect(floorOf(interval(3, 5))).toMatchObject({ low: 3, high: null });
  });
});

describe('relations: properties', () => {
  it('compatible-only overlaps never produce a consensus or a grade of 1 or 2', () => {
    fc.assert(
      fc.property(arbClaims, (claims) => {
        const a = analyseDataset(ds(claims));
        for (const g of a.groups) {
          if (g.consensus) {
            const firmVoices = new Set(g.entries.filter((e) => e.firm).map((e) => e.voiceId));
            expect(firmVoices.size).toBeGreaterThanOrEqual(2);
          }
          for (const e of g.entries) {
            const grade = a.credibility[e.claimId]!.grade;
            if (e.evidence.corroboratingCount === 0) expect(grade).toBeGreaterThanOrEqual(3);
            if (!e.firm) expect(e.evidence.corroboratingCount).toBe(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
  it('nested totals never contradict when the sub-period total is below the whole', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 11, max: 28 }),
        (sub, extra, subEnd, wholeEnd) => {
          const short = testClaim('a', 'kills', sub, sub, { period: period('2016-12-01', `2016-12-${String(subEnd).padStart(2, '0')}`) });
          const longAbove = testClaim('b', 'kills', sub + extra, sub + extra, { period: period('2016-12-01', `2016-12-${wholeEnd}`) });
          const below = Math.max(0, sub - 1 - extra);
          const longBelow = testClaim('c', 'kills', below, below, { period: period('2016-12-01', `2016-12-${wholeEnd}`) });
          const g = buildGroups(ds([short, longAbove, longBelow]))[0]!;
          const pair = (x: Claim, y: Claim) => g.pairs.find((p) => (p.a === x.id && p.b === y.id) || (p.a === y.id && p.b === x.id))!;
          expect(pair(short, longAbove)).toMatchObject({ nested: true, judgement: 'compatible' });
          // A longer period's total below the shorter period's is a contradiction.
          if (sub > 0) expect(pair(short, longBelow)).toMatchObject({ nested: true, judgement: 'contradicts' });
        },
      ),
      { numRuns: 200 },
    );
  });
  it("a part's figure never exceeds a whole's upper bound without a contradiction", () => {
    const measures = [
      testMeasure({ id: 'killed', comparableWith: [{ measureId: 'casualties', relation: 'part', caveats: [] }] }),
      testMeasure({ id: 'casualties' }),
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), fc.boolean(), (part, whole, wholeFirst) => {
        const claims = [testClaim('a', 'killed', part, part), testClaim('b', 'casualties', whole, whole)];
        const g = buildGroups(ds(wholeFirst ? claims.reverse() : claims, measures))[0]!;
        expect(g.pairs).toHaveLength(1);
        expect(g.pairs[0]!.judgement).toBe(part > whole ? 'contradicts' : 'compatible');
      }),
      { numRuns: 300 },
    );
  });
  it('two figures on the same side of a part link are compared as they are, not as floors', () => {
    const measures = [
      testMeasure({ id: 'killed', comparableWith: [{ measureId: 'casualties', relation: 'part', caveats: [] }] }),
      testMeasure({ id: 'casualties' }),
    ];
    const g = buildGroups(
      ds(
        [
          testClaim('a', 'killed', 5, 5),
          testClaim('b', 'killed', 50, 50),
          testClaim('c', 'casualties', 100, 100),
          testClaim('d', 'casualties', 100, 100),
        ],
        measures,
      ),
    )[0]!;
    const measureOf = (id: string) => g.entries.find((e) => e.claimId === id)!.measureId;
    const killed = g.pairs.filter((p) => measureOf(p.a) === 'killed' && measureOf(p.b) === 'killed');
    expect(killed.map((p) => p.judgement)).toEqual(['contradicts']);
    // The wholes agree with each other; each part figure is only a floor for them.
    const wholes = g.pairs.filter((p) => measureOf(p.a) === 'casualties' && measureOf(p.b) === 'casualties');
    expect(wholes.map((p) => p.judgement)).toEqual(['corroborates']);
  });
  it('percentage gaps are always in points, and ratios are only between like units or name the link they assume', () => {
    const shares = [testMeasure({ id: 'intact', unit: 'percent', total: 100 })];
    const linked = [
      testMeasure({ id: 'raids', unit: 'raids', comparableWith: [{ measureId: 'sorties', relation: 'same', caveats: [] }] }),
      testMeasure({ id: 'sorties', unit: 'sorties' }),
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 500 }),
        (p, q, r, s) => {
          const share = ds([testClaim('a', 'intact', p, p), testClaim('b', 'intact', q, q)], shares);
          const g = buildGroups(share)[0]!;
          const text = headlineOf(g, indexDataset(share));
          if (p !== q) expect(text).toMatch(/percentage points? apart/);
          expect(text).not.toMatch(/times|×|\d% apart/);
          const counts = ds([testClaim('a', 'raids', r, r), testClaim('b', 'sorties', s, s)], linked);
          const h = headlineOf(buildGroups(counts)[0]!, indexDataset(counts));
          if (r !== s) expect(h).toMatch(/counting one (sortie as one raid|raid as one sortie)/);
        },
      ),
      { numRuns: 200 },
    );
  });
});
