import { describe, expect, it } from 'vitest';
import { layoutEventLabels } from './event-labels';

const measure = (text: string) => text.length * 8;
const events = [
  { id: 'e1', x: 100, label: 'ISIS captures Palmyra' },
  { id: 'e2', x: 120, label: 'Government forces retake Palmyra' },
  { id: 'e3', x: 300, label: 'ISIS retakes Palmyra' },
];

describe('layoutEventLabels', () => {
  it('keeps every label inside the chart and no two overlapping', () => {
    const { labels, height } = layoutEventLabels(events, { width: 336, fontSize: 13, measure });
    for (const l of labels) {
      expect(l.left).toBeGreaterThanOrEqual(0);
      expect(l.left + l.width).toBeLessThanOrEqual(336);
      expect(l.lines.length).toBeLessThanOrEqual(2);
      expect(l.top).toBeLessThan(height);
    }
    labels.forEach((a, i) =>
      labels.slice(i + 1).forEach((b) => {
        const apart = a.top !== b.top || a.left + a.width <= b.left || b.left + b.width <= a.left;
        expect(apart).toBe(true);
      }),
    );
  });

  it('uses one row when there is room, wrapping a long label to about twelve characters’ widths', () => {
    const spread = events.map((e, i) => ({ ...e, x: 200 + i * 400 }));
    const { labels } = layoutEventLabels(spread, { width: 2000, fontSize: 13, measure });
    expect(new Set(labels.map((l) => l.top)).size).toBe(1);
    for (const l of labels) for (const line of l.lines) expect(measure(line)).toBeLessThanOrEqual(13 * 12);
  });
});
