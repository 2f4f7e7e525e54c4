import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { buildMeasureGraph, compareClaims, measurePath, periodCaveats, periodRelation } from './comparability';
import { measureSchema, type Claim, type Measure } from './schema';

const m = (x: Partial<z.input<typeof measureSchema>> & { id: string }): Measure =>
  measureSchema.parse({ label: x.id, unit: 'raids', description: '', ...x });

const measures = [
  m({
    id: 'raids',
    comparableWith: [{ measureId: 'sorties', relation: 'same', caveats: [{ kind: 'definition', note: 'a raid is not a sortie' }] }],
  }),
  m({ id: 'sorties', unit: 'sorties' }),
  m({
    id: 'strikes',
    unit: 'strikes',
    comparableWith: [{ measureId: 'sorties', relation: 'same', caveats: [{ kind: 'scope', note: 'strikes vs sorties' }] }],
  }),
  m({ id: 'intact', unit: 'percent', total: 100, comparableWith: [{ measureId: 'destroyed', relation: 'complement' }] }),
  m({ id: 'destroyed', unit: 'percent', total: 100 }),
  m({ id: 'kills', unit: 'people' }),
  m({ id: 'tonnes', unit: 't', comparableWith: [{ measureId: 'kg', relation: 'scale', factor: 1000 }] }),
  m({ id: 'kg', unit: 'kg' }),
  m({ id: 'no-total-a', comparableWith: [{ measureId: 'no-total-b', relation: 'complement' }] }),
  m({ id: 'no-total-b' }),
];
const graph = buildMeasureGraph(measures);
const march = { from: '2016-03-09', to: '2016-03-22', approximate: false, evidence: '' };
type C = Pick<Claim, 'measureId' | 'per' | 'period'>;
const c = (measureId: string, per: 'day' | null, period: Claim['period']): C => ({ measureId, per, period });

describe('measure graph', () => {
  it('relations are symmetric whichever side declares them', () => {
    expect(measurePath(graph, 'sorties', 'raids')).toHaveLength(1);
    expect(measurePath(graph, 'raids', 'sorties')).toHaveLength(1);
  });
  it('scale inverts its factor the other way', () => {
    expect(measurePath(graph, 'tonnes', 'kg')?.[0]?.factor).toBe(1000);
    expect(measurePath(graph, 'kg', 'tonnes')?.[0]?.factor).toBe(0.001);
  });
  it('paths go through intermediate measures', () => {
    expect(measurePath(graph, 'raids', 'strikes')?.map((s) => s.to)).toEqual(['sorties', 'strikes']);
    expect(measurePath(graph, 'raids', 'kills')).toBeNull();
  });
});

describe('compareClaims', () => {
  it('same measure, same period: comparable', () => {
    expect(compareClaims(c('raids', 'day', march), c('raids', 'day', march), graph)).toEqual({
      status: 'comparable',
      caveats: [],
      reason: '',
    });
  });
  it('raid vs sortie carries the definitional caveat, both directions', () => {
    for (const [a, b] of [
      ['raids', 'sorties'],
      ['sorties', 'raids'],
    ] as const) {
      const r = compareClaims(c(a, null, march), c(b, 'day', march), graph);
      expect(r.status).toBe('caveats');
      expect(r.caveats).toContainEqual({ kind: 'definition', note: 'a raid is not a sortie' });
    }
  });
  it('caveats along a path are merged', () => {
    const r = compareClaims(c('raids', 'day', march), c('strikes', 'day', march), graph);
    expect(r.caveats.map((x) => x.kind)).toEqual(['definition', 'scope']);
  });
  it('not declared comparable → not-comparable with reason', () => {
    const r = compareClaims(c('raids', 'day', march), c('kills', 'day', march), graph);
    expect(r.status).toBe('not-comparable');
    expect(r.reason).toMatch(/not declared comparable/);
  });
  it('a total with no period vs a rate → not-comparable', () => {
    const r = compareClaims(c('raids', null, null), c('sorties', 'day', march), graph);
    expect(r.status).toBe('not-comparable');
    expect(r.reason).toMatch(/no stated period/);
  });
  it('complement without any total → not-comparable', () => {
    expect(compareClaims(c('no-total-a', null, null), c('no-total-b', null, null), graph).status).toBe('not-comparable');
  });
  it('complement with a total is comparable', () => {
    expect(compareClaims(c('intact', null, null), c('destroyed', null, null), graph).status).toBe('comparable');
  });
});

describe('periodCaveats', () => {
  const later = { ...march, from: '2016-12-10', to: '2016-12-11' };
  const partly = { ...march, from: '2016-03-20', to: '2016-03-27' };
  it('names periods that do not overlap, partly overlap, or are missing', () => {
    expect(periodCaveats(c('raids', null, march), c('raids', null, later))[0]?.note).toBe(
      'the periods share no day (9–22 March 2016 and 10–11 December 2016)',
    );
    expect(periodCaveats(c('raids', null, march), c('raids', null, partly))[0]?.note).toBe(
      'the periods partly overlap (9–22 March 2016 and 20–27 March 2016)',
    );
    expect(periodCaveats(c('raids', null, march), c('raids', null, null))[0]?.note).toMatch(/no period/);
    expect(periodCaveats(c('raids', null, null), c('raids', null, null))).toEqual([]);
  });
  it('says exactly when one period lies inside the other, whichever comes first', () => {
    const inside = { ...march, from: '2016-03-10', to: '2016-03-12' };
    expect(periodCaveats(c('raids', null, inside), c('raids', null, march))[0]?.note).toBe('10–12 March 2016 lies inside 9–22 March 2016');
    expect(periodCaveats(c('raids', null, march), c('raids', null, inside))[0]?.note).toBe('10–12 March 2016 lies inside 9–22 March 2016');
    expect(periodCaveats(c('raids', null, march), c('raids', null, march))).toEqual([]);
  });
  it('periodRelation: same, inside, contains, partly overlapping, disjoint', () => {
    const p = (from: string, to: string) => ({ from, to });
    expect(periodRelation(p('2016-12-08', '2016-12-11'), p('2016-12-08', '2016-12-22'))).toBe('inside');
    expect(periodRelation(p('2016-12-08', '2016-12-22'), p('2016-12-08', '2016-12-11'))).toBe('contains');
    expect(periodRelation(p('2016-12-08', '2016-12-11'), p('2016-12-10', '2016-12-22'))).toBe('partly-overlapping');
    expect(periodRelation(p('2016-12-08', '2016-12-11'), p('2016-12-12', '2016-12-22'))).toBe('disjoint');
    expect(periodRelation(p('2016-12-08', '2016-12-11'), p('2016-12-08', '2016-12-11'))).toBe('same');
  });
});
