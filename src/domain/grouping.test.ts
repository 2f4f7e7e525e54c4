import { describe, expect, it } from 'vitest';
import { claimDate, groupClaims, monthLabel } from './grouping';
import { claimSchema, sourceSchema, type Claim } from './schema';

const sources = [
  sourceSchema.parse({ id: 'rdm', name: 'Russian Defence Ministry', kind: 'government', alignment: 'Russia', description: '' }),
  sourceSchema.parse({
    id: 'prc',
    name: 'Palmyra Revolution Coordination',
    kind: 'activist group',
    alignment: 'opposition',
    description: '',
  }),
  sourceSchema.parse({ id: 'afp', name: 'AFP', kind: 'news agency', alignment: 'independent', description: '' }),
];
const claim = (id: string, claimantId: string, statedOn: string | null, from: string | null): Claim =>
  claimSchema.parse({
    id,
    articleId: 'a',
    quote: 'q',
    span: [0, 1],
    claimantId,
    outletId: 'afp',
    via: [],
    measureId: 'm',
    value: { low: 1, high: 1, lowInclusive: true, highInclusive: true, approximate: false, asWritten: '1', interpretation: null },
    period: from ? { from, to: from } : null,
    per: null,
    statedOn,
    place: 'Palmyra',
  });
const claims = [
  claim('c3', 'rdm', null, null),
  claim('c1', 'prc', '2016-03-22', '2016-03-09'),
  claim('c2', 'rdm', '2016-03-18', '2016-12-11'),
  claim('c4', 'ghost', '2016-03-18', '2015-10-01'),
];

describe('groupClaims', () => {
  it('by source, by name, claims by date with undated last', () => {
    expect(groupClaims(claims, 'source', sources)).toEqual([
      { key: 'ghost', label: 'ghost', claimIds: ['c4'] },
      { key: 'prc', label: 'Palmyra Revolution Coordination', claimIds: ['c1'] },
      { key: 'rdm', label: 'Russian Defence Ministry', claimIds: ['c2', 'c3'] },
    ]);
  });
  it('by date stated: time order, undated last', () => {
    expect(groupClaims(claims, 'statedOn', sources).map((g) => [g.key, g.claimIds])).toEqual([
      ['2016-03-18', ['c2', 'c4']],
      ['2016-03-22', ['c1']],
      ['undated', ['c3']],
    ]);
  });
  it('by period month, no period last', () => {
    expect(groupClaims(claims, 'period', sources).map((g) => g.label)).toEqual([
      'October 2015',
      'March 2016',
      'December 2016',
      'No period stated',
    ]);
  });
  it('by kind, alignment and outlet; unknown sources last', () => {
    expect(groupClaims(claims, 'kind', sources).map((g) => g.key)).toEqual(['activist group', 'government', 'unknown']);
    expect(groupClaims(claims, 'alignment', sources).map((g) => g.key)).toEqual(['opposition', 'Russia', 'unknown']);
    expect(groupClaims(claims, 'outlet', new Map(sources.map((s) => [s.id, s])))).toEqual([
      { key: 'afp', label: 'AFP', claimIds: ['c2', 'c4', 'c1', 'c3'] },
    ]);
  });
  it('is deterministic whatever the input order; empty input gives no groups', () => {
    expect(groupClaims([...claims].reverse(), 'statedOn', sources)).toEqual(groupClaims(claims, 'statedOn', sources));
    expect(groupClaims([], 'source', sources)).toEqual([]);
  });
  it('monthLabel', () => {
    expect(monthLabel('2016-03')).toBe('March 2016');
    expect(monthLabel('nope')).toBe('nope');
  });
});

describe('claimDate', () => {
  const articles = new Map([['a1', { publishedAt: '2016-03-29' }]]);
  const base = { articleId: 'a1', statedOn: null } as unknown as Claim;
  it('uses the date stated when there is one', () => {
    expect(claimDate({ ...base, statedOn: '2016-03-22' }, articles)).toEqual({ date: '2016-03-22', basis: 'stated' });
  });
  it('falls back to the date of the report, marked as such', () => {
    expect(claimDate(base, articles)).toEqual({ date: '2016-03-29', basis: 'reported' });
  });
  it('gives null for an article with no date printed: the day it was read is not when the claim was made', () => {
    const undated = new Map([['a1', { publishedAt: null, accessedOn: '2026-01-05' }]]);
    expect(claimDate(base, undated)).toBeNull();
    expect(claimDate({ ...base, statedOn: '2016-03-22' }, undated)).toEqual({ date: '2016-03-22', basis: 'stated' });
  });
  it('gives null when the article is unknown', () => {
    expect(claimDate({ ...base, articleId: 'gone' }, articles)).toBeNull();
  });
});
