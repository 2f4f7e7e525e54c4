import { describe, expect, it } from 'vitest';
import { figureAsSaid, footingNote } from './figure-text';
import { interval } from './interval';
import { formatBound, formatPoints } from './format';

const value = (asWritten: string, low: number | null, high: number | null, reading: string | null = null) => ({
  low,
  high,
  lowInclusive: true,
  highInclusive: true,
  approximate: false,
  asWritten,
  interpretation: reading ? { rule: 'r', reading } : null,
});

describe('figureAsSaid', () => {
  it('quotes the words exactly and adds the measure’s own unit once', () => {
    expect(figureAsSaid({ value: value('More than 900', 900, null), per: null }, { unit: 'raids' })).toBe('“More than 900” raids');
    expect(figureAsSaid({ value: value('20 to 25', 20, 25), per: 'day' }, { unit: 'sorties' })).toBe('“20 to 25” sorties a day');
    expect(figureAsSaid({ value: value('two kilometers', 2, 2), per: null }, { unit: 'kilometres' })).toBe('“two kilometers”');
    expect(figureAsSaid({ value: value('80%', 80, 80), per: null }, { unit: 'percent' })).toBe('“80%”');
  });
  it('puts "of" between a word of quantity and what it counts, outside the quotation marks', () => {
    const said = (words: string, unit: string) => figureAsSaid({ value: value(words, 40, null, 'r'), per: null }, { unit });
    expect(said('scores', 'fighters')).toBe('“scores” of fighters');
    expect(said('tens of thousands', 'people')).toBe('“tens of thousands” of people');
    expect(said('a handful', 'sites')).toBe('“a handful” of sites');
    // Already there, or not wanted.
    expect(said('a number of', 'sites')).toBe('“a number of” sites');
    expect(said('several dozen', 'bombs')).toBe('“several dozen” bombs');
    expect(said('most', 'sites')).toBe('“most” sites');
  });
  it('gives a vague word its reading beside it', () => {
    const original = interval(0, 0);
    expect(figureAsSaid({ value: value('completely destroyed', 0, 0, 'x'), per: null }, { unit: 'percent' }, original)).toBe(
      '“completely destroyed” (read as 0%)',
    );
  });
});

describe('footingNote', () => {
  it('says how a total was spread over its period, and nothing when the figure was not converted', () => {
    const claim = {
      per: null,
      period: { from: '2016-03-09', to: '2016-03-22', approximate: false, evidence: '' },
      value: value('More than 900', 900, null),
    };
    const entry = {
      interval: interval(900 / 14, null, { lowInclusive: false }),
      explanations: ['x'],
      cannotNormalise: null,
      original: interval(900, null),
      unit: 'raids a day',
    };
    expect(footingNote(entry, claim, true)).toBe('≈ more than 64 raids a day if spread evenly over 14 days');
    expect(footingNote({ ...entry, explanations: [] }, claim, true)).toBeNull();
  });
});

describe('formatBound and formatPoints', () => {
  it('reads one end as formatInterval would, and a single figure as itself', () => {
    expect(formatBound(interval(64, null, { lowInclusive: false, approximate: true }), 'low', 'raids a day')).toBe(
      'more than about 64 raids a day',
    );
    expect(formatBound(interval(20, 25), 'high', 'sorties a day')).toBe('up to 25 sorties a day');
    expect(formatBound(interval(80, 80), 'low', '%')).toBe('80%');
    expect(formatPoints(80)).toBe('80 percentage points');
    expect(formatPoints(1)).toBe('1 percentage point');
  });
});
