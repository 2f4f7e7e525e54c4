import { describe, expect, it } from 'vitest';
import type { ComparedClaim, ComparisonGroup } from '../analysis-types';
import type { DatasetIndex } from '../lookups';
import type { Article, Claim } from '../schema';
import { testClaim, testSource } from '../../testing/builders';
import { firstFigures, sectionsOf, voiceList, type CompareSection } from './compare-sections';

const sources = [testSource('airwars'), testSource('sohr'), testSource('mod')];
const claims: Claim[] = [
  testClaim('sohr', 'deaths', 10, 10, { id: 'c-sohr-late', statedOn: '2016-03-20' }),
  testClaim('airwars', 'deaths', 12, 12, { id: 'c-airwars', statedOn: '2016-03-02' }),
  testClaim('sohr', 'deaths', 9, 9, { id: 'c-sohr-reported', articleId: 'a-report' }),
  testClaim('mod', 'deaths', 30, 30, { id: 'c-mod-undated', articleId: 'a-missing' }),
];
const index: DatasetIndex = {
  sources: new Map(sources.map((s) => [s.id, s])),
  claims: new Map(claims.map((c) => [c.id, c])),
  measures: new Map(),
  articles: new Map([['a-report', { id: 'a-report', publishedAt: '2016-03-05' } as Article]]),
};
const entry = (claimId: string): ComparedClaim => ({ claimId }) as ComparedClaim;
// The group lists its entries in the engine's order; one entry's claim is missing from the index.
const group = { entries: ['c-mod-undated', 'c-sohr-late', 'c-gone', 'c-sohr-reported', 'c-airwars'].map(entry) } as ComparisonGroup;
const shape = (by: 'source' | 'date') => sectionsOf(group, by, index).map((s) => [s.title, s.entries.map((e) => e.claimId)]);

describe('sectionsOf', () => {
  it('by source: one section per claimant by name, claims inside by date stated with undated ones last', () => {
    expect(shape('source')).toEqual([
      ['AIRWARS', ['c-airwars']],
      ['MOD', ['c-mod-undated']],
      ['SOHR', ['c-sohr-late', 'c-sohr-reported']],
    ]);
  });
  it('by date: the date stated, else the report date said as such, oldest first, unknown dates last', () => {
    expect(shape('date')).toEqual([
      ['2016-03-02', ['c-airwars']],
      ['2016-03-05, date of the report (when it was said is not stated)', ['c-sohr-reported']],
      ['2016-03-20', ['c-sohr-late']],
      ['Date unknown', ['c-mod-undated']],
    ]);
  });
  it('keeps a stated date and a report date of the same day apart', () => {
    const sameDay = testClaim('airwars', 'deaths', 1, 1, { id: 'c-same-day', statedOn: '2016-03-05' });
    const withSameDay = { ...index, claims: new Map([...index.claims, [sameDay.id, sameDay]]) };
    const g = { entries: [entry('c-sohr-reported'), entry('c-same-day')] } as ComparisonGroup;
    expect(sectionsOf(g, 'date', withSameDay).map((s) => [s.key, s.title])).toEqual([
      ['2016-03-05|reported', '2016-03-05, date of the report (when it was said is not stated)'],
      ['2016-03-05|stated', '2016-03-05'],
    ]);
  });
});

describe('voiceList', () => {
  it('names the listed voices and counts the ones the engine left out', () => {
    expect(voiceList(['airwars', 'sohr'], 2, index)).toBe('AIRWARS, SOHR');
    expect(voiceList(['airwars', 'sohr'], 1205, index)).toBe('AIRWARS, SOHR and 1,203 more');
  });
  it('shows an unknown voice by its id', () => {
    expect(voiceList(['gone'], 1, index)).toBe('gone');
  });
});

describe('firstFigures', () => {
  const entry = (claimId: string) => ({ claimId }) as ComparedClaim;
  const section = (key: string, ...ids: string[]): CompareSection => ({ key, title: key, entries: ids.map(entry) });
  const ids = (sections: CompareSection[]) => sections.map((s) => `${s.key}: ${s.entries.map((e) => e.claimId).join(' ')}`);

  it('cuts the list where the limit falls', () => {
    const sections = firstFigures([section('a', '1', '2', '3'), section('b', '4', '5'), section('c', '6')], 4);
    expect(ids(sections)).toEqual(['a: 1 2 3', 'b: 4']);
  });
  it('keeps every section whole when the limit is not reached', () => {
    const all = [section('a', '1'), section('b', '2')];
    const sections = firstFigures(all, 200);
    expect(sections).toEqual(all);
    expect(sections[0]).toBe(all[0]);
  });
  it('shows nothing for a limit of 0 or less', () => {
    expect(firstFigures([section('a', '1', '2')], -3)).toEqual([]);
  });
});
