import { describe, expect, it } from 'vitest';
import { analyseDataset } from './analyse';
import { testClaim, testMeasure, testSource } from '../testing/builders';
import type { Claim, Dataset } from './schema';

const src = (id: string) => testSource(id);
const meas = testMeasure;
const claim = (
  id: string,
  claimantId: string,
  measureId: string,
  low: number | null,
  high: number | null,
  extra: Partial<Claim> = {},
): Claim => testClaim(claimantId, measureId, low, high, { id, ...extra });
const dataset: Dataset = {
  articles: [],
  sources: ['a', 'b', 'c'].map(src),
  measures: [
    meas({
      id: 'kills',
      comparableWith: [{ measureId: 'deaths', relation: 'same', caveats: [{ kind: 'population', note: 'fighters vs people' }] }],
    }),
    meas({ id: 'deaths' }),
    meas({ id: 'wounded' }),
    meas({ id: 'age', context: true }),
  ],
  claims: [
    claim('k1', 'a', 'kills', 10, 20),
    claim('k2', 'b', 'deaths', 50, 50),
    claim('k3', 'c', 'kills', 12, null),
    claim('w1', 'a', 'wounded', 3, 3),
    claim('w2', 'b', 'wounded', 2, 4),
    claim('g1', 'c', 'age', 2000, 2000),
  ],
};

describe('analyseDataset', () => {
  const a = analyseDataset(dataset);
  it('ranks groups most to least contested, context last', () => {
    expect(a.groups.map((g) => g.id)).toEqual(['kills', 'wounded', 'age']);
  });
  it('gives a profile per claimant and a suggestion per claim', () => {
    expect(a.profiles.map((p) => p.sourceId).sort()).toEqual(['a', 'b', 'c']);
    expect(Object.keys(a.credibility).sort()).toEqual(['g1', 'k1', 'k2', 'k3', 'w1', 'w2']);
  });
  it('is plain data: survives a JSON round trip and structuredClone unchanged', () => {
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(structuredClone(a)).toEqual(a);
  });
  it('does not depend on the order of the input', () => {
    const shuffled: Dataset = { ...dataset, claims: [...dataset.claims].reverse(), measures: [...dataset.measures].reverse() };
    expect(analyseDataset(shuffled)).toEqual(a);
  });
  it('an empty dataset gives an empty analysis', () => {
    expect(analyseDataset({ articles: [], sources: [], measures: [], claims: [] })).toEqual({ groups: [], profiles: [], credibility: {} });
  });
  it('omits pair lists above the limit and still ranks the same way', () => {
    const big = analyseDataset(dataset, 0);
    expect(big.groups.every((g) => g.pairs.length === 0 && g.pairsOmitted)).toBe(true);
    expect(big.groups.map((g) => g.id)).toEqual(['kills', 'wounded', 'age']);
  });
  it('handles a few thousand claims in a group without a pair list (its speed is measured by npm run bench)', () => {
    const claims = Array.from({ length: 5000 }, (_, i) => claim(`x${i}`, ['a', 'b', 'c'][i % 3]!, 'kills', i % 97, (i % 97) + 5));
    const r = analyseDataset({ ...dataset, claims });
    expect(r.groups[0]!.pairsOmitted).toBe(true);
    expect(r.groups[0]!.entries).toHaveLength(5000);
  });
});
