import { describe, expect, it } from 'vitest';
import { findFigures } from '../figure-finder';
import type { Claim, Measure } from '../schema';
import { countedPhrase, suggestMeasure, wordsByMeasure } from './measure';

function measure(id: string, label: string, unit: string, extra: Partial<Measure> = {}): Measure {
  return { id, label, unit, description: '', total: null, context: false, comparableWith: [], ...extra };
}

const MEASURES = [
  measure('raids', 'Air raids on Palmyra, March 2016', 'raids'),
  measure('sorties', 'Russian combat sorties over Palmyra, March 2016', 'sorties'),
  measure('killed', 'Civilians killed by Russian air strikes in Syria, 2015', 'people'),
  measure('share', 'Share of the ancient site intact, March 2016', 'percent', { total: 100 }),
];

function first(text: string) {
  const c = findFigures(text)[0];
  if (!c) throw new Error(`no figure in ${text}`);
  return c;
}

function suggest(text: string, claims: Claim[] = [], articleDate = '2016-03-23') {
  const candidate = first(text);
  return suggestMeasure({
    text,
    candidate,
    quote: [0, text.length],
    measures: MEASURES,
    measureWords: wordsByMeasure(claims),
    place: 'Palmyra',
    articleDate,
  });
}

describe('countedPhrase', () => {
  it.each([
    ['More than 900 raids targeted the city', 'raids', 'raids', ''],
    ['an average of 20 to 25 combat sorties daily', 'combat sorties', 'sorties', ''],
    ['killing at least 40 civilians in the town', 'civilians', 'civilians', 'killed'],
    ['dozens of Christians were kidnapped', 'Christians', 'christians', ''],
    ['at least 34 people killed on Tuesday', 'people', 'people', 'killed'],
  ])('%s → %s', (text, phrase, head, participle) => {
    expect(countedPhrase(text, first(text))).toMatchObject({ phrase, head, participle });
  });

  it('gives null when nothing is counted after the figure', () => {
    expect(countedPhrase('The toll rose to 40.', first('The toll rose to 40.'))).toBeNull();
  });
});

describe('wordsByMeasure', () => {
  it('gathers the stemmed words of each measure’s quotes, without stop words', () => {
    const claims = [
      { measureId: 'killed', quote: 'killed 40 civilians' },
      { measureId: 'killed', quote: 'The strikes killed civilians' },
      { measureId: 'raids', quote: 'more than 900 raids' },
    ];
    expect(wordsByMeasure(claims)).toEqual(
      new Map([
        ['killed', new Set(['killed', '40', 'civilian', 'strike'])],
        ['raids', new Set(['900', 'raid'])],
      ]),
    );
  });
});

describe('suggestMeasure', () => {
  it('prefers an existing measure whose unit and words fit', () => {
    const s = suggest('More than 900 air raids targeted Palmyra in March.');
    expect(s.choice).toEqual({ kind: 'measure', measureId: 'raids' });
    expect(s.why).toBe('from “air raids”: like “Air raids on Palmyra, March 2016” (raids)');
  });

  it('learns from the quotes of other claims on a measure', () => {
    const claim = { measureId: 'killed', quote: 'killed more than 1 000 civilians in Russian strikes' } as Claim;
    expect(suggest('Russian strikes killed as many as 1 448 civilians, the group said.', [claim]).choice).toEqual({
      kind: 'measure',
      measureId: 'killed',
    });
  });

  it('does not take a measure of another year', () => {
    const s = suggest('More than 900 air raids targeted Palmyra.', [], '2019-05-01');
    expect(s.choice.kind).toBe('new');
  });

  it('prefills a new measure with a label and a unit when none fits', () => {
    const s = suggest('At least 34 people killed in the market on Tuesday.');
    expect(s.choice).toEqual({ kind: 'new', label: 'People killed in Palmyra, March 2016', unit: 'people' });
    expect(s.why).toBe('a new measure, from “people”');
  });

  it('reads a percentage as a share in percent', () => {
    const s = suggest('About 80% of the ancient site is intact.');
    expect(s.choice).toEqual({ kind: 'measure', measureId: 'share' });
  });
});
