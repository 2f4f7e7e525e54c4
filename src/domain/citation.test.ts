// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  formatCitation,
  formatCitationAs,
  formatCitationHtml,
  formatCitationMarkdown,
  provenanceChain,
  splitAtSpan,
  webAddress,
  type CitableArticle,
} from './citation';
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
  it('writes “n.d.” for an article with no date printed, its access date kept as the access date', () => {
    const undated = { ...article, publishedAt: null, accessedOn: '2026-01-05', url: 'https://www.arabnews.com/node/123' } as CitableArticle;
    expect(formatCitation({ ...claim, statedOn: null }, undated, nameOf)).toBe(
      'Russian Defence Ministry, reported by Arab News, via AFP: “more than 60 strikes”. In “Russian onslaught”, Arab News, n.d. https://www.arabnews.com/node/123 (accessed 2026-01-05).',
    );
    expect(formatCitation(claim, { ...undated, url: null }, nameOf)).toContain('Arab News, n.d. Accessed 2026-01-05.');
  });
  it('says when the publication date was inferred', () => {
    expect(formatCitation(claim, { ...article, publishedAtInferred: true }, nameOf)).toContain('(date inferred, not printed)');
  });
});

describe('citations with web address, access date, archive and permalink', () => {
  const full = {
    ...article,
    url: 'https://www.arabnews.com/node/123',
    accessedOn: '2026-01-05',
    archiveUrl: 'https://web.archive.org/web/2016/https://www.arabnews.com/node/123',
  } as CitableArticle;
  const permalink = 'https://corroborate.example/claims/c1';

  it('plain text names the address, access date, archived copy and permalink', () => {
    expect(formatCitation(claim, full, nameOf, permalink)).toBe(
      'Russian Defence Ministry, stated 2016-12-11 (inferred), reported by Arab News, via AFP: “more than 60 strikes”. In “Russian onslaught”, Arab News, 2016-12-11. https://www.arabnews.com/node/123 (accessed 2026-01-05; archived copy: https://web.archive.org/web/2016/https://www.arabnews.com/node/123). Compared on Corroborate: https://corroborate.example/claims/c1',
    );
  });

  it('leaves out what is not recorded', () => {
    const text = formatCitation(claim, { ...article, url: null }, nameOf, null);
    expect(text).not.toMatch(/accessed|archived|Corroborate|http/);
  });

  it('keeps a non-web address as text and never links it', () => {
    const bad = { ...article, url: 'javascript:alert(1)' } as CitableArticle;
    expect(formatCitation(claim, bad, nameOf)).toContain('javascript:alert(1)');
    expect(formatCitationHtml(claim, bad, nameOf)).not.toContain('href="javascript');
    expect(formatCitationMarkdown(claim, bad, nameOf)).not.toContain('](javascript');
  });

  it('Markdown links the title, the archive and the permalink', () => {
    expect(formatCitationMarkdown(claim, full, nameOf, permalink)).toBe(
      'Russian Defence Ministry, stated 2016-12-11 (inferred), reported by Arab News, via AFP: “more than 60 strikes”. In [“Russian onslaught”](https://www.arabnews.com/node/123), *Arab News*, 2016-12-11. (accessed 2026-01-05; [archived copy](https://web.archive.org/web/2016/https://www.arabnews.com/node/123)) [Compared on Corroborate](https://corroborate.example/claims/c1)',
    );
  });

  it('Markdown escapes text that would become a link, emphasis or a heading', () => {
    const hostile = { ...claim, quote: '[click](javascript:x) *bold* <b>', claimantId: '# Heading' };
    const md = formatCitationMarkdown(hostile, article, nameOf);
    expect(md.startsWith('\\# Heading')).toBe(true);
    expect(md).toContain('\\[click\\](javascript:x) \\*bold\\* \\<b\\>');
  });

  it('HTML escapes every string and links only web addresses', () => {
    const hostile = { ...claim, quote: '<script>alert("x")</script>' };
    const html = formatCitationHtml(hostile, full, nameOf, permalink);
    expect(html).toContain('<q>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</q>');
    expect(html).toContain('<a href="https://www.arabnews.com/node/123"><cite>Russian onslaught</cite></a>');
    expect(html).toContain('<a href="https://corroborate.example/claims/c1">Compared on Corroborate</a>');
    expect(html).toContain(
      'accessed 2026-01-05; <a href="https://web.archive.org/web/2016/https://www.arabnews.com/node/123">archived copy</a>',
    );
    // The fragment parses as one paragraph with no script element.
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelector('q')?.textContent).toBe('<script>alert("x")</script>');
  });

  it('formatCitationAs picks the format', () => {
    expect(formatCitationAs('text', claim, full, nameOf)).toBe(formatCitation(claim, full, nameOf));
    expect(formatCitationAs('markdown', claim, full, nameOf)).toBe(formatCitationMarkdown(claim, full, nameOf));
    expect(formatCitationAs('html', claim, full, nameOf)).toBe(formatCitationHtml(claim, full, nameOf));
  });
});

describe('webAddress', () => {
  it('accepts http and https only', () => {
    expect(webAddress('https://a.example/x')).toBe('https://a.example/x');
    expect(webAddress('data:text/html,x')).toBeNull();
    expect(webAddress('/relative')).toBeNull();
    expect(webAddress(null)).toBeNull();
  });
});
