import { describe, expect, it } from 'vitest';
import type { DateChartModel, DateMark } from '../../../domain/view-models/date-chart';
import { dateChartLayout, dodge, placeValueLabels } from './date-layout';

const measure = (text: string) => text.length * 7;
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function mark(claimId: string, date: string, low: number, high: number, extra: Partial<DateMark> = {}): DateMark {
  return {
    claimId,
    label: claimId,
    time: at(date),
    date,
    hollow: false,
    low,
    high,
    lowOpen: false,
    highOpen: false,
    soft: false,
    point: low === high,
    status: null,
    text: `${low}–${high}`,
    valueText: `${low}–${high}`,
    name: claimId,
    lines: [claimId],
    ...extra,
  };
}

const model: DateChartModel = {
  marks: [
    mark('a', '2016-12-11', 40, 400),
    mark('b', '2016-12-11', 300, 400),
    mark('c', '2016-12-11', 40, 400),
    mark('d', '2016-12-18', 80, 80),
  ],
  domain: [at('2016-12-07'), at('2016-12-21')],
  valueDomain: [0, 400],
  unit: 'fighters',
  events: [{ id: 'e', time: at('2016-12-10'), date: '2016-12-10', label: 'ISIS retakes Palmyra' }],
  consensus: null,
  hollowCount: 0,
  notDrawn: [],
  truncated: false,
  drawableCount: 4,
};

describe('dodge', () => {
  it('spreads marks of the same day side by side around the day, and leaves a lone mark at its date', () => {
    // Pitch 10: three marks at 100 go to 90, 100, 110; the one at 200 stays.
    expect(dodge([100, 100, 100, 200], 8, 2, { left: 0, right: 300 })).toEqual([90, 100, 110, 200]);
  });

  it('moves a cluster at the edge inward as a whole, so its marks stay inside the plot and apart', () => {
    expect(dodge([0, 0], 8, 2, { left: 0, right: 300 })).toEqual([4, 14]);
    expect(dodge([300], 8, 2, { left: 0, right: 300 })).toEqual([296]);
  });
});

describe('placeValueLabels', () => {
  it('puts a label right of its mark, else left, else nowhere', () => {
    const marks = [
      { left: 10, right: 20, top: 0, bottom: 100, mid: 50 },
      { left: 180, right: 190, top: 0, bottom: 100, mid: 50 },
      { left: 22, right: 32, top: 0, bottom: 100, mid: 50 },
    ];
    expect(placeValueLabels(marks, [30, 30, 200], { left: 0, right: 200 }, 16, 4)).toEqual([
      // Right of the first mark would run into the third: there is no room on its left either.
      null,
      { x: 176, y: 50, anchor: 'end' },
      null,
    ]);
    expect(placeValueLabels([marks[0]!], [30], { left: 0, right: 200 }, 16, 4)).toEqual([{ x: 24, y: 50, anchor: 'start' }]);
  });
});

describe('dateChartLayout', () => {
  it('on a phone: date labels inside the chart and clear of each other, the unit and events above the plot', () => {
    const layout = dateChartLayout(model, { width: 320, fontSize: 13, measure });
    expect(layout.xTicks.length).toBeGreaterThan(0);
    const xOf = (t: number) =>
      layout.plot.left + ((t - model.domain[0]) / (model.domain[1] - model.domain[0])) * (layout.plot.right - layout.plot.left);
    const boxes = layout.xTicks.map((t) => ({ left: xOf(t.time) - measure(t.label) / 2, right: xOf(t.time) + measure(t.label) / 2 }));
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(layout.plot.left);
      expect(b.right).toBeLessThanOrEqual(320);
    }
    boxes.slice(1).forEach((b, i) => expect(b.left).toBeGreaterThan(boxes[i]!.right));
    expect(layout.unitLines).toEqual(['fighters']);
    for (const e of layout.events) expect(e.top + e.lines.length * layout.lineHeight).toBeLessThanOrEqual(layout.plot.top);
    expect(layout.height).toBe(layout.plot.bottom + layout.xAxisHeight + 4);
  });

  it('spreads the three figures of 11 December apart and maps values onto the plot', () => {
    const layout = dateChartLayout(model, { width: 1200, fontSize: 18, measure });
    const [a, b, c, d] = layout.markX;
    expect(b! - a!).toBeGreaterThanOrEqual(layout.markWidth);
    expect(c! - b!).toBeGreaterThanOrEqual(layout.markWidth);
    expect(d! - c!).toBeGreaterThan(layout.markWidth);
    expect(layout.yOf(400)).toBe(layout.plot.top);
    // Zero sits above the axis line by half a mark and a little: a figure of zero is drawn whole, not cut by the plot's edge.
    expect(layout.yOf(0)).toBe(layout.plot.bottom - layout.valuePad);
    expect(layout.valuePad).toBeGreaterThan(layout.markWidth / 2);
    expect(layout.yTicks[0]).toBe(0);
    expect(layout.yTicks.at(-1)).toBe(400);
  });
});
