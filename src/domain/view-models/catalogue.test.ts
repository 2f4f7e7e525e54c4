import { describe, expect, it } from 'vitest';
import { loadShippedDataset } from '../../testing/real-dataset';
import { catalogue } from './catalogue';

const shipped = loadShippedDataset();

describe('catalogue', () => {
  it('keeps every article, source and measure, no claim, and counts each measure’s figures', () => {
    const { records, figuresPerMeasure } = catalogue(shipped);
    expect(records).toEqual({ articles: shipped.articles, sources: shipped.sources, measures: shipped.measures, claims: [] });
    for (const m of shipped.measures) {
      const count = shipped.claims.filter((c) => c.measureId === m.id).length;
      expect(figuresPerMeasure.get(m.id)).toBe(count === 0 ? undefined : count);
    }
    expect([...figuresPerMeasure.values()].reduce((a, b) => a + b, 0)).toBe(shipped.claims.length);
  });
});
