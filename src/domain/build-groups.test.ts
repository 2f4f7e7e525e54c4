import { describe, expect, it } from 'vitest';
import { analyseDataset, judgePrepared, prepareGroups, rankGroups, rankPrepared, type JudgedParts } from './analyse';
import { NO_EVIDENCE } from './group-evidence';
import { pickAnchor } from './group-footing';
import { buildProfiles } from './independence';
import { filterDataset, filterOptions, NO_FILTERS, type ClaimFilters } from './filter';
import type { Dataset } from './schema';
import { generatedDataset } from '../testing/corpus';
import { testClaim, testMeasure, testSource } from '../testing/builders';
import { loadShippedDataset } from '../testing/real-dataset';

/** A generated corpus of `claims` claims, parsed as the app reads its files. */
function corpus(claims: number): Dataset {
  return generatedDataset({ claims, seed: 7 });
}

/** The "Source kind" boxes ticked one by one, then unticked one by one, as the bench's filter changes do. */
function kindToggles(dataset: Dataset): ClaimFilters[] {
  const kinds = filterOptions(dataset).kinds.map((k) => k.value);
  const out: ClaimFilters[] = [];
  let on: string[] = [];
  for (const kind of [...kinds, ...kinds]) {
    on = on.includes(kind) ? on.filter((k) => k !== kind) : [...on, kind];
    out.push({ ...NO_FILTERS, kinds: on });
  }
  return out;
}

describe('ranking a filtered subset from prepared groups', () => {
  it('gives the groups rankGroups gives the subset, filter change after filter change (generated corpus)', () => {
    const dataset = corpus(3_000);
    const prepared = prepareGroups(dataset);
    let previous: JudgedParts | undefined;
    let anchorsMoved = 0;
    for (const filters of kindToggles(dataset)) {
      const subset = filterDataset(dataset, filters);
      const { groups, parts } = rankPrepared(prepared, subset.claims, previous);
      expect(groups).toEqual(rankGroups(subset));
      previous = parts;
      const kept = new Set(subset.claims);
      for (const { contested } of prepared.components) {
        const claims = contested?.whole.claims.filter((c) => kept.has(c)) ?? [];
        if (claims.length > 0 && pickAnchor(claims) !== contested?.whole.anchorId) anchorsMoved++;
      }
    }
    // The subsets did move some groups to another anchor, so the other-footing path was checked too.
    expect(anchorsMoved).toBeGreaterThan(0);
  });

  it('gives the analysis analyseDataset gives the subset, and leaves the prepared entries as they were', () => {
    const dataset = loadShippedDataset();
    const prepared = prepareGroups(dataset);
    const sources = dataset.sources.map((s) => s.id);
    const subsets = [
      dataset,
      ...sources.slice(0, 6).map((id) => filterDataset(dataset, { ...NO_FILTERS, sources: sources.filter((s) => s !== id) })),
      filterDataset(dataset, { ...NO_FILTERS, from: '2016-03-20', to: null }),
    ];
    for (const subset of subsets) {
      const whole = analyseDataset(subset);
      const groups = judgePrepared(prepared, subset === dataset ? null : subset.claims);
      expect(groups).toEqual(whole.groups);
      // The sources page makes its profiles from these groups.
      expect(buildProfiles(subset.claims, groups, new Map(subset.sources.map((s) => [s.id, s])))).toEqual(whole.profiles);
    }
    // Filling the analyses' evidence did not reach the prepared entries that the next ranking starts from.
    expect(rankPrepared(prepared, null).groups).toEqual(rankGroups(dataset));
  });

  it('takes a group the filter change left alone from the previous ranking, and judges again the one it changed', () => {
    const dataset: Dataset = {
      articles: [],
      sources: ['a', 'b', 'c'].map((id) => testSource(id)),
      measures: [testMeasure({ id: 'raids' }), testMeasure({ id: 'dead' })],
      claims: [
        testClaim('a', 'raids', 900, null, { id: 'r1' }),
        testClaim('b', 'raids', 20, 25, { id: 'r2' }),
        testClaim('c', 'raids', 300, 300, { id: 'r3' }),
        testClaim('a', 'dead', 10, 10, { id: 'd1' }),
        testClaim('b', 'dead', 12, 12, { id: 'd2' }),
      ],
    };
    const prepared = prepareGroups(dataset);
    const first = rankPrepared(prepared, null);
    const subset = dataset.claims.filter((c) => c.id !== 'r3');
    const second = rankPrepared(prepared, subset, first.parts);
    const byId = (groups: typeof first.groups, id: string) => groups.find((g) => g.id === id);
    expect(byId(second.groups, 'dead')).toBe(byId(first.groups, 'dead'));
    expect(byId(second.groups, 'raids')).not.toBe(byId(first.groups, 'raids'));
    expect(byId(second.groups, 'raids')?.entries.map((e) => e.claimId)).toEqual(['r1', 'r2']);
    expect(second.groups).toEqual(rankGroups({ ...dataset, claims: subset }));
  });

  it('puts a subset on a daily footing only while one of its figures is a daily rate', () => {
    const march = { from: '2016-03-01', to: '2016-03-14', approximate: false, evidence: '' };
    const dataset: Dataset = {
      articles: [],
      sources: ['a', 'b'].map((id) => testSource(id)),
      measures: [testMeasure({ id: 'sorties' })],
      claims: [
        testClaim('a', 'sorties', 20, 25, { id: 's1', per: 'day', period: march }),
        testClaim('b', 'sorties', 900, null, { id: 's2', period: march }),
        testClaim('b', 'sorties', 300, 300, { id: 's3', period: march }),
      ],
    };
    const prepared = prepareGroups(dataset);
    const totals = dataset.claims.filter((c) => c.per === null);
    const [daily] = rankPrepared(prepared, null).groups;
    const [counted] = rankPrepared(prepared, totals).groups;
    expect(daily?.per).toBe('day');
    expect(counted?.per).toBeNull();
    expect(rankPrepared(prepared, totals).groups).toEqual(rankGroups({ ...dataset, claims: totals }));
  });

  it('anchors a subset on the measure with most of its figures, the first by id on a tie, as rankGroups does', () => {
    const dataset: Dataset = {
      articles: [],
      sources: ['a', 'b', 'c', 'd'].map((id) => testSource(id)),
      measures: [
        testMeasure({ id: 'strikes', comparableWith: [{ measureId: 'raids', relation: 'same', caveats: [] }] }),
        testMeasure({ id: 'raids' }),
      ],
      claims: [
        testClaim('a', 'strikes', 900, null, { id: 's1' }),
        testClaim('b', 'strikes', 800, 800, { id: 's2' }),
        testClaim('c', 'raids', 20, 25, { id: 'r1' }),
        testClaim('d', 'raids', 30, 30, { id: 'r2' }),
        testClaim('a', 'raids', 40, 40, { id: 'r3' }),
      ],
    };
    const prepared = prepareGroups(dataset);
    const tie = dataset.claims.filter((c) => c.id !== 'r3' && c.id !== 's2');
    const strikes = dataset.claims.filter((c) => c.id !== 'r2' && c.id !== 'r3');
    const [whole] = rankPrepared(prepared, null).groups;
    const [tied] = rankPrepared(prepared, tie).groups;
    const [moved] = rankPrepared(prepared, strikes).groups;
    expect(whole?.anchorMeasureId).toBe('raids');
    // One figure on each measure: "raids" comes first by id.
    expect(tied?.anchorMeasureId).toBe('raids');
    expect(moved?.anchorMeasureId).toBe('strikes');
    expect([tied, moved]).toEqual([rankGroups({ ...dataset, claims: tie })[0], rankGroups({ ...dataset, claims: strikes })[0]]);
  });

  it('gives prepared entries one frozen, empty evidence, and fills the evidence of the groups it judges', () => {
    const dataset = corpus(600);
    const prepared = prepareGroups(dataset);
    const entries = prepared.components.flatMap(({ contested }) => contested?.whole.entries ?? []);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.evidence === NO_EVIDENCE)).toBe(true);
    expect(Object.isFrozen(NO_EVIDENCE) && Object.isFrozen(NO_EVIDENCE.contradictingVoices)).toBe(true);
    const judged = judgePrepared(prepared, null);
    expect(judged.flatMap((g) => g.entries).some((e) => e.evidence.contradictingCount > 0)).toBe(true);
    expect(judged).toEqual(analyseDataset(dataset).groups);
    expect(entries.every((e) => e.evidence === NO_EVIDENCE && e.evidence.contradictingVoices.length === 0)).toBe(true);
  });
});
