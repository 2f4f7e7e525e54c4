import { describe, expect, it } from 'vitest';
import { initialMeasurePicks, measureFieldRows, mergeMeasures } from './measure-conflict-fields';
import type { Measure } from './schema';

const base: Measure = {
  id: 'killed',
  label: 'Fighters killed',
  unit: 'people',
  description: '',
  total: null,
  context: false,
  comparableWith: [],
};
const whole: Measure = { ...base, id: 'killed-wounded', label: 'Fighters killed and wounded' };
const measures = new Map([[whole.id, whole]]);

describe('measure conflict fields', () => {
  it('shows both versions in words, links included, and merges field by field', () => {
    const mine = { ...base, comparableWith: [{ measureId: 'killed-wounded', relation: 'part' as const, caveats: [] }] };
    const stored = { ...base, unit: 'fighters' };
    const rows = measureFieldRows(base, mine, stored, measures);
    expect(rows.map((r) => r.label)).toEqual(['What is counted', 'Unit', 'Description', 'Whole', 'Background figure', 'Links']);
    expect(rows.find((r) => r.key === 'comparableWith')).toMatchObject({
      mine: 'Part of “Fighters killed and wounded”',
      stored: 'None',
      diff: { differs: true, changedByMe: true, changedByThem: false },
    });
    expect(rows.find((r) => r.key === 'unit')).toMatchObject({ mine: 'people', stored: 'fighters', diff: { changedByThem: true } });
    const picks = initialMeasurePicks(rows);
    expect(picks).toEqual({ unit: 'stored', comparableWith: 'mine' });
    expect(mergeMeasures(mine, stored, picks)).toEqual({ ...mine, unit: 'fighters' });
  });
});
