import { describe, expect, it } from 'vitest';
import type { Source } from './schema';
import { initialSourcePicks, mergeSources, sourceFieldRows } from './source-conflict-fields';

const base: Source = {
  id: 'spokesman',
  name: 'Army spokesman',
  kind: 'military',
  alignment: 'Syrian government',
  description: '',
  parentId: null,
  aliases: [],
};
const names = new Map<string, Source>([['army', { ...base, id: 'army', name: 'Syrian army' }]]);

describe('source conflict fields', () => {
  it('shows both versions in words, marks who changed what, and merges field by field', () => {
    const mine = { ...base, parentId: 'army' };
    const stored = { ...base, aliases: ['Col. Hassan'] };
    const rows = sourceFieldRows(base, mine, stored, names);
    expect(rows.map((r) => r.label)).toEqual([
      'Name',
      'Kind of source',
      'Side it is tied to',
      'Parent organisation',
      'Other names',
      'Who the source is',
    ]);
    const parent = rows.find((r) => r.key === 'parentId');
    expect(parent).toMatchObject({ mine: 'Syrian army', stored: 'None', diff: { differs: true, changedByMe: true, changedByThem: false } });
    const aliases = rows.find((r) => r.key === 'aliases');
    expect(aliases).toMatchObject({ mine: 'None', stored: 'Col. Hassan', diff: { changedByThem: true, changedByMe: false } });
    const picks = initialSourcePicks(rows);
    expect(picks).toEqual({ parentId: 'mine', aliases: 'stored' });
    expect(mergeSources(mine, stored, picks)).toEqual({ ...base, parentId: 'army', aliases: ['Col. Hassan'] });
  });
});
