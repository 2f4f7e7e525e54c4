import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../domain/lookups';
import type { Claim } from '../../domain/schema';
import { loadShippedDataset } from '../../testing/real-dataset';
import { defaultPicks } from '../../domain/record-merge';
import { claimFieldRows, mergeClaims, recordsStillUsed } from './claim-conflict-fields';

const dataset = loadShippedDataset();
const index = indexDataset(dataset);
const names = { sources: index.sources, measures: index.measures };
const base = dataset.claims.find((c) => c.id === 'c-02') as Claim;

describe('the claim conflict view', () => {
  it('lists every readable field once, in words, and marks only those that differ', () => {
    const mine = { ...base, place: 'Tadmur' };
    const stored = { ...base, notes: 'Checked against the ministry' };
    const rows = claimFieldRows(base, mine, stored, names);
    expect(rows.map((r) => r.label)).toEqual([
      'Quote',
      'Figure',
      'Rate',
      'Claimant',
      'Outlet',
      'Intermediaries',
      'Measure',
      'Period',
      'Stated on',
      'Place',
      'Background figure',
      'Notes',
    ]);
    expect(rows.filter((r) => r.diff.differs).map((r) => [r.label, r.mine, r.stored])).toEqual([
      ['Place', 'Tadmur', base.place],
      ['Notes', base.notes === '' ? 'None' : base.notes, 'Checked against the ministry'],
    ]);
    expect(rows.find((r) => r.key === 'claimantId')?.mine).toBe(index.sources.get(base.claimantId)?.name);
    expect(rows.find((r) => r.key === 'quote')?.mine).toBe(`“${base.quote}” (characters ${base.span[0]} to ${base.span[1]})`);
  });

  it('merges with both people’s changes by default, and with the picked side where the user chooses', () => {
    const mine = { ...base, place: 'Tadmur' };
    const stored = { ...base, notes: 'Checked against the ministry' };
    const picks = defaultPicks(claimFieldRows(base, mine, stored, names).map((r) => r.diff));
    expect(picks).toEqual({ place: 'mine', notes: 'stored' });
    expect(mergeClaims(mine, stored, picks)).toEqual({ ...base, place: 'Tadmur', notes: 'Checked against the ministry' });
    expect(mergeClaims(mine, stored, { ...picks, place: 'stored' })).toEqual(stored);
  });

  it('keeps a new source or measure only while the saved claim still points at it', () => {
    const source = { ...dataset.sources[0]!, id: 'new-claimant' };
    const measure = { ...dataset.measures[0]!, id: 'new-measure' };
    const mine = { ...base, claimantId: 'new-claimant', measureId: 'new-measure' };
    expect(recordsStillUsed(mine, [source], [measure])).toEqual({ sources: [source], measures: [measure] });
    const merged = mergeClaims(mine, base, { claimantId: 'stored', measureId: 'stored' });
    expect(recordsStillUsed(merged, [source], [measure])).toEqual({ sources: [], measures: [] });
  });
});
