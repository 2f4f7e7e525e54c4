import { describe, expect, it } from 'vitest';
import { filterDataset, filterOptions, isUnfiltered, NO_FILTERS } from './filter';
import type { Claim, Dataset } from './schema';

const claim = (id: string, over: Partial<Claim>): Claim => ({
  id,
  articleId: 'a1',
  quote: 'q',
  span: [0, 1],
  claimantId: 's1',
  outletId: 'o1',
  via: [],
  measureId: 'm1',
  value: { low: 1, high: 1, lowInclusive: true, highInclusive: true, approximate: false, asWritten: '1', interpretation: null },
  period: null,
  per: null,
  statedOn: '2016-03-22',
  statedOnInferred: false,
  statedOnEvidence: '',
  place: 'Palmyra',
  context: false,
  notes: '',
  ...over,
});

const dataset: Dataset = {
  articles: [],
  sources: [
    { id: 's1', name: 'Monitor', kind: 'monitoring group', alignment: 'independent', description: '', parentId: null, aliases: [] },
    { id: 's2', name: 'Ministry', kind: 'military', alignment: 'Russian government', description: '', parentId: null, aliases: [] },
    { id: 'o1', name: 'Outlet', kind: 'outlet', alignment: 'independent', description: '', parentId: null, aliases: [] },
  ],
  measures: [{ id: 'm1', label: 'Raids', unit: 'raids', description: '', total: null, context: false, comparableWith: [] }],
  claims: [
    claim('c1', {}),
    claim('c2', { claimantId: 's2', statedOn: null, place: 'Syria' }),
    claim('c3', { claimantId: 's2', statedOn: '2015-05-20' }),
  ],
};

describe('filterDataset', () => {
  it('returns the dataset itself when nothing is filtered', () => {
    expect(isUnfiltered(NO_FILTERS)).toBe(true);
    expect(filterDataset(dataset, NO_FILTERS)).toBe(dataset);
  });
  it('keeps only claims whose claimant is of a chosen kind', () => {
    const out = filterDataset(dataset, { ...NO_FILTERS, kinds: ['monitoring group'] });
    expect(out.claims.map((c) => c.id)).toEqual(['c1']);
    expect(out.sources).toHaveLength(3);
  });
  it('drops undated claims once a date bound is set, and bounds are inclusive', () => {
    const out = filterDataset(dataset, { ...NO_FILTERS, from: '2015-05-20', to: '2016-03-22' });
    expect(out.claims.map((c) => c.id)).toEqual(['c1', 'c3']);
  });
  it('combines filters with AND', () => {
    const out = filterDataset(dataset, { ...NO_FILTERS, sources: ['s2'], places: ['Palmyra'] });
    expect(out.claims.map((c) => c.id)).toEqual(['c3']);
  });
});

describe('filterOptions', () => {
  it('counts claims per value and spans the stated dates', () => {
    const options = filterOptions(dataset);
    expect(options.sources).toEqual([
      { value: 's2', label: 'Ministry', count: 2 },
      { value: 's1', label: 'Monitor', count: 1 },
    ]);
    expect(options.places.map((p) => p.value)).toEqual(['Palmyra', 'Syria']);
    expect(options.dateRange).toEqual({ min: '2015-05-20', max: '2016-03-22' });
  });
});
