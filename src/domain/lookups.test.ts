import { describe, expect, it } from 'vitest';
import { claimantName, indexDataset, sourceName } from './lookups';
import type { Dataset } from './schema';

const dataset = {
  articles: [],
  measures: [],
  sources: [{ id: 's1', name: 'Airwars', kind: 'monitoring group', alignment: 'independent', description: '', parentId: null }],
  claims: [
    { id: 'c1', claimantId: 's1' },
    { id: 'c2', claimantId: 'gone' },
  ],
} as unknown as Dataset;

describe('lookups', () => {
  const index = indexDataset(dataset);
  it('names a claim by its claimant', () => {
    expect(claimantName(index, 'c1')).toBe('Airwars');
  });
  it('falls back to ids when a record is missing', () => {
    expect(claimantName(index, 'c2')).toBe('gone');
    expect(claimantName(index, 'nope')).toBe('nope');
    expect(sourceName(index.sources, '__proto__')).toBe('__proto__');
  });
});
