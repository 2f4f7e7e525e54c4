import { describe, expect, it } from 'vitest';
import { rangeChartLayout } from './range-layout';

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
