import { describe, expect, it } from 'vitest';
import { overviewLede } from './overview-lede';

describe('overviewLede', () => {
  it('counts the evidence and the contested measures, and how many of them conflict', () => {
    expect(overviewLede({ claims: 1200, articles: 9, contested: 14, conflicting: 6 })).toBe(
      '1,200 figures from 9 news reports, quoted word for word. On 14 measures two or more independent sources give figures; on 6 of them the figures cannot all be true. Ranked from most to least contested:',
    );
  });
  it('says plainly when no contested measure conflicts, or when every one does', () => {
    expect(overviewLede({ claims: 40, articles: 3, contested: 2, conflicting: 0 })).toBe(
      '40 figures from 3 news reports, quoted word for word. On 2 measures two or more independent sources give figures; on none of them do the figures contradict each other. Ranked from most to least contested:',
    );
    expect(overviewLede({ claims: 40, articles: 3, contested: 2, conflicting: 2 })).toContain(
      '; on every one of them the figures cannot all be true.',
    );
  });
  it('reads as one sentence about one measure, either way', () => {
    expect(overviewLede({ claims: 5, articles: 2, contested: 1, conflicting: 1 })).toBe(
      '5 figures from 2 news reports, quoted word for word. On 1 measure two or more independent sources give figures, and they cannot all be true. Ranked from most to least contested:',
    );
    expect(overviewLede({ claims: 5, articles: 2, contested: 1, conflicting: 0 })).toContain(
      'give figures, and they do not contradict each other.',
    );
  });
  it('says only what there is when nothing can be compared (no "On 0 measures"), in the singular for one', () => {
    expect(overviewLede({ claims: 1, articles: 1, contested: 0, conflicting: 0 })).toBe(
      '1 figure from 1 news report, quoted word for word.',
    );
    // Not "0 figures from 0 news reports": the page says why there is nothing.
    expect(overviewLede({ claims: 0, articles: 0, contested: 0, conflicting: 0 })).toBeNull();
  });
});
