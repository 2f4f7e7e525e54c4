// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { chartImageSvg, escapeXml, IMAGE_HEIGHT, IMAGE_WIDTH, wrapText, type ChartImageContent } from './chart-image';

const content: ChartImageContent = {
  title: 'Air raids on Palmyra, March 2016',
  verdict: 'Palmyra activists counted more than 900 raids in two weeks; the Russian Defence Ministry reported 20 to 25 sorties a day.',
  figures: ['Palmyra Revolution Coordination: more than 900 raids', 'Russian Defence Ministry: 20 to 25 sorties a day'],
  sourceLine: 'Arab News (2016-03-23); Syria Direct (2016-03-24)',
  notes: ['“dozens” read as at least 24.'],
  permalink: 'https://corroborate.example/compare/air-raids?group=source',
};
const chart = { inner: '<rect x="0" y="0" width="10" height="10" fill="#b00020"/>', width: 600, height: 300 };

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

describe('chartImageSvg', () => {
  it('is a 1200 × 675 SVG holding the title, verdict, figures, sources, notes, permalink, mark and the chart', () => {
    const doc = parse(chartImageSvg(content, chart));
    const root = doc.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual([String(IMAGE_WIDTH), String(IMAGE_HEIGHT)]);
    const text = root.textContent;
    expect(text).toContain(content.title);
    for (const word of [
      'Palmyra activists counted more than 900',
      'Russian Defence Ministry',
      'Arab News (2016-03-23)',
      'dozens',
      'Corroborate',
    ]) {
      expect(text).toContain(word);
    }
    expect(text).toContain(content.permalink);
    expect(root.querySelector('svg rect[fill="#b00020"]')).not.toBeNull();
  });

  it('escapes hostile text so it stays text', () => {
    const doc = parse(chartImageSvg({ ...content, title: '<script>alert(1)</script> & "x"' }, chart));
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.documentElement.textContent).toContain('<script>alert(1)</script> & "x"');
  });

  it('has a dark theme with a dark background and a light panel for the chart', () => {
    const doc = parse(chartImageSvg(content, chart, 'dark'));
    expect(doc.documentElement.querySelector('rect')?.getAttribute('fill')).toBe('#161a1d');
    expect(doc.documentElement.querySelector('rect[rx="8"]')?.getAttribute('fill')).toBe('#fbfbf8');
  });

  it('says how many figures it left out when they do not fit', () => {
    const many = Array.from({ length: 40 }, (_, i) => `Source ${i}: ${i} people`);
    expect(parse(chartImageSvg({ ...content, figures: many }, chart)).documentElement.textContent).toMatch(
      /and \d+ more: see the link below/,
    );
  });
});

describe('wrapText', () => {
  it('breaks at spaces and marks text left out', () => {
    expect(wrapText('one two three four', 9, 5)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('one two three four', 9, 2)).toEqual(['one two', 'three…']);
    expect(wrapText('abcdefghij', 4, 5)).toEqual(['abcd', 'efgh', 'ij']);
  });
  it('escapeXml drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0001<b>')).toBe('a&lt;b&gt;');
  });

  it('spans the card with a wide, short chart and lists the figures under it', () => {
    const doc = parse(chartImageSvg(content, { inner: '<rect width="10" height="10"/>', width: 1100, height: 120 }));
    expect(doc.documentElement.querySelector('rect[rx="8"]')?.getAttribute('width')).toBe('1120');
  });

  it('keeps every line inside the card when there are too many figures to list', () => {
    const many = {
      ...content,
      figures: Array.from({ length: 40 }, (_, i) => `Source number ${i + 1}: “between ${i} and ${i + 5}” people`),
    };
    const doc = parse(chartImageSvg(many, { inner: '', width: 700, height: 900 }, 'dark'));
    expect(doc.documentElement.textContent).toMatch(/and \d+ more: see the link below/);
    const ys = [...doc.querySelectorAll('text')].map((t) => Number(t.getAttribute('y')) + (t.querySelectorAll('tspan').length - 1) * 22);
    expect(Math.max(...ys)).toBeLessThan(IMAGE_HEIGHT);
  });
});
