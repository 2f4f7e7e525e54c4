// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ChartModel, RangeRow } from '../chart-rows';
import { rangeChartSvg, STATUS_COLOURS } from './range-chart-svg';

const row = (over: Partial<RangeRow>): RangeRow => ({
  claimId: 'c1',
  label: 'Syrian Observatory for Human Rights',
  low: 20,
  high: 25,
  lowOpen: false,
  highOpen: false,
  soft: false,
  point: false,
  status: 'overlap',
  text: '20 to 25',
  valueText: '20–25',
  ...over,
});

const model: ChartModel = {
  rows: [row({}), row({ claimId: 'c2', label: 'A & <B>', low: 60, high: 100, highOpen: true, status: 'disjoint', valueText: '> 60' })],
  domain: [0, 100],
  consensus: { low: 20, high: 25 },
  excluded: [],
  unit: 'raids a day',
  truncated: false,
  drawableCount: 2,
};

function parse(markup: string): Element {
  const doc = new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc.documentElement;
}

describe('rangeChartSvg', () => {
  it('draws each row with its name, value and status colour, the unit and the agreed band', () => {
    const chart = rangeChartSvg(model, { width: 720, fontSize: 15, fontFamily: 'Inter' });
    const root = parse(chart.inner);
    const text = root.textContent;
    for (const words of ['Syrian Observatory for', 'A & <B>', '20–25', '> 60', 'raids a day', '100']) expect(text).toContain(words);
    expect(root.querySelector(`rect[fill="${STATUS_COLOURS.overlap}"]`)).not.toBeNull();
    // Contradicted figures are hatched, as on screen.
    expect(root.querySelector('pattern')).not.toBeNull();
    expect(root.querySelector('rect[fill-opacity="0.15"]')).not.toBeNull();
    expect(chart.width).toBe(720);
  });

  it('spreads few rows over the height it is given, up to twice their spacing', () => {
    const tight = rangeChartSvg(model, { width: 720, fontSize: 15, fontFamily: 'Inter' });
    const spread = rangeChartSvg(model, { width: 720, height: 380, fontSize: 15, fontFamily: 'Inter' });
    expect(spread.height).toBeGreaterThan(tight.height);
    expect(spread.height).toBeLessThanOrEqual(380);
  });
});
