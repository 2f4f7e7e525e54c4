import { describe, expect, it } from 'vitest';
import { testClaim } from '../../testing/builders';
import { timelineDateText, timelineTableOrder } from './timeline-table';

describe('timelineTableOrder', () => {
  it('orders by the date shown, the report date standing in for an unstated one, undated claims last', () => {
    const claims = [
      testClaim('sohr', 'deaths', 1, 1, { id: 'c-undated', articleId: 'a-unknown' }),
      testClaim('sohr', 'deaths', 1, 1, { id: 'c-late', statedOn: '2016-03-20' }),
      testClaim('sohr', 'deaths', 1, 1, { id: 'c-reported', articleId: 'a-report' }),
      testClaim('sohr', 'deaths', 1, 1, { id: 'c-early', statedOn: '2016-03-02' }),
    ];
    const articles = new Map([['a-report', { publishedAt: '2016-03-10' }]]);
    expect(timelineTableOrder(claims, articles).map((c) => c.id)).toEqual(['c-early', 'c-reported', 'c-late', 'c-undated']);
  });
  it('breaks a tie of dates by claimant id, then by claim id, and leaves its input as it was', () => {
    const claims = [
      testClaim('sohr', 'deaths', 1, 1, { id: 'c2', statedOn: '2016-03-02' }),
      testClaim('airwars', 'deaths', 1, 1, { id: 'c9', statedOn: '2016-03-02' }),
      testClaim('sohr', 'deaths', 1, 1, { id: 'c1', statedOn: '2016-03-02' }),
    ];
    expect(timelineTableOrder(claims, new Map()).map((c) => c.id)).toEqual(['c9', 'c1', 'c2']);
    expect(claims.map((c) => c.id)).toEqual(['c2', 'c9', 'c1']);
  });
});

describe('an undated report in the timeline table', () => {
  it('sorts by the day it was read, and says no date is printed rather than showing that day as the report’s', () => {
    const claims = [
      testClaim('sohr', 'deaths', 1, 1, { id: 'c-undated-report', articleId: 'a-undated' }),
      testClaim('sohr', 'deaths', 1, 1, { id: 'c-stated', statedOn: '2026-02-01' }),
    ];
    const articles = new Map([['a-undated', { publishedAt: null, accessedOn: '2026-01-05' }]]);
    expect(timelineTableOrder(claims, articles).map((c) => c.id)).toEqual(['c-undated-report', 'c-stated']);
    expect(timelineDateText(claims[0]!, articles.get('a-undated'))).toBe(
      'not stated (report has no date printed; accessed 5 January 2026)',
    );
    expect(timelineDateText(claims[0]!, { publishedAt: '2016-03-10' })).toBe('not stated (reported 2016-03-10)');
    expect(timelineDateText(claims[0]!, undefined)).toBe('not stated (reported on an unknown date)');
  });
});
