import { describe, expect, it } from 'vitest';
import { generatedDataset } from '../testing/corpus';
import { loadShippedDataset } from '../testing/real-dataset';
import {
  claimIndexes,
  claimIndexFile,
  componentKey,
  measureComponentSets,
  partCount,
  partFile,
  partOf,
  partsListed,
  splitClaims,
} from './claim-parts';

describe('claim parts', () => {
  it('writes parts only for a dataset larger than one part, and never more than 64', () => {
    expect(partCount(0)).toBe(0);
    expect(partCount(4000)).toBe(0);
    expect(partCount(4001)).toBe(2);
    expect(partCount(50_000)).toBe(13);
    expect(partCount(200_000)).toBe(50);
    expect(partCount(10_000_000)).toBe(64);
  });

  it('reads the count from a record only when every part from the first is listed', () => {
    const listed = { [partFile(0)]: 'b', [partFile(1)]: 'c', [claimIndexFile(0)]: 'd', [claimIndexFile(1)]: 'e' };
    expect(partsListed({ 'claims.json': 'a', ...listed })).toBe(2);
    expect(partsListed({ 'claims.json': 'a', [partFile(1)]: 'c', [claimIndexFile(1)]: 'e' })).toBe(0);
    // A part without its index is not listed.
    expect(partsListed({ [partFile(0)]: 'b', [partFile(1)]: 'c', [claimIndexFile(0)]: 'd' })).toBe(1);
    expect(partsListed({})).toBe(0);
  });

  it('puts every claim of a component in one part, in the dataset’s order, and loses none', () => {
    const dataset = generatedDataset({ claims: 3000, seed: 3 });
    const count = 7;
    const parts = splitClaims(dataset.claims, dataset.measures, count);
    expect(parts.flat()).toHaveLength(dataset.claims.length);
    const components = measureComponentSets(dataset.measures);
    const order = new Map(dataset.claims.map((c, i) => [c, i]));
    parts.forEach((claims, part) => {
      for (const claim of claims) {
        const component = components.get(claim.measureId);
        expect(partOf(component ? componentKey(component) : claim.measureId, count)).toBe(part);
      }
      const places = claims.map((c) => order.get(c) ?? -1);
      expect(places).toEqual([...places].sort((a, b) => a - b));
    });
  });

  it('gives linked measures one component, keyed by its first id', () => {
    const { measures } = loadShippedDataset();
    const components = measureComponentSets(measures);
    for (const [id, component] of components) {
      expect(component.has(id)).toBe(true);
      expect(componentKey(component)).toBe([...component].sort()[0]);
    }
  });

  it('indexes every claim once, under its id’s own file, naming the part it is in', () => {
    const dataset = generatedDataset({ claims: 3000, seed: 3 });
    const parts = splitClaims(dataset.claims, dataset.measures, 5);
    const indexes = claimIndexes(parts);
    expect(indexes).toHaveLength(5);
    expect(indexes.reduce((n, index) => n + Object.keys(index).length, 0)).toBe(dataset.claims.length);
    parts.forEach((claims, part) => {
      for (const claim of claims) expect(indexes[partOf(claim.id, 5)]?.[claim.id]).toBe(part);
    });
  });
});
