// Properties of the suggestions on generated articles: every span lies inside the text, and a quote holds its figure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFigures } from '../figure-finder';
import type { Source } from '../schema';
import { suggestClaims, type SuggestContext } from './suggest-claim';

const piece = fc.constantFrom(
  'More than 900 raids hit the city',
  ', according to the Syrian Observatory for Human Rights',
  ' the monitor said',
  '. ',
  ', ',
  '“',
  '”',
  ' (SOHR)',
  '[35]',
  ' since Wednesday',
  ' in the past two weeks',
  ' between 8 and 22 December',
  ' at least 40 civilians were killed',
  ' it said',
  ' told AFP',
  ' c. 1,200 fighters',
  ' 500+ homes',
  ' a 35-year-old man',
  '\n\n',
  ' plus de 300 morts',
  ' أكثر من ٣٠٠',
  ' 80% of the site',
  'x',
  ' ',
);
const article = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

const SOURCES: Source[] = [
  { id: 'outlet', name: 'Daily Wire', kind: 'outlet', alignment: 'independent', description: '', parentId: null, aliases: [] },
  { id: 'afp', name: 'AFP', kind: 'news agency', alignment: 'independent', description: '', parentId: null, aliases: [] },
  {
    id: 'sohr',
    name: 'Syrian Observatory for Human Rights',
    kind: 'monitoring group',
    alignment: 'independent',
    description: 'Britain-based monitor, also "the Observatory".',
    parentId: null,
    aliases: [],
  },
];

function context(text: string): SuggestContext {
  return {
    text,
    articleId: 'a',
    outletId: 'outlet',
    articleDate: '2016-03-23',
    language: 'en',
    sources: SOURCES,
    measures: [],
    claims: [],
    measureWords: new Map(),
    place: 'Palmyra',
  };
}

function inside(text: string, span: readonly [number, number] | null): boolean {
  return (
    span === null ||
    (Number.isInteger(span[0]) && Number.isInteger(span[1]) && 0 <= span[0] && span[0] <= span[1] && span[1] <= text.length)
  );
}

describe('suggestClaims: properties', () => {
  it('every suggestion span lies inside the article, and every quote contains its figure', () => {
    fc.assert(
      fc.property(article, (text) => {
        const suggestions = suggestClaims(findFigures(text), context(text));
        for (const s of suggestions) {
          const { quote, claimant, measure, period, statedOn, candidate } = s;
          expect(inside(text, quote.span)).toBe(true);
          expect(inside(text, claimant.span)).toBe(true);
          expect(inside(text, measure.span)).toBe(true);
          expect(inside(text, period?.span ?? null)).toBe(true);
          expect(inside(text, statedOn?.span ?? null)).toBe(true);
          const figureWords: [number, number] = [candidate.start, candidate.start + candidate.value.asWritten.length];
          expect(quote.span[0]).toBeLessThanOrEqual(figureWords[0]);
          expect(quote.span[1]).toBeGreaterThanOrEqual(figureWords[1]);
          expect(text.slice(quote.span[0], quote.span[1])).toContain(candidate.value.asWritten);
          expect(s.claimant.why.length).toBeGreaterThan(0);
          expect(s.measure.why.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(() => suggestClaims(findFigures(text), context(text))).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
