import { describe, expect, it } from 'vitest';
import { listedFiguresSentence, sampleNote, unlistedFiguresSentence, unlistedPairsSentence } from './compare-notes';

describe('compare notes', () => {
  it('says how many figures a sampled chart draws, in figures a reader can read', () => {
    expect(sampleNote(120, 10000, { spread: true, rest: 'The list below has them all.' })).toBe(
      'Too many figures to draw each one: showing 120 of 10,000, the extremes that set the spread and an even sample of the rest. The list below has them all.',
    );
    expect(sampleNote(80, 1200, { spread: false, rest: 'The list below has them all.' })).toBe(
      'Too many figures to draw each one: showing 80 of 1,200, the extremes and an even sample of the rest. The list below has them all.',
    );
  });
  it('says plainly when no pair contradicts, and counts one pair as one', () => {
    expect(unlistedPairsSentence(0)).toBe('No two figures from independent sources contradict each other.');
    expect(unlistedPairsSentence(1)).toMatch(/^1 pair of figures from independent sources cannot both be true\. /);
    expect(unlistedPairsSentence(2500)).toMatch(/^2,500 pairs of figures from independent sources cannot both be true\. /);
  });
  it('says how many figures are not listed yet, one or many', () => {
    expect(unlistedFiguresSentence(9900)).toBe('9,900 more figures are not listed here; the CSV export has them all.');
    expect(unlistedFiguresSentence(1)).toBe('1 more figure is not listed here; the CSV export has them all.');
    expect(listedFiguresSentence(100, 10000)).toBe('Showing the first 100 of 10,000 figures. The CSV export has them all.');
  });
});
