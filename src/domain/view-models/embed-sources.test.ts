import { describe, expect, it } from 'vitest';
import type { DatasetIndex } from '../lookups';
import type { Article } from '../schema';
import { testClaim, testMeasure, testSource } from '../../testing/builders';
import { sourceLines } from './embed-sources';

const claims = [
  testClaim('sohr', 'deaths', 10, 10, { id: 'c-stated', statedOn: '2016-03-20', outletId: 'bbc' }),
  testClaim('mod', 'deaths', 30, null, { id: 'c-reported', articleId: 'a-report', outletId: 'tass' }),
  testClaim('mod', 'deaths', 5, 5, { id: 'c-undated', articleId: 'a-missing', outletId: 'unknown-outlet' }),
];
const index: DatasetIndex = {
  sources: new Map([testSource('sohr'), testSource('mod'), testSource('bbc'), testSource('tass')].map((s) => [s.id, s])),
  claims: new Map(claims.map((c) => [c.id, c])),
  measures: new Map([['deaths', testMeasure({ id: 'deaths' })]]),
  articles: new Map([['a-report', { id: 'a-report', publishedAt: '2016-03-28' } as Article]]),
};
const entry = (claimId: string) => ({ claimId, original: null });

describe('sourceLines', () => {
  it('credits each figure to its claimant, outlet and date, in the order given, and skips claims the index lacks', () => {
    const lines = sourceLines(['c-reported', 'c-gone', 'c-stated', 'c-undated'].map(entry), index, new Map([['c-stated', 'SOHR (1)']]));
    expect(lines.map((l) => [l.label, l.claimant, l.outlet, l.when, l.asSaid])).toEqual([
      ['MOD', 'MOD', 'TASS', 'reported 2016-03-28', '“at least 30” people'],
      ['SOHR (1)', 'SOHR', 'BBC', 'stated 2016-03-20', '“10” people'],
      ['MOD', 'MOD', 'unknown-outlet', 'date unknown', '“5” people'],
    ]);
  });
});
