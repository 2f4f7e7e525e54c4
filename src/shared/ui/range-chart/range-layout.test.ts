import { describe, expect, it } from 'vitest';
import { rangeChartLayout, valueLabelPlace } from './range-layout';

const measure = (text: string) => text.length * 7;
const labels = ['Palmyra Revolution Coordination', 'Russian Defence Ministry', 'Activist who escaped Palmyra'];

describe('rangeChartLayout', () => {
  it('wraps names to fit the label column on a phone and makes each row tall enough for them', () => {
    const layout = rangeChartLayout(labels, { width: 300, fontSize: 13, compact: true, measure, lastTick: '100' });
    expect(layout.axisWidth).toBeLessThanOrEqual(300 * 0.4 + 10);
    for (const lines of layout.lines) for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(layout.axisWidth - 10);
    const most = Math.max(...layout.lines.map((l) => l.length));
    expect(layout.rowHeight).toBeGreaterThanOrEqual(most * layout.lineHeight);
  });

  it('grows rows and bars with the text size, and the chart with its rows', () => {
    const small = rangeChartLayout(labels, { width: 1200, fontSize: 14, compact: false, measure, lastTick: '100' });
    const large = rangeChartLayout(labels, { width: 1200, fontSize: 19, compact: false, measure, lastTick: '100' });
    expect(large.rowHeight).toBeGreaterThan(small.rowHeight);
    expect(large.barSize).toBeGreaterThan(small.barSize);
    const more = rangeChartLayout([...labels, ...labels], { width: 1200, fontSize: 19, compact: false, measure, lastTick: '100' });
    expect(more.height - large.height).toBe(3 * large.rowHeight);
  });

  it('leaves room at the right for the last number on the axis', () => {
    const layout = rangeChartLayout(labels, { width: 600, fontSize: 14, compact: false, measure, lastTick: '1,000,000' });
    expect(layout.marginRight).toBeGreaterThanOrEqual(measure('1,000,000') / 2);
  });
});

describe('rangeChartLayout: the axis', () => {
  it('names the unit under the numbers, wrapped to the plot, and makes room for it', () => {
    const bare = rangeChartLayout(labels, { width: 320, fontSize: 14, compact: true, measure, lastTick: '100' });
    const withUnit = rangeChartLayout(labels, {
      width: 320,
      fontSize: 14,
      compact: true,
      measure,
      lastTick: '100',
      unit: 'rockets and shells a day on the city',
    });
    expect(bare.unitLines).toEqual([]);
    expect(withUnit.unitLines.length).toBe(2);
    for (const line of withUnit.unitLines) expect(measure(line)).toBeLessThanOrEqual(320 - withUnit.axisWidth - withUnit.marginRight);
    expect(withUnit.xAxisHeight - bare.xAxisHeight).toBe(2 * withUnit.lineHeight + 4);
    expect(withUnit.height - bare.height).toBe(2 * withUnit.lineHeight + 4);
  });

  it('asks for fewer ticks on a narrow plot than on a wide one, never fewer than two', () => {
    const narrow = rangeChartLayout(labels, { width: 300, fontSize: 14, compact: true, measure, lastTick: '1,000' });
    const wide = rangeChartLayout(labels, { width: 1400, fontSize: 14, compact: false, measure, lastTick: '1,000' });
    expect(narrow.maxTicks).toBeGreaterThanOrEqual(2);
    expect(wide.maxTicks).toBeGreaterThan(narrow.maxTicks);
    expect(wide.maxTicks).toBeLessThanOrEqual(10);
  });
});

describe('valueLabelPlace', () => {
  const plot = { left: 100, right: 500 };
  it('puts the label after the mark when it fits', () => {
    expect(valueLabelPlace({ left: 120, right: 200 }, plot, 50, 6)).toEqual({ x: 206, anchor: 'start' });
  });
  it('puts it before the mark when the mark runs to the right edge', () => {
    expect(valueLabelPlace({ left: 300, right: 500 }, plot, 50, 6)).toEqual({ x: 294, anchor: 'end' });
  });
  it('leaves it out when it fits on neither side', () => {
    expect(valueLabelPlace({ left: 110, right: 480 }, plot, 50, 6)).toBeNull();
  });
});
