import { describe, expect, it } from 'vitest';
import { indexDataset } from '../lookups';
import type { Claim, Dataset } from '../schema';
import { dayTime, MAX_LANES, MAX_MARKS, monthTicks, toTimeline } from './timeline-rows';

const claim = (id: string, claimantId: string, statedOn: string | null, period: Claim['period'] = null, articleId = 'gone') =>
  ({ id, claimantId, statedOn, period, articleId, value: { asWritten: id } }) as unknown as Claim;

const dataset = {
  articles: [{ id: 'a1', publishedAt: '2016-03-29' }],
  measures: [],
  sources: [
    { id: 'a', name: 'Airwars' },
    { id: 'b', name: 'Ministry' },
  ],
  claims: [],
} as unknown as Dataset;

describe('toTimeline', () => {
  const index = indexDataset(dataset);
  it('puts one lane per source, a point per date stated and a segment per period', () => {
    const model = toTimeline(
      [
        claim('c1', 'a', '2016-03-29', { from: '2015-09-30', to: '2015-12-31', approximate: false, evidence: '' }),
        claim('c2', 'b', '2016-03-18'),
        claim('c3', 'b', null),
      ],
      index,
      [],
    );
    expect(model.lanes.map((l) => l.name)).toEqual(['Airwars', 'Ministry']);
    expect(model.points).toHaveLength(2);
    expect(model.segments).toEqual([{ claimId: 'c1', lane: 0, from: dayTime('2015-09-30'), to: dayTime('2016-01-01') - 1 }]);
    expect(model.undated).toBe(1);
    expect(model.domain[0]).toBeLessThan(dayTime('2015-09-30'));
  });
  it('places a claim with no date stated at its report’s date, marked as reported', () => {
    const model = toTimeline([claim('c1', 'a', null, null, 'a1')], index, []);
    expect(model.points).toEqual([{ claimId: 'c1', lane: 0, time: dayTime('2016-03-29'), label: 'c1', basis: 'reported' }]);
    expect(model.undated).toBe(0);
  });
  it('gives neighbouring lanes different shapes and colours', () => {
    const model = toTimeline([claim('c1', 'a', '2016-01-01'), claim('c2', 'b', '2016-01-02')], index, []);
    expect(model.lanes[0]?.shape).not.toBe(model.lanes[1]?.shape);
    expect(model.lanes[0]?.colour).not.toBe(model.lanes[1]?.colour);
  });
  it('gives the busiest sources their own lanes and merges the rest into one', () => {
    const many = Array.from({ length: MAX_LANES + 10 }, (_, i) => claim(`c${i}`, `s${String(i).padStart(2, '0')}`, '2016-01-01'));
    many.push(claim('extra', 's05', '2016-01-02'));
    const model = toTimeline(many, indexDataset(dataset), []);
    expect(model.lanes).toHaveLength(MAX_LANES);
    expect(model.lanes.at(-1)?.name).toBe('11 other sources');
    expect(model.lanes.some((l) => l.sourceId === 's05')).toBe(true);
  });
  it('thins marks above the budget and says so', () => {
    const many = Array.from({ length: MAX_MARKS * 3 }, (_, i) => claim(`c${i}`, 'a', '2016-01-01'));
    const model = toTimeline(many, indexDataset(dataset), []);
    expect(model.thinned).toBe(true);
    expect(model.points.length).toBeLessThanOrEqual(MAX_MARKS);
  });
});

describe('monthTicks', () => {
  it('puts at most eight ticks on month starts', () => {
    const ticks = monthTicks(dayTime('2015-04-20'), dayTime('2017-03-20'));
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    for (const t of ticks) expect(new Date(t).getUTCDate()).toBe(1);
    expect(new Date(ticks[0] ?? 0).toISOString().slice(0, 10)).toBe('2015-07-01');
  });
  it('uses single months for a short span', () => {
    expect(monthTicks(dayTime('2016-03-01'), dayTime('2016-05-15')).map((t) => new Date(t).toISOString().slice(0, 7))).toEqual([
      '2016-03',
      '2016-04',
      '2016-05',
    ]);
  });

  it('takes 250,000 claims with periods (spreading that many times into Math.min overflows the call stack)', () => {
    const day = (i: number) => `2016-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    const many = Array.from({ length: 250_000 }, (_, i) =>
      claim(`c${i}`, i % 2 ? 'a' : 'b', day(i), { from: day(i), to: day(i), approximate: false, evidence: '' }),
    );
    const model = toTimeline(many, indexDataset(dataset), []);
    expect(model.domain[0]).toBeLessThan(dayTime('2016-01-01'));
    expect(model.domain[1]).toBeGreaterThan(dayTime('2016-12-28'));
  });
});
