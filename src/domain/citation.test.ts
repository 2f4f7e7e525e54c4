import { describe, expect, it } from 'vitest';
import { formatCitation, provenanceChain, splitAtSpan } from './citation';
import type { Article, Claim } from './schema';

const claim = {
  id: 'c1',
  quote: 'more than 60 strikes',
  claimantId: 'mod',
  outletId: 'arab-news',
  via: ['afp'],
  statedOn: '2016-12-11',
  statedOnInferred: true,
} as Claim;
const article = {
  id: 'a',
  title: 'Russian onslaught',
  outlet: 'arab-news',
  publishedAt: '2016-12-11',
  publishedAtInferred: false,
} as Article;
const names: Record<string, string> = { mod: 'Russian Defence Ministry', 'arab-news': 'Arab News', afp: 'AFP' };
const nameOf = (id: string) => names[id] ?? id;

describe('splitAtSpan', () => {
  it('cuts the text around the span', () => {
    expect(splitAtSpan('abcdef', [2, 4])).toEqual({ before: 'ab', quote: 'cd', after: 'ef' });
  });
  it('refuses a span outside the text', () => {
    expect(splitAtSpan('abc', [2, 9])).toBeNull();
    expect(splitAtSpan('abc', [2, 1])).toBeNull();
  });
});

describe('provenanceChain', () => {
  it('runs outlet ← intermediary ← claimant', () => {
    expect(provenanceChain(claim, nameOf)).toEqual(['Arab News', 'AFP', 'Russian Defence Ministry']);
  });
  it('names a source once when it is both outlet and claimant', () => {
    expect(provenanceChain({ ...claim, via: [], claimantId: 'arab-news' }, nameOf)).toEqual(['Arab News']);
  });
});

describe('formatCitation', () => {
  it('quotes the claim and names the chain and dates', () => {
    expect(formatCitation(claim, article, nameOf)).toBe(
      'Russian Defence Ministry, stated 2016-12-11 (inferred), reported by Arab News, via AFP: “more than 60 strikes”. In “Russian onslaught”, Arab News, 2016-12-11.',
    );
  });
  it('says when the publication date was inferred', () => {
    expect(formatCitation(claim, { ...article, publishedAtInferred: true }, nameOf)).toContain('(date inferred, not printed)');
  });
});
