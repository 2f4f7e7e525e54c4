import { describe, expect, it } from 'vitest';
import { analyseDataset } from '../analyse';
import type { RowStatus } from '../chart-rows';
import type { Claim, Dataset } from '../schema';
import { testClaim, testMeasure, testSource } from '../../testing/builders';
import { cellStatus, groupCellStatuses } from './cell-status';

const sources = ['sohr', 'airwars', 'rdm', 'kurds', 'now'].map((id) => testSource(id));
const ds = (claims: Claim[], context = false): Dataset => ({
  articles: [],
  sources,
  measures: [testMeasure({ id: 'kills', context })],
  claims,
});
const ok = (claimId: string) => ({ claimId, cannotNormalise: null });

describe('cellStatus', () => {
  const statuses = new Map<string, RowStatus>([
    ['a', 'alone'],
    ['c', 'compatible'],
    ['o', 'overlap'],
    ['d', 'disjoint'],
  ]);
  it('a conflict outranks corroboration, which outranks compatible only, which outranks alone', () => {
    expect(cellStatus([ok('o'), ok('d'), ok('c')], statuses)).toBe('disjoint');
    expect(cellStatus([ok('c'), ok('o')], statuses)).toBe('overlap');
    expect(cellStatus([ok('a'), ok('c')], statuses)).toBe('compatible');
    expect(cellStatus([ok('a')], statuses)).toBe('alone');
  });
  it('a figure that could not be put on the footing, or has no status, gives no mark', () => {
    expect(cellStatus([{ claimId: 'd', cannotNormalise: { kind: 'cant-compute', reason: 'no period' } }], statuses)).toBeNull();
    expect(cellStatus([ok('unknown')], statuses)).toBeNull();
  });
});

describe('groupCellStatuses', () => {
  it('marks each source from the engine’s evidence: a conflict with one source outranks corroboration by another', () => {
    const a = analyseDataset(
      ds([testClaim('sohr', 'kills', 100, 100), testClaim('airwars', 'kills', 20, 25), testClaim('rdm', 'kills', 22, 22)]),
    );
    const cells = groupCellStatuses(a.groups[0]!);
    expect(cells.get('sohr')).toBe('disjoint');
    expect(cells.get('airwars')).toBe('disjoint');
    expect(cells.get('rdm')).toBe('disjoint');
    const b = analyseDataset(
      ds([testClaim('airwars', 'kills', 20, 25), testClaim('rdm', 'kills', 22, 22), testClaim('now', 'kills', 15, null)]),
    );
    const agreed = groupCellStatuses(b.groups[0]!);
    expect(agreed.get('airwars')).toBe('overlap');
    expect(agreed.get('rdm')).toBe('overlap');
    // "At least 15" overlaps both but confirms neither.
    expect(agreed.get('now')).toBe('compatible');
  });
  it('a lone source is alone; a background measure gives no marks', () => {
    expect(groupCellStatuses(analyseDataset(ds([testClaim('kurds', 'kills', 3, 3)])).groups[0]!).get('kurds')).toBe('alone');
    const context = analyseDataset(ds([testClaim('sohr', 'kills', 1, 1), testClaim('rdm', 'kills', 9, 9)], true));
    expect([...groupCellStatuses(context.groups[0]!).values()]).toEqual([null, null]);
  });
});
