import { describe, expect, it } from 'vitest';
import { ellipsize, laneLabels, packLabels, wrapText } from './chart-text';

// Ten pixels a character: easy to reason about.
const measure = (text: string) => text.length * 10;

describe('wrapText', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapText('Airwars', 100, measure)).toEqual({ lines: ['Airwars'], truncated: false });
  });

  it('breaks at spaces so that no line is wider than the room', () => {
    const { lines } = wrapText('Activist who escaped Palmyra', 120, measure);
    expect(lines).toEqual(['Activist who', 'escaped', 'Palmyra']);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(120);
  });

  it('breaks after a hyphen too', () => {
    expect(wrapText('Directorate-General of Antiquities', 130, measure).lines).toEqual(['Directorate-', 'General of', 'Antiquities']);
  });

  it('ends the last line in an ellipsis when the text needs more lines than allowed', () => {
    const { lines, truncated } = wrapText('one two three four five six', 90, measure, 2);
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(90);
  });

  it('splits a word wider than the room instead of overflowing', () => {
    for (const line of wrapText('Supercalifragilistic', 60, measure, 5).lines) expect(measure(line)).toBeLessThanOrEqual(60);
  });

  it('ends even when a single character is wider than the room (a chart not yet measured is 0 px wide)', () => {
    expect(wrapText('ISIS captures Palmyra', 0, measure, 2).lines).toHaveLength(2);
    expect(wrapText('W', 5, measure).lines).toEqual(['W']);
  });
});

describe('ellipsize', () => {
  it('cuts to the longest prefix that fits with the ellipsis', () => {
    expect(ellipsize('Palmyra Revolution', 80, measure)).toBe('Palmyra…');
    expect(ellipsize('Palmyra Revolution', 79, measure)).toBe('Palmyr…');
    expect(ellipsize('NOW', 80, measure)).toBe('NOW');
  });
});

describe('packLabels', () => {
  it('keeps labels that do not touch in one row, centred on their anchors', () => {
    expect(
      packLabels(
        [
          { x: 50, width: 40 },
          { x: 200, width: 40 },
        ],
        400,
      ),
    ).toEqual([
      { left: 30, row: 0 },
      { left: 180, row: 0 },
    ]);
  });

  it('moves a label that would overlap its neighbour to the next row', () => {
    const placed = packLabels(
      [
        { x: 100, width: 120 },
        { x: 130, width: 120 },
        { x: 400, width: 50 },
      ],
      500,
    );
    expect(placed.map((p) => p.row)).toEqual([0, 1, 0]);
  });

  it('shifts labels at the edges inside the chart', () => {
    const [left, right] = packLabels(
      [
        { x: 5, width: 60 },
        { x: 295, width: 60 },
      ],
      300,
    );
    expect(left?.left).toBe(0);
    expect(right?.left).toBe(240);
  });

  it('never puts two overlapping labels in one row, whatever the order', () => {
    const labels = Array.from({ length: 30 }, (_, i) => ({ x: (i * 37) % 300, width: 40 + (i % 5) * 10 }));
    const placed = packLabels(labels, 320);
    placed.forEach((a, i) =>
      placed.forEach((b, j) => {
        if (i >= j || a.row !== b.row) return;
        const wa = labels[i]?.width ?? 0;
        const wb = labels[j]?.width ?? 0;
        expect(a.left + wa <= b.left || b.left + wb <= a.left).toBe(true);
      }),
    );
  });
});

describe('laneLabels', () => {
  it('gives phones a larger share for names and makes lanes tall enough for every wrapped line', () => {
    const names = ['Syrian Observatory for Human Rights', 'NOW'];
    const phone = laneLabels(names, { width: 336, fontSize: 13, measure });
    expect(phone.axisWidth).toBeLessThanOrEqual(Math.ceil(336 * 0.38 + 10));
    const most = Math.max(...phone.lines.map((l) => l.length));
    expect(phone.laneHeight).toBeGreaterThanOrEqual(most * phone.lineHeight);
  });
});
