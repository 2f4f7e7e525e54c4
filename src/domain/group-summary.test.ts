import { describe, expect, it } from 'vitest';
import { rankGroups } from './analyse';
import { summarise } from './group-summary';
import type { Dataset } from './schema';
import { testClaim, testMeasure, testSource } from '../testing/builders';

const dataset: Dataset = {
  articles: [],
  sources: [testSource('activists'), testSource('ministry')],
  measures: [testMeasure({ id: 'raids', unit: 'raids' })],
  claims: [testClaim('activists', 'raids', 900, null, { id: 'c1' }), testClaim('ministry', 'raids', 20, 25, { id: 'c2' })],
};

const lookups = (texts?: Map<string, string>) => ({
  sources: new Map(dataset.sources.map((s) => [s.id, s])),
  claimsById: new Map(dataset.claims.map((c) => [c.id, c])),
  measures: new Map(dataset.measures.map((m) => [m.id, m])),
  perDay: false,
  texts,
});

describe('summarise', () => {
  it('keeps each figure’s text, and a later summary of the same figures reads it from there', () => {
    const [group] = rankGroups(dataset);
    const entries = group?.entries ?? [];
    const texts = new Map<string, string>();
    const first = summarise(entries, lookups(texts));
    expect(first).toBe(summarise(entries, lookups()));
    expect([...texts.keys()].sort()).toEqual(['c1', 'c2']);
    expect(first).toContain(`MINISTRY: ${texts.get('c2') ?? ''}`);
    // What is kept is what is printed: a kept text stands for its figure.
    texts.set('c2', 'twenty to twenty-five raids');
    expect(summarise(entries, lookups(texts))).toContain('MINISTRY: twenty to twenty-five raids');
  });
});
