import { describe, expect, it } from 'vitest';
import type { ComparisonGroup, SourceProfile } from '../../domain/analysis-types';
import { toDistanceRows } from './to-distance-rows';

const profile = (sourceId: string, distances: SourceProfile['distances']): SourceProfile => ({
  sourceId,
  made: distances.length,
  corroborated: 0,
  contradicted: 0,
  standalone: 0,
  selfContradicting: 0,
  claimIds: [],
  distances,
});

describe('toDistanceRows', () => {
  const groups = [
    { id: 'g1', context: false },
    { id: 'ctx', context: true },
  ] as ComparisonGroup[];
  it('turns ratios below 1 into "times below" factors', () => {
    const model = toDistanceRows([profile('mod', [{ groupId: 'g1', relative: 0.25, text: 't' }])], groups, (id) => id.toUpperCase());
    expect(model.dots).toEqual([{ sourceId: 'mod', lane: 0, groupId: 'g1', factor: 4, direction: 'below', text: 't' }]);
    expect(model.lanes).toEqual([{ sourceId: 'mod', name: 'MOD', lane: 0 }]);
  });
  it('leaves out sources with nothing to compare and context groups', () => {
    const model = toDistanceRows(
      [profile('a', [{ groupId: 'g1', relative: null, text: 'alone' }]), profile('b', [{ groupId: 'ctx', relative: 2, text: 'x' }])],
      groups,
      (id) => id,
    );
    expect(model.lanes).toEqual([]);
    expect(model.maxFactor).toBe(2);
  });
});
