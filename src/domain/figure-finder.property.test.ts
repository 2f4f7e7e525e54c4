// Properties of the figure finder on arbitrary strings and on text built from figure-like pieces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFigures, type FigureCandidate } from './figure-finder';
import { applyRule } from './interpretation-rules';

/** Pieces that reach every branch: digits, separators, qualifiers, range links, rates, vague words, dates, odd spaces. */
const piece = fc.constantFrom(
  '1',
  '20',
  '448',
  '000',
  '2013',
  '0958',
  '+',
  '%',
  '-',
  '–',
  ',',
  '.',
  ':',
  '/',
  '(',
  ')',
  '[',
  '"',
  '“',
  ' ',
  '  ',
  '\u00a0',
  '\u2009',
  '\u202f',
  '\n',
  'th',
  'century',
  'twenty',
  'five',
  'one',
  'hundred',
  'and',
  'a',
  'dozen',
  'more than',
  'at least',
  'as many as',
  'around',
  'nearly',
  'up to',
  'between',
  'to',
  'percent',
  'million',
  'daily',
  'a day',
  'per day',
  'overnight',
  'strikes',
  'dozens',
  'hundreds',
  'more than half',
  'most of',
  'many',
  'several',
  'a number of',
  'tens of thousands',
  'completely',
  'seized',
  'destroyed',
  'March',
  'Dec',
  'year-old',
  'News',
  '😀',
);
const figureText = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), figureText);

function checkCandidates(text: string, list: FigureCandidate[]): void {
  let previousEnd = 0;
  for (const c of list) {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.start).toBeGreaterThanOrEqual(previousEnd);
    expect(c.end).toBeGreaterThan(c.start);
    previousEnd = c.end;
    expect(c.text.startsWith(c.value.asWritten)).toBe(true);
    expect(c.value.asWritten.length).toBeGreaterThan(0);
    const { low, high } = c.value;
    if (low !== null && high !== null) expect(low).toBeLessThanOrEqual(high);
    if (low !== null) expect(Number.isFinite(low)).toBe(true);
    if (high !== null) expect(Number.isFinite(high)).toBe(true);
    if (c.per !== null) expect(c.overnight).toBe(false);
    if (c.kind === 'vague') {
      const rule = c.value.interpretation?.rule ?? '';
      const { lowInclusive, highInclusive, approximate } = c.value;
      expect({ low, high, lowInclusive, highInclusive, approximate }).toEqual(applyRule(rule));
    } else {
      expect(c.value.interpretation).toBeNull();
    }
  }
}

describe('findFigures properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(() => findFigures(text)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('candidates are slices of the text, sorted, non-overlapping, with low ≤ high', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkCandidates(text, findFigures(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('stays consistent with text of any kind before the figures', () => {
    fc.assert(
      fc.property(figureText, fc.constantFrom('Reports say ', '😀 ', '\n\nHe said '), (text, prefix) => {
        const list = findFigures(`${prefix}${text}`);
        checkCandidates(`${prefix}${text}`, list);
      }),
      { numRuns: 300 },
    );
  });
});
