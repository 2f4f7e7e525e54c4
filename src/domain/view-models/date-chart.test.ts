import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseDataset } from '../analyse';
import { controlEventsSchema, type ControlEvent } from '../events';
import { indexDataset, type DatasetIndex } from '../lookups';
import type { Article, Claim } from '../schema';
import { DATA_DIR, loadShippedDataset } from '../../testing/real-dataset';
import { testClaim, testMeasure, testSource } from '../../testing/builders';
import { claimLabels } from './claim-labels';
import { compareDateChart, defaultMeasure, measureChoices, measureDateChart } from './date-chart';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('compareDateChart on the shipped air-raids comparison', () => {
  const dataset = loadShippedDataset();
  const events = controlEventsSchema.parse(JSON.parse(readFileSync(join(DATA_DIR, 'events.json'), 'utf8')));
  const index = indexDataset(dataset);
  const group = analyseDataset(dataset).groups.find((g) => g.id === 'air-raids-palmyra-2016');
  if (!group) throw new Error('the shipped dataset has no air-raids group');
  const labels = claimLabels(group.entries, index);
  const model = compareDateChart(group, index, events, (id) => labels.get(id) ?? id);

  it('puts each figure at its date, in time order, from its low to its high bound on the group’s footing', () => {
    expect(model.unit).toBe('raids a day');
    expect(model.marks.map((m) => [m.label, m.date, m.hollow, Math.round(m.low * 100) / 100, m.high, m.highOpen, m.status])).toEqual([
      ['Russian Defence Ministry', '2016-03-18', false, 20, 25, false, 'disjoint'],
      // "More than 900" raids in 14 days: open above, drawn to the top of the axis.
      ['Palmyra Revolution Coordination', '2016-03-22', false, 64.29, 100, true, 'disjoint'],
    ]);
    expect(model.valueDomain).toEqual([0, 100]);
  });

  it('names each mark by who, when and what, and how it stands', () => {
    expect(model.marks[1]?.name).toBe(
      'Palmyra Revolution Coordination, said 22 March 2016: more than about 64 raids a day. Contradicted by another source',
    );
    expect(model.marks[1]?.lines[0]).toBe('Palmyra Revolution Coordination: “More than 900”');
  });

  it('marks the change of control of Palmyra five days after the last figure, and spans it with room either side', () => {
    expect(model.events).toEqual([
      { id: 'e-2016-03-government-recaptures', time: at('2016-03-27'), date: '2016-03-27', label: 'Government forces retake Palmyra' },
    ]);
    // 18 to 27 March is 9 days; the padding is the larger of 3 days and 6 % of that.
    expect(model.domain).toEqual([at('2016-03-15'), at('2016-03-30')]);
    expect(model.hollowCount).toBe(0);
  });
});

describe('measureDateChart', () => {
  const sources = [testSource('sohr'), testSource('mod')];
  const measure = testMeasure({ id: 'killed', unit: 'fighters' });
  const articles = new Map<string, Article>([['a-dec', { id: 'a-dec', publishedAt: '2016-12-12' } as Article]]);
  const claims: Claim[] = [
    testClaim('sohr', 'killed', 40, null, { id: 'k-late', statedOn: '2016-12-20' }),
    testClaim('mod', 'killed', 300, 320, { id: 'k-report', articleId: 'a-dec' }),
    testClaim('mod', 'killed', 10, 10, { id: 'k-undated', articleId: 'a-missing' }),
    testClaim('mod', 'killed', 5, 5, { id: 'k-daily', statedOn: '2016-12-15', per: 'day' }),
    testClaim('sohr', 'other', 1, 1, { id: 'o-1', statedOn: '2016-12-15' }),
  ];
  const index: DatasetIndex = {
    sources: new Map(sources.map((s) => [s.id, s])),
    claims: new Map(claims.map((c) => [c.id, c])),
    measures: new Map([[measure.id, measure]]),
    articles,
  };
  const event = (id: string, date: string, label: string): ControlEvent => ({
    id,
    date,
    label,
    dateApproximate: false,
    controlAfter: 'x',
    articleId: 'a-dec',
    quote: 'q',
    span: [0, 1],
  });
  const events = [
    event('retake', '2016-12-10', 'ISIS retakes Palmyra'),
    event('far', '2015-05-20', 'ISIS captures Palmyra'),
    event('elsewhere', '2016-12-14', 'Rebels take Aleppo'),
  ];
  const model = measureDateChart(claims, measure, index, events);

  it('draws the measure’s own figures on its unit, hollow at the report’s date when the day said is not stated', () => {
    expect(model.unit).toBe('fighters');
    expect(model.marks.map((m) => [m.claimId, m.date, m.hollow, m.low, m.high, m.highOpen, m.point])).toEqual([
      ['k-report', '2016-12-12', true, 300, 320, false, false],
      // Open above: drawn to the axis top, 320 × 1.3 rounded up to a nice 500.
      ['k-late', '2016-12-20', false, 40, 500, true, false],
    ]);
    expect(model.hollowCount).toBe(1);
    expect(model.marks[0]?.name).toBe('MOD, reported 12 December 2016 (when it was said is not stated): 300–320 fighters');
    // No comparison was made, so no status line in the tooltip.
    expect(model.marks[0]?.lines).toEqual([
      'MOD: “300 to 320”',
      'Reported by outlet',
      'Reported 2016-12-12; when it was said is not stated',
    ]);
  });

  it('lists what it cannot draw: a daily rate among totals, a figure with no date at all', () => {
    expect(model.notDrawn).toEqual([
      { claimId: 'k-daily', label: 'MOD', reason: 'given in fighters a day, while the chart shows fighters' },
      { claimId: 'k-undated', label: 'MOD', reason: 'no date stated and no date of the report' },
    ]);
  });

  it('marks only changes of control of the figures’ place within a month of them', () => {
    expect(model.events.map((e) => e.id)).toEqual(['retake']);
    // 10 to 20 December, padded by 3 days.
    expect(model.domain).toEqual([at('2016-12-10') - 3 * DAY, at('2016-12-20') + 3 * DAY]);
  });

  it('offers the measures that have figures, by label, the busiest first by default', () => {
    const choices = measureChoices(claims, index);
    expect(choices).toEqual([
      { id: 'killed', label: measure.label, count: 4 },
      { id: 'other', label: 'other', count: 1 },
    ]);
    expect(defaultMeasure(choices)).toBe('killed');
    expect(defaultMeasure([])).toBeNull();
  });
});
