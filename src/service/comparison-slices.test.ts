import { describe, expect, it } from 'vitest';
import { claimIndexes, measureComponentSets, partOf, splitClaims } from '../domain/claim-parts';
import { indexDataset } from '../domain/lookups';
import { loadShippedDataset } from '../testing/real-dataset';
import { claimFromParts, claimSlice, groupFromParts, groupSlice } from './comparison-slices';
import type { SealedParts } from './store/published';

const shipped = loadShippedDataset();
const parts = splitClaims(shipped.claims, shipped.measures, 4);
const indexes = claimIndexes(parts);
const sealed: SealedParts = {
  articles: shipped.articles,
  sources: shipped.sources,
  measures: shipped.measures,
  count: parts.length,
  read: (part) => Promise.resolve(parts[part] ?? null),
  partOfClaim: (claimId) => Promise.resolve(indexes[partOf(claimId, parts.length)]?.[claimId] ?? null),
  built: () => Promise.resolve(null),
};
const components = measureComponentSets(shipped.measures);

describe('comparison slices from the claims’ parts', () => {
  it('give each measure’s comparison as the whole dataset gives it', async () => {
    for (const measure of shipped.measures) {
      const component = components.get(measure.id);
      if (!component) throw new Error(`no component for ${measure.id}`);
      expect(await groupFromParts(sealed, measure.id)).toEqual(groupSlice(shipped, component, measure.id));
    }
  });

  it('give each claim’s page as the whole dataset gives it', async () => {
    const index = indexDataset(shipped);
    for (const claim of shipped.claims) {
      const component = components.get(claim.measureId) ?? new Set([claim.measureId]);
      expect(await claimFromParts(sealed, claim.id)).toEqual(claimSlice(shipped, index, component, claim));
    }
  });

  it('answer nothing they cannot answer exactly: a measure or claim they do not have, a part that did not come', async () => {
    expect(await groupFromParts(sealed, 'no-such-measure')).toBeNull();
    expect(await claimFromParts(sealed, 'no-such-claim')).toBeNull();
    const lost = { ...sealed, read: () => Promise.resolve(null) };
    expect(await groupFromParts(lost, shipped.measures[0]?.id ?? '')).toBeNull();
    expect(await claimFromParts(lost, shipped.claims[0]?.id ?? '')).toBeNull();
  });
});
