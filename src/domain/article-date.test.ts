import { describe, expect, it } from 'vitest';
import { articleDate, articleDateText, compareArticlesNewestFirst } from './article-date';

const dated = { publishedAt: '2016-03-23', accessedOn: '2026-01-05' };
const undated = { publishedAt: null, accessedOn: '2026-01-05' };

describe('an article’s date', () => {
  it('is its publication date, else the day it was read, and says which', () => {
    expect(articleDate(dated)).toEqual({ date: '2016-03-23', basis: 'published' });
    expect(articleDate(undated)).toEqual({ date: '2026-01-05', basis: 'accessed' });
  });

  it('reads plainly, an undated article saying so', () => {
    expect(articleDateText(dated)).toBe('2016-03-23');
    expect(articleDateText(undated)).toBe('no date printed; accessed 5 January 2026');
    expect(articleDateText({ publishedAt: null })).toBe('no date printed');
  });

  it('sorts undated articles by the day they were read, newest first', () => {
    const older = { publishedAt: null, accessedOn: '2015-01-01' };
    expect([dated, older, undated].sort(compareArticlesNewestFirst)).toEqual([undated, dated, older]);
  });
});
