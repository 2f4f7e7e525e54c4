import { describe, expect, it } from 'vitest';
import type { ComparisonGroup, SourceProfile } from '../analysis-types';
import { testClaim, testSource } from '../../testing/builders';
import type { DatasetIndex } from '../lookups';
import { distanceMarks, evenSample, MAX_DISTANCE_LANES, MAX_DOTS_PER_LANE, toDistanceRows } from './distance-rows';

// Each distance is measured from the source's figure named after it and the measure.
const profile = (sourceId: string, distances: Omit<SourceProfile['distances'][number], 'claimId'>[]): SourceProfile => ({
  sourceId,
  made: distances.length,
  corroborated: 0,
  contradicted: 0,
  compatibleOnly: 0,
  standalone: 0,
  selfContradicting: 0,
  claimIds: [],
  distances: distances.map((d) => ({ ...d, claimId: `${sourceId}-${d.groupId}` })),
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
    expect(model.dots).toEqual([
      { sourceId: 'mod', claimId: 'mod-g1', lane: 0, mark: 0, groupId: 'g1', factor: 4, direction: 'below', text: 't', offScale: false },
    ]);
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

describe('distanceMarks', () => {
  const groups = [{ id: 'g1', context: false }] as ComparisonGroup[];
  it('orders the dots lane by lane, nearest first, and gives each its figure’s tooltip with the distance as its status', () => {
    const model = toDistanceRows(
      [
        profile('a', [
          { groupId: 'g1', relative: 5, direction: 'above', text: 'g1: five times' },
          { groupId: 'g2', relative: 2, direction: 'above', text: 'g2: twice' },
        ]),
        profile('b', [{ groupId: 'g1', relative: 0.2, direction: 'below', text: 'g1: five times below' }]),
      ],
      groups,
      (id) => id.toUpperCase(),
    );
    const claim = testClaim('a', 'g2', 3, 3, { id: 'a-g2', statedOn: '2016-03-01' });
    const index: DatasetIndex = {
      sources: new Map([['a', testSource('a')]]),
      claims: new Map([[claim.id, claim]]),
      measures: new Map(),
      articles: new Map(),
    };
    const marks = distanceMarks(model, index);
    expect(marks.map((m) => m.name)).toEqual(['A: g2: twice', 'A: g1: five times', 'B: g1: five times below']);
    expect(marks[0]).toEqual({
      claimId: 'a-g2',
      name: 'A: g2: twice',
      lines: ['A: “3”', 'Reported by outlet', 'Stated 2016-03-01', 'g2: twice'],
    });
    // A figure the filtered records lack opens nothing, and says what the chart knows.
    expect(marks[1]).toEqual({ claimId: null, name: 'A: g1: five times', lines: ['A', 'g1: five times'] });
  });
});

describe('a busy source’s lane', () => {
  it('keeps its nearest and farthest distances and an even spread between them, and counts the rest', () => {
    const groups = [{ id: 'g0', context: false }] as ComparisonGroup[];
    const distances = Array.from({ length: 100 }, (_, i) => ({
      groupId: `g${i + 1}`,
      relative: 1 + (99 - i) / 10,
      direction: 'above' as const,
      text: `t${i}`,
    }));
    const model = toDistanceRows(
      [profile('a', [...distances, { groupId: 'g-zero', relative: null, direction: 'above', text: 'off' }])],
      groups,
      (id) => id,
    );
    expect(model.dots).toHaveLength(MAX_DOTS_PER_LANE);
    expect(model.omittedDots).toBe(101 - MAX_DOTS_PER_LANE);
    const factors = model.dots.map((d) => d.factor).sort((a, b) => a - b);
    expect(factors[0]).toBeCloseTo(1);
    // The one with no multiple is the farthest, drawn at the edge.
    expect(model.dots.filter((d) => d.offScale)).toHaveLength(1);
    expect(factors.at(-1)).toBe(model.top);
  });
  it('leaves a lane with few distances whole', () => {
    const model = toDistanceRows([profile('a', [{ groupId: 'g1', relative: 2, direction: 'above', text: 't' }])], [], (id) => id);
    expect(model.omittedDots).toBe(0);
  });
});

describe('evenSample', () => {
  it('spreads the kept items evenly, first and last included', () => {
    expect(evenSample([1, 2, 3, 4, 5], 3)).toEqual([1, 3, 5]);
    expect(evenSample([1, 2], 5)).toEqual([1, 2]);
    expect(evenSample([1, 2, 3], 1)).toEqual([1]);
  });
});
