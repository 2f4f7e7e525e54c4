import { describe, expect, it } from 'vitest';
import { loadShippedDataset, readArticleText } from '../../testing/real-dataset';
import type { Article, Claim } from '../schema';
import { CONTEXT_LENGTH, quoteSelectors, toAnnotationCollection, toWebAnnotation } from './web-annotation';

describe('quoteSelectors', () => {
  it('gives exact, prefix and suffix, and the position in characters', () => {
    const text = 'Before the quote. More than 900 raids. After it.';
    const start = text.indexOf('More');
    const claim = { quote: 'More than 900 raids', span: [start, start + 19] as [number, number] };
    expect(quoteSelectors(claim, text)).toEqual([
      { type: 'TextQuoteSelector', exact: 'More than 900 raids', prefix: 'Before the quote. ', suffix: '. After it.' },
      { type: 'TextPositionSelector', start, end: start + 19 },
    ]);
  });

  it('counts an emoji before the quote as one character, as the model asks', () => {
    const text = '😀 said 20 to 25';
    const start = text.indexOf('20');
    const [, position] = quoteSelectors({ quote: '20 to 25', span: [start, start + 8] }, text);
    expect(start).toBe(8);
    expect(position).toEqual({ type: 'TextPositionSelector', start: 7, end: 15 });
  });

  it('keeps at most 32 characters of context either side', () => {
    const text = `${'a'.repeat(100)}QUOTE${'b'.repeat(100)}`;
    const [quote] = quoteSelectors({ quote: 'QUOTE', span: [100, 105] }, text);
    expect(quote).toMatchObject({ prefix: 'a'.repeat(CONTEXT_LENGTH), suffix: 'b'.repeat(CONTEXT_LENGTH) });
  });

  it('falls back to the quote alone when the span does not hold it or the text is missing', () => {
    expect(quoteSelectors({ quote: 'x', span: [0, 1] }, 'y')).toEqual([{ type: 'TextQuoteSelector', exact: 'x' }]);
    expect(quoteSelectors({ quote: 'x', span: [0, 1] }, undefined)).toEqual([{ type: 'TextQuoteSelector', exact: 'x' }]);
  });
});

describe('toWebAnnotation on the shipped dataset', () => {
  const dataset = loadShippedDataset();
  const claim = dataset.claims[0] as Claim;
  const article = dataset.articles.find((a) => a.id === claim.articleId) as Article;
  const text = readArticleText(article.file);

  it('anchors every shipped quote: the position selector picks out exactly the quote in the text', () => {
    for (const c of dataset.claims) {
      const a = dataset.articles.find((x) => x.id === c.articleId) as Article;
      const body = readArticleText(a.file);
      const [quote, position] = quoteSelectors(c, body);
      expect(quote).toMatchObject({ exact: c.quote });
      if (position?.type !== 'TextPositionSelector') throw new Error(`claim ${c.id} has no position selector`);
      expect(Array.from(body).slice(position.start, position.end).join('')).toBe(c.quote);
    }
  });

  it('has the model’s required shape, targeting the article’s web address when known', () => {
    const input = {
      claim,
      article,
      text,
      description: 'A figure',
      claimUrl: 'https://corroborate.example/claims/c-01',
      fallbackSource: 'https://corroborate.example/workbench/articles/x',
    };
    const annotation = toWebAnnotation(input);
    expect(annotation).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://corroborate.example/claims/c-01#annotation',
      type: 'Annotation',
      target: { source: 'https://corroborate.example/workbench/articles/x' },
    });
    expect(toWebAnnotation({ ...input, article: { ...article, url: 'https://news.example/story' } }).target.source).toBe(
      'https://news.example/story',
    );
    expect(toWebAnnotation({ ...input, article: { ...article, url: 'javascript:alert(1)' } }).target.source).toBe(input.fallbackSource);
    const collection = toAnnotationCollection('https://corroborate.example/ws', 'Workspace', [annotation]);
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 1, first: { type: 'AnnotationPage', startIndex: 0 } });
    expect(collection.first.items[0]).not.toHaveProperty('@context');
    // Valid JSON-LD is plain JSON first: it survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
  });
});
