import { describe, expect, it } from 'vitest';
import type { ComparisonGroup, SourceProfile } from '../analysis-types';
import { MAX_DISTANCE_LANES, toDistanceRows } from './distance-rows';

const profile = (sourceId: string, distances: SourceProfile['distances']): SourceProfile => ({
  sourceId,
  made: distances.length,
  corroborated: 0,
  contradicted: 0,
  compatibleOnly: 0,
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
    const model = toDistanceRows([profile('mod', [{ groupId: 'g1', relative: 0.25, direction: 'below', text: 't' }])], groups, (id) =>
      id.toUpperCase(),
    );
    expect(model.dots).toEqual([{ sourceId: 'mod', lane: 0, groupId: 'g1', factor: 4, direction: 'below', text: 't', offScale: false }]);
    expect(model.lanes).toEqual([{ sourceId: 'mod', name: 'MOD', lane: 0 }]);
  });
  it('draws a distance with no multiple (percentage points, a figure against zero) at the right edge, marked off the scale', () => {
    const model = toDistanceRows(
      [
        profile('a', [{ groupId: 'g1', relative: null, direction: 'above', text: '80 percentage points above' }]),
        profile('b', [{ groupId: 'g1', relative: 3, direction: 'above', text: '3 times' }]),
      ],
      groups,
      (id) => id,
    );
    expect(model.maxFactor).toBe(3);
    expect(model.top).toBe(10);
    expect(model.dots.find((d) => d.sourceId === 'a')).toMatchObject({ factor: 10, offScale: true, direction: 'above' });
  });
  it('leaves out sources with nothing to compare and context groups', () => {
    const model = toDistanceRows(
      [
        profile('a', [{ groupId: 'g1', relative: null, direction: 'agrees', text: 'alone' }]),
        profile('b', [{ groupId: 'ctx', relative: 2, direction: 'above', text: 'x' }]),
      ],
      groups,
      (id) => id,
    );
    expect(model.lanes).toEqual([]);
    expect(model.maxFactor).toBe(2);
  });
  it('draws at most a fixed number of sources, the ones with most comparable figures', () => {
    const many = Array.from({ length: MAX_DISTANCE_LANES + 5 }, (_, i) =>
      profile(
        `s${i}`,
        Array.from({ length: i === 0 ? 1 : 2 }, (_, j) => ({
          groupId: `g${j === 0 ? 1 : 'x'}`,
          relative: 2,
          direction: 'above' as const,
          text: 't',
        })),
      ),
    );
    const model = toDistanceRows(many, groups, (id) => id);
    expect(model.lanes).toHaveLength(MAX_DISTANCE_LANES);
    expect(model.omittedLanes).toBe(5);
    expect(model.lanes.some((l) => l.sourceId === 's0')).toBe(false);
  });
});
