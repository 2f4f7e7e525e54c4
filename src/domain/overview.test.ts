import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testClaim, testMeasure, testSource } from '../testing/builders';
import { loadShippedDataset } from '../testing/real-dataset';
import { analyseDataset, rankGroups } from './analyse';
import { entryStatuses } from './chart-rows';
import { filterDataset, NO_FILTERS } from './filter';
import { indexDataset } from './lookups';
import { CARD_CHART_ROWS, overlapStatuses, overviewCard, toOverview } from './overview';
import type { Claim, Dataset } from './schema';

const voices = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'spokes'];
const sources = [...voices.map((v) => testSource(v, v === 'spokes' ? 'a' : null))];
const measures = [
  testMeasure({ id: 'kills', comparableWith: [{ measureId: 'dead', relation: 'same', caveats: [] }] }),
  testMeasure({ id: 'dead' }),
  testMeasure({ id: 'intact', unit: 'percent', total: 100, comparableWith: [{ measureId: 'gone', relation: 'complement', caveats: [] }] }),
  testMeasure({ id: 'gone', unit: 'percent', total: 100 }),
];

const PERIODS = [
  { from: '2016-03-01', to: '2016-03-14', approximate: false, evidence: '' },
  { from: '2016-03-10', to: '2016-03-20', approximate: false, evidence: '' },
  { from: '2017-01-01', to: '2017-01-31', approximate: false, evidence: '' },
] as const;

// Figures with open ends, points, open/closed bounds and the odd empty interval, on linked measures; groups run past
// the pair-list limit, so both evidence paths are compared.
const arbClaim = fc
  .record({
    voice: fc.constantFrom(...voices),
    measure: fc.constantFrom('kills', 'dead', 'intact', 'gone'),
    low: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null, freq: 5 }),
    width: fc.integer({ min: -2, max: 30 }),
    open: fc.boolean(),
    lowInclusive: fc.boolean(),
    perDay: fc.boolean(),
    // Periods that overlap, and some that do not: figures for different times are no contradiction.
    period: fc.constantFrom(null, PERIODS[0], PERIODS[1], PERIODS[2]),
  })
  .map((r): Claim => {
    const high = r.open || r.low === null ? null : r.low + r.width;
    return testClaim(r.voice, r.measure, r.low, high, {
      per: r.perDay && r.measure === 'kills' ? 'day' : null,
      period: r.period,
      statedOn: r.perDay ? '2016-03-20' : null,
      ...(r.lowInclusive ? {} : { value: { ...testClaim(r.voice, r.measure, r.low, high).value, lowInclusive: false } }),
    });
  });

const arbDataset = fc
  .array(arbClaim, { minLength: 1, maxLength: 140 })
  .map((claims): Dataset => ({ articles: [], sources, measures, claims }));

describe('the overview', () => {
  it('ranks and draws exactly as the full analysis, without building evidence for large groups', () => {
    fc.assert(
      fc.property(arbDataset, fc.constantFrom(['a', 'b', 'c'], [] as string[]), (dataset, kept) => {
        const subset = filterDataset(dataset, { ...NO_FILTERS, sources: kept });
        const index = indexDataset(dataset);
        const full = analyseDataset(subset).groups;
        expect(toOverview(subset, rankGroups(subset), index, { cards: Infinity })).toEqual(
          toOverview(subset, full, index, { cards: Infinity }),
        );
      }),
      { numRuns: 120 },
    );
  });

  it('reads the drawn figures’ statuses by overlap exactly as large groups’ evidence does', () => {
    fc.assert(
      fc.property(arbDataset, (dataset) => {
        for (const group of analyseDataset(dataset, 0).groups) {
          const drawable = group.entries.filter((e) => e.cannotNormalise === null);
          expect(overlapStatuses(group, drawable)).toEqual(entryStatuses(group, drawable));
        }
      }),
      { numRuns: 120 },
    );
  });

  it('on the Palmyra dataset, filtered or not: the same overview as the full analysis, a chart for each contested measure', () => {
    const dataset = loadShippedDataset();
    const index = indexDataset(dataset);
    const someOutlets = [...new Set(dataset.claims.map((c) => c.outletId))].slice(0, 2);
    for (const filters of [NO_FILTERS, { ...NO_FILTERS, outlets: someOutlets }]) {
      const subset = filterDataset(dataset, filters);
      const overview = toOverview(subset, rankGroups(subset), index, { cards: Infinity });
      expect(overview).toEqual(toOverview(subset, analyseDataset(subset).groups, index, { cards: Infinity }));
      expect(overview.claimCount).toBe(subset.claims.length);
      for (const card of overview.cards) expect(card.chart.rows.length).toBeLessThanOrEqual(CARD_CHART_ROWS);
      // A card for each contested group, in the ranking's order.
      expect(overview.cards.map((c) => c.id)).toEqual(overview.groups.filter((g) => g.contested).map((g) => g.id));
    }
    const overview = toOverview(dataset, rankGroups(dataset), index);
    const intact = overview.groups.find((g) => g.label.startsWith('Share of Palmyra’s ancient site intact'));
    expect(intact).toMatchObject({ conflicting: true, voiceCount: 2, contested: true });
    const card = overview.cards.find((c) => c.id === intact?.id);
    expect(card?.chart.rows.map((r) => r.text).sort()).toEqual(['0%', '80%']);
    const raids = overview.groups.find((g) => g.label === 'Air raids on Palmyra, March 2016');
    expect(overview.cards.map((c) => c.id)).toContain(raids?.id);
  });

  it('words the cards of the first contested groups only; the rest are made on request, the same as in full', () => {
    const dataset = loadShippedDataset();
    const index = indexDataset(dataset);
    const groups = rankGroups(dataset);
    const contested = groups.filter((g) => !g.context && g.voiceCount >= 2);
    expect(contested.length).toBeGreaterThan(3);
    const few = toOverview(dataset, groups, index, { cards: 3 });
    const all = toOverview(dataset, groups, index, { cards: Infinity });
    expect(few.cards.map((c) => c.id)).toEqual(contested.slice(0, 3).map((g) => g.id));
    expect(few.groups).toEqual(all.groups);
    expect(contested.map((g) => overviewCard(g, index))).toEqual(all.cards);
    // Background and single-source groups have no card.
    expect(groups.filter((g) => g.context || g.voiceCount < 2).map((g) => overviewCard(g, index))).toEqual(
      groups.filter((g) => g.context || g.voiceCount < 2).map(() => null),
    );
  });
});

describe('the overview’s counts', () => {
  it('counts the news reports the figures come from, not every report, when a filter leaves some out', () => {
    const shipped = loadShippedDataset();
    const all = toOverview(shipped, rankGroups(shipped), indexDataset(shipped));
    expect(all.articleCount).toBe(new Set(shipped.claims.map((c) => c.articleId)).size);
    const [first] = shipped.claims;
    const one = filterDataset(shipped, { ...NO_FILTERS, sources: [first?.claimantId ?? ''] });
    const reports = new Set(one.claims.map((c) => c.articleId)).size;
    expect(reports).toBeLessThan(shipped.articles.length);
    expect(toOverview(one, rankGroups(one), indexDataset(one)).articleCount).toBe(reports);
    const none = filterDataset(shipped, { ...NO_FILTERS, sources: ['nobody'] });
    expect(toOverview(none, rankGroups(none), indexDataset(none))).toMatchObject({ claimCount: 0, articleCount: 0 });
  });
});
