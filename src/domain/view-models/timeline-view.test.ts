import { describe, expect, it } from 'vitest';
import { filterDataset, NO_FILTERS } from '../filter';
import { indexDataset } from '../lookups';
import { loadShippedDataset, loadShippedEvents } from '../../testing/real-dataset';
import { defaultMeasure, measureChoices, measureDateChart } from './date-chart';
import { timelineTableOrder } from './timeline-table';
import { measureTimelineView, timelineRowsWindow, timelineView } from './timeline-view';
import { toTimeline } from './timeline-rows';

const shipped = loadShippedDataset();
const index = indexDataset(shipped);
const events = loadShippedEvents();

describe('timelineView', () => {
  it('draws the sources’ chart with the changes of control its own articles report', () => {
    const view = timelineView(shipped.claims, index, events);
    expect(view.claimCount).toBe(shipped.claims.length);
    expect(view.chart).toEqual(toTimeline(shipped.claims, index, events));
    expect(view.events).toEqual(events);
  });

  it('lists every claim in the table’s order, as the table prints it, a block of rows at a time', () => {
    const ordered = timelineTableOrder(shipped.claims, index.articles);
    const { rows, total, start } = timelineRowsWindow(ordered, index, { start: 0, end: ordered.length + 50 });
    expect({ total, start }).toEqual({ total: ordered.length, start: 0 });
    expect(rows.map((r) => r.claimId)).toEqual(ordered.map((c) => c.id));
    // A later block: its rows are the same rows, from its start.
    const later = timelineRowsWindow(ordered, index, { start: 10, end: 20 });
    expect(later).toEqual({ total: ordered.length, start: 10, rows: rows.slice(10, 20) });
    // The Russian Defence Ministry's "20 to 25" sorties a day, stated (inferred) on 18 March 2016.
    const sorties = shipped.claims.find((c) => c.value.asWritten === '20 to 25');
    expect(rows.find((r) => r.claimId === sorties?.id)).toEqual({
      claimId: sorties?.id,
      date: '2016-03-18',
      inferred: true,
      source: 'Russian Defence Ministry',
      asWritten: '20 to 25',
      measure: index.measures.get(sorties?.measureId ?? '')?.label,
      period: null,
    });
  });

  it('shows only the changes of control its own articles report: a dataset without those articles has none', () => {
    const withoutArticles = indexDataset({ ...shipped, articles: [] });
    expect(timelineView(shipped.claims, withoutArticles, events).events).toEqual([]);
  });
});

describe('measureTimelineView', () => {
  const filtered = filterDataset(shipped, NO_FILTERS).claims;

  it('shows the busiest measure when none is asked, and the one asked when it has figures', () => {
    const choices = measureChoices(filtered, index);
    const busiest = defaultMeasure(choices);
    const view = measureTimelineView(filtered, index, events, null);
    expect(view).toMatchObject({ choices, unknown: false, shown: { measure: { id: busiest } } });
    const intact = measureTimelineView(filtered, index, events, 'ancient-site-intact-palmyra-2016');
    expect(intact.shown?.measure.label).toBe('Share of Palmyra’s ancient site intact, March 2016');
    const measure = index.measures.get('ancient-site-intact-palmyra-2016');
    expect(intact.shown?.chart).toEqual(measure ? measureDateChart(filtered, measure, index, events) : null);
    // One printed row per mark, hollow marks dated by their report.
    expect(intact.shown?.rows.map((r) => r.claimId)).toEqual(intact.shown?.chart.marks.map((m) => m.claimId));
    expect(intact.shown?.rows.filter((r) => r.date.endsWith('date of the report (when it was said is not stated)'))).toHaveLength(2);
  });

  it('says when the measure asked for has no figures, and shows the busiest instead', () => {
    const view = measureTimelineView(filtered, index, events, 'no-such-measure');
    expect(view.unknown).toBe(true);
    expect(view.shown?.measure.id).toBe(defaultMeasure(view.choices));
    expect(measureTimelineView([], index, events, null)).toEqual({ choices: [], unknown: false, shown: null });
  });
});
