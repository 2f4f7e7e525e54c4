import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { buildGroups, contestedScore, EVIDENCE_LIST_LIMIT, pickAnchor, unitLabel, type EngineComparisonGroup } from './divergence';
import { claimSchema, measureSchema, sourceSchema, type Claim, type Dataset } from './schema';

// Small dataset builder: ids from data, defaults from the schema.
const src = (id: string, parentId: string | null = null) =>
  sourceSchema.parse({ id, name: id.toUpperCase(), kind: 'activist group', alignment: 'x', description: '', parentId });
const meas = (x: Partial<z.input<typeof measureSchema>> & { id: string }) =>
  measureSchema.parse({ label: x.id, unit: 'raids', description: '', ...x });
let seq = 0;
const claim = (x: Partial<Omit<Claim, 'value'>> & { claimantId: string; measureId: string; value: Partial<Claim['value']> }): Claim =>
  claimSchema.parse({
    id: `c${String(++seq).padStart(3, '0')}`,
    articleId: 'a',
    quote: 'q',
    span: [0, 1],
    outletId: 'outlet',
    via: [],
    period: null,
    per: null,
    statedOn: null,
    place: 'Palmyra',
    ...x,
    value: {
      low: null,
      high: null,
      lowInclusive: true,
      highInclusive: true,
      approximate: false,
      interpretation: null,
      ...x.value,
      asWritten: x.value.asWritten ?? written(x.value.low ?? null, x.value.high ?? null),
    },
  });
/** The words a report would print for [low, high]. */
function written(low: number | null, high: number | null): string {
  if (low !== null && high !== null) return low === high ? String(low) : `${low} to ${high}`;
  return low !== null ? `at least ${low}` : high !== null ? `up to ${high}` : 'any number';
}
const march = { from: '2016-03-09', to: '2016-03-22' };
const definition = { kind: 'definition' as const, note: 'a raid is not a sortie' };
const measures = [
  meas({ id: 'raids', comparableWith: [{ measureId: 'sorties', relation: 'same', caveats: [definition] }] }),
  meas({ id: 'sorties', unit: 'sorties' }),
  meas({ id: 'intact', unit: 'percent', total: 100, comparableWith: [{ measureId: 'destroyed', relation: 'complement', caveats: [] }] }),
  meas({ id: 'destroyed', unit: 'percent', total: 100 }),
  meas({ id: 'kills', unit: 'people' }),
  meas({ id: 'age', unit: 'years', context: true }),
];
const sources = [
  src('prc'),
  src('rdm'),
  src('spokesman', 'rdm'),
  src('sohr'),
  src('airwars'),
  src('dgam'),
  src('maamoun', 'dgam'),
  src('activist'),
];
const ds = (claims: Claim[]): Dataset => ({ articles: [], sources, measures, claims });
const group = (groups: EngineComparisonGroup[], id: string): EngineComparisonGroup => {
  const g = groups.find((x) => x.id === id);
  if (!g) throw new Error(`no group ${id}`);
  return g;
};

describe('raids vs sorties: totals become daily rates', () => {
  const raids = claim({
    claimantId: 'prc',
    measureId: 'raids',
    period: { ...march, approximate: false, evidence: '' },
    value: { low: 900, lowInclusive: false, asWritten: 'more than 900' },
  });
  const sorties = claim({ claimantId: 'spokesman', measureId: 'sorties', per: 'day', value: { low: 20, high: 25, asWritten: '20 to 25' } });
  const noPeriod = claim({ claimantId: 'activist', measureId: 'raids', value: { low: 200, asWritten: 'hundreds' } });
  const groups = buildGroups(ds([raids, sorties, noPeriod]));
  const g = group(groups, 'raids');

  it('puts the group per day with the anchor unit', () => {
    expect(g.per).toBe('day');
    expect(g.unit).toBe('raids a day');
    expect(g.measureIds).toEqual(['raids', 'sorties']);
  });
  it('explains the normalisation and keeps exact numbers', () => {
    const e = g.entries.find((x) => x.claimId === raids.id)!;
    expect(e.explanations).toEqual(['more than 900 raids in 14 days → more than 64 a day']);
    expect(e.interval.low).toBeCloseTo(900 / 14, 12);
    expect(e.caveats).toEqual([]);
    expect(g.entries.find((x) => x.claimId === sorties.id)!.caveats).toEqual([definition]);
  });
  it('a total without a period is left out of the overlap maths, with why', () => {
    const e = g.entries.find((x) => x.claimId === noPeriod.id)!;
    expect(e.cannotNormalise?.reason).toMatch(/no period/);
    expect(e.interval).toEqual(e.original);
    expect(g.pairs.some((p) => p.a === noPeriod.id || p.b === noPeriod.id)).toBe(false);
    expect(g.summary).toContain('ACTIVIST: “hundreds” of raids (not compared: no period stated)');
  });
  it('the pair is disjoint, with distance and the definitional caveat', () => {
    expect(g.pairs).toHaveLength(1);
    const p = g.pairs[0]!;
    expect(p.relation).toBe('disjoint');
    expect(p.distance).toBeCloseTo(900 / 14 - 25, 9);
    expect(p.sameVoice).toBe(false);
    expect(p.comparability.caveats).toContainEqual(definition);
  });
  it('reads the spread and the summary, one entry per voice', () => {
    expect(g.consensus).toBeNull();
    expect(g.spread.kind).toBe('spread');
    if (g.spread.kind === 'spread') {
      expect(g.spread.ratio).toBeCloseTo(900 / 14 / 25, 9);
      expect(g.spread.text).toBe(
        'the lower bound of one figure, more than 64 raids a day (PRC), is 2.6× the upper bound of the other, up to 25 sorties a day (SPOKESMAN, RDM)',
      );
    }
    expect(g.summary).toMatch(
      /^PRC: “more than 900” raids \(≈ more than 64 raids a day if spread evenly over 14 days\); SPOKESMAN, RDM: “20 to 25” sorties a day; ACTIVIST: /,
    );
    expect(g.voiceCount).toBe(3);
    expect(g.contestedScore).toBeCloseTo(Math.log2(900 / 14 / 25) + Math.log(2), 9);
  });
});

describe('overlap, same voice, one voice', () => {
  it('everything overlaps: consensus in the text', () => {
    const g = buildGroups(
      ds([
        claim({ claimantId: 'sohr', measureId: 'kills', value: { low: 10, high: 30 } }),
        claim({ claimantId: 'airwars', measureId: 'kills', value: { low: 20, high: 25 } }),
      ]),
    )[0]!;
    expect(g.spread).toMatchObject({ kind: 'spread', verdict: 'agree' });
    expect(g.consensus).toMatchObject({ low: 20, high: 25 });
    if (g.spread.kind === 'spread') expect(g.spread.text).toContain('overlap in 20–25 people');
    expect(g.entries.every((e) => e.evidence.corroboratingCount === 1 && e.evidence.compatibleCount === 0)).toBe(true);
    expect(g.contestedScore).toBe(0);
  });
  it('an open figure overlapping bounded ones is compatible: no consensus, no corroboration', () => {
    const g = buildGroups(
      ds([
        claim({ claimantId: 'sohr', measureId: 'kills', value: { low: 15 } }),
        claim({ claimantId: 'airwars', measureId: 'kills', value: { low: 20, high: 20 } }),
        claim({ claimantId: 'prc', measureId: 'kills', value: { low: 25, high: 25 } }),
      ]),
    )[0]!;
    const open = g.entries.find((e) => e.claimantId === 'sohr')!;
    expect(open.evidence).toMatchObject({ corroboratingCount: 0, compatibleCount: 2, contradictingCount: 0 });
    // 20 and 25 are both bounded and disjoint: the open figure never reconciles them.
    expect(g.spread).toMatchObject({ kind: 'spread', verdict: 'contradicts' });
    expect(g.consensus).toBeNull();
  });
  it('"up to 300" never makes 150 a consensus', () => {
    const g = buildGroups(
      ds([
        claim({ claimantId: 'sohr', measureId: 'kills', value: { high: 300 } }),
        claim({ claimantId: 'airwars', measureId: 'kills', value: { low: 150, high: 150 } }),
      ]),
    )[0]!;
    expect(g.consensus).toBeNull();
    expect(g.spread).toMatchObject({ kind: 'spread', verdict: 'compatible' });
    expect(g.entries.map((e) => e.evidence.compatibleCount)).toEqual([1, 1]);
  });
  it('the same voice twice is never corroboration, and one voice has no spread', () => {
    const a = claim({ claimantId: 'rdm', measureId: 'kills', value: { low: 60, lowInclusive: false } });
    const b = claim({ claimantId: 'spokesman', measureId: 'kills', value: { low: 64, high: 64 } });
    const g = buildGroups(ds([a, b]))[0]!;
    expect(g.pairs[0]).toMatchObject({ relation: 'overlap', sameVoice: true });
    expect(g.entries[0]!.evidence.corroboratingVoices).toEqual([]);
    expect(g.entries[0]!.evidence.selfConsistentWith).toHaveLength(1);
    expect(g.voiceCount).toBe(1);
    expect(g.spread).toEqual({ kind: 'cant-compute', reason: 'only one source' });
  });
  it('periods that do not overlap are a difference over time, not evidence', () => {
    const p1 = { from: '2016-03-01', to: '2016-03-01', approximate: false, evidence: '' };
    const p2 = { from: '2016-12-11', to: '2016-12-11', approximate: false, evidence: '' };
    const g = buildGroups(
      ds([
        claim({ claimantId: 'sohr', measureId: 'kills', period: p1, value: { low: 5, high: 5 } }),
        claim({ claimantId: 'airwars', measureId: 'kills', period: p2, value: { low: 50, high: 50 } }),
      ]),
    )[0]!;
    expect(g.pairs[0]).toMatchObject({ periodsDisjoint: true, countsAsEvidence: false, judgement: 'unrelated' });
    expect(g.pairs[0]!.comparability.caveats[0]!.note).toBe('the periods share no day (1 March 2016 and 11 December 2016)');
    expect(g.entries[0]!.evidence.contradictingVoices).toEqual([]);
  });
});

describe('complements, zero and touching ends', () => {
  it('80% intact vs 100% destroyed: complement to the anchor, disjoint', () => {
    const a = claim({ claimantId: 'maamoun', measureId: 'intact', value: { low: 80, high: 80 } });
    const b = claim({ claimantId: 'activist', measureId: 'destroyed', value: { low: 100, high: 100 } });
    const g = buildGroups(ds([a, b]))[0]!;
    expect(g.anchorMeasureId).toBe('destroyed'); // tie on claims → id order
    expect(g.unit).toBe('%');
    const e = g.entries.find((x) => x.claimId === a.id)!;
    expect(e.interval).toMatchObject({ low: 20, high: 20 });
    expect(e.explanations[0]).toBe('80% intact → 20% destroyed (100 − value)');
    expect(g.pairs[0]!.relation).toBe('disjoint');
    expect(g.spread).toMatchObject({ kind: 'spread', ratio: 5 });
    expect(g.summary).toBe('ACTIVIST: “100” (100%); MAAMOUN, DGAM: “80” (80%; read as 20% here)');
  });
  it('an upper bound of zero gives an infinite ratio, capped in the score', () => {
    const g = buildGroups(
      ds([
        claim({ claimantId: 'sohr', measureId: 'kills', value: { low: 0, high: 0 } }),
        claim({ claimantId: 'airwars', measureId: 'kills', value: { low: 12, high: 12 } }),
      ]),
    )[0]!;
    expect(g.spread).toMatchObject({ kind: 'spread', ratio: Number.POSITIVE_INFINITY });
    if (g.spread.kind === 'spread')
      expect(g.spread.text).toBe(
        'the lower bound of one figure, 12 people (AIRWARS), is above the upper bound of the other, 0 people (SOHR)',
      );
    expect(g.contestedScore).toBeCloseTo(10 + Math.log(2), 9);
  });
  it('touching at an excluded point: disjoint at distance 0, ratio 1', () => {
    const g = buildGroups(
      ds([
        claim({ claimantId: 'sohr', measureId: 'kills', value: { low: 0, high: 5, highInclusive: false } }),
        claim({ claimantId: 'airwars', measureId: 'kills', value: { low: 5, high: 9 } }),
      ]),
    )[0]!;
    expect(g.pairs[0]).toMatchObject({ relation: 'disjoint', distance: 0 });
    expect(g.spread).toMatchObject({ ratio: 1 });
    if (g.spread.kind === 'spread') expect(g.spread.text).toMatch(/touches/);
  });
});

describe('context and ranking', () => {
  it('context measures and context claims are grouped apart and ranked last with score 0', () => {
    const groups = buildGroups(
      ds([
        claim({ claimantId: 'sohr', measureId: 'age', value: { low: 2000, high: 2000 } }),
        claim({ claimantId: 'airwars', measureId: 'age', value: { low: 1, high: 1 } }),
        claim({ claimantId: 'sohr', measureId: 'kills', value: { low: 1, high: 1 } }),
        claim({ claimantId: 'airwars', measureId: 'kills', context: true, value: { low: 5000, high: 5000 } }),
      ]),
    );
    expect(groups.map((g) => [g.id, g.context])).toEqual([
      ['kills', false],
      ['age', true],
      ['kills#context', true],
    ]);
    expect(groups[1]!.contestedScore).toBe(0);
  });
  it('more contested groups come first', () => {
    const groups = buildGroups(
      ds([
        claim({ claimantId: 'sohr', measureId: 'kills', value: { low: 1, high: 2 } }),
        claim({ claimantId: 'airwars', measureId: 'kills', value: { low: 10, high: 10 } }),
        claim({ claimantId: 'sohr', measureId: 'raids', value: { low: 1, high: 2 } }),
        claim({ claimantId: 'airwars', measureId: 'raids', value: { low: 3, high: 3 } }),
      ]),
    );
    expect(groups.map((g) => g.id)).toEqual(['kills', 'raids']);
  });
  it('anchor: most claims, then id order', () => {
    expect(pickAnchor([{ measureId: 'b' }, { measureId: 'a' }, { measureId: 'b' }])).toBe('b');
    expect(pickAnchor([{ measureId: 'b' }, { measureId: 'a' }])).toBe('a');
    expect(pickAnchor([])).toBeNull();
  });
  it('unit labels and scores', () => {
    expect(unitLabel({ unit: 'percent' }, null)).toBe('%');
    expect(unitLabel({ unit: 'raids' }, 'day')).toBe('raids a day');
    expect(contestedScore({ kind: 'cant-compute', reason: 'x' }, 5, false)).toBe(0);
    expect(contestedScore({ kind: 'spread', ratio: 4, text: '', verdict: 'contradicts', highClaimId: 'a', lowClaimId: 'b' }, 0, true)).toBe(
      0,
    );
  });
});

/** The sorted-bounds path names the compatible voices it can see among the first overlapping ones: a prefix of the full list, equal to it whenever no more than the list limit overlap. Everything else is identical. */
function expectSameEvidence(bounds: EngineComparisonGroup, pairs: EngineComparisonGroup): void {
  bounds.entries.forEach((e, i) => {
    const full = pairs.entries[i]!.evidence;
    const { compatibleVoices, ...rest } = e.evidence;
    const { compatibleVoices: fullList, ...fullRest } = full;
    expect(rest).toEqual(fullRest);
    expect(fullList.slice(0, compatibleVoices.length)).toEqual(compatibleVoices);
    if (full.compatibleCount + full.corroboratingCount <= EVIDENCE_LIST_LIMIT) expect(compatibleVoices).toEqual(fullList);
  });
}

describe('large groups: evidence from sorted bounds equals evidence from pairs', () => {
  it('same corroborating/contradicting voices and disjoint-pair count', () => {
    const voices = ['prc', 'rdm', 'spokesman', 'sohr', 'airwars'];
    const arbClaim = fc
      .record({
        v: fc.constantFrom(...voices),
        a: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null, freq: 6 }),
        b: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null, freq: 6 }),
        li: fc.boolean(),
        hi: fc.boolean(),
      })
      .map(({ v, a, b, li, hi }) => {
        const [low, high] = a !== null && b !== null && a > b ? [b, a] : [a, b];
        const degenerate = low !== null && low === high;
        return claim({
          claimantId: v,
          measureId: 'kills',
          value: { low, high, lowInclusive: degenerate || li, highInclusive: degenerate || hi },
        });
      });
    fc.assert(
      fc.property(fc.array(arbClaim, { minLength: 1, maxLength: 25 }), (claims) => {
        const small = buildGroups(ds(claims))[0]!;
        const large = buildGroups(ds(claims), 0)[0]!;
        expect(large.pairsOmitted).toBe(true);
        expect(large.pairs).toEqual([]);
        expect(large.disjointIndependentPairs).toBe(small.disjointIndependentPairs);
        expectSameEvidence(large, small);
        expect(large.contestedScore).toBeCloseTo(small.contestedScore, 9);
      }),
      { numRuns: 150 },
    );
  });
  it('many voices: exact counts and the same first voices in id order (lists capped), in both paths', () => {
    const arbClaim = fc
      .record({
        v: fc.integer({ min: 0, max: 39 }),
        a: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null, freq: 8 }),
        b: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null, freq: 8 }),
        li: fc.boolean(),
        hi: fc.boolean(),
      })
      .map(({ v, a, b, li, hi }) => {
        const [low, high] = a !== null && b !== null && a > b ? [b, a] : [a, b];
        const degenerate = low !== null && low === high;
        return claim({
          claimantId: `voice-${String(v).padStart(2, '0')}`,
          measureId: 'kills',
          value: { low, high, lowInclusive: degenerate || li, highInclusive: degenerate || hi },
        });
      });
    let capped = 0;
    fc.assert(
      fc.property(fc.array(arbClaim, { minLength: 1, maxLength: 80, size: 'max' }), (claims) => {
        const pairs = buildGroups(ds(claims), Number.POSITIVE_INFINITY)[0]!;
        const bounds = buildGroups(ds(claims), 0)[0]!;
        expect(pairs.pairsOmitted).toBe(false);
        expect(bounds.pairsOmitted).toBe(true);
        expect(bounds.disjointIndependentPairs).toBe(pairs.disjointIndependentPairs);
        expectSameEvidence(bounds, pairs);
        for (const e of bounds.entries) {
          const ev = e.evidence;
          expect(ev.corroboratingVoices).toHaveLength(Math.min(ev.corroboratingCount, EVIDENCE_LIST_LIMIT));
          expect(ev.contradictingVoices).toHaveLength(Math.min(ev.contradictingCount, EVIDENCE_LIST_LIMIT));
          if (ev.corroboratingCount > EVIDENCE_LIST_LIMIT || ev.contradictingCount > EVIDENCE_LIST_LIMIT) capped++;
        }
      }),
      { numRuns: 60 },
    );
    expect(capped).toBeGreaterThan(0);
  });
});

describe('summarise at scale', () => {
  it('keeps the two highest and two lowest voices and counts the rest', () => {
    const voices = Array.from({ length: 9 }, (_, i) => src(`v${i}`));
    const claims = voices.map((v, i) => claim({ claimantId: v.id, measureId: 'kills', value: { low: i * 10, high: i * 10 } }));
    const [g] = buildGroups({ claims, measures, sources: voices });
    expect(g?.summary).toBe('V8: “80” people; V7: “70” people; 5 more sources in between; V1: “10” people; V0: “0” people');
  });
  it('names at most two figures per voice', () => {
    const claims = [10, 20, 30, 40].map((n) => claim({ claimantId: 'sohr', measureId: 'kills', value: { low: n, high: n } }));
    const [g] = buildGroups({ claims, measures, sources });
    expect(g?.summary).toBe('SOHR: “10” people and “20” people and 2 more');
  });
});
