import { describe, expect, it } from 'vitest';
import { loadShippedDataset } from '../../testing/real-dataset';
import { wordsByMeasure } from '../suggest/measure';
import { articleDesk } from './article-desk';

const shipped = loadShippedDataset();

describe('articleDesk', () => {
  it('keeps one article and its own claims, every source and measure, and learns words from the other articles only', () => {
    const article = shipped.articles.find((a) => shipped.claims.some((c) => c.articleId === a.id));
    if (!article) throw new Error('no article with claims in the shipped dataset');
    const desk = articleDesk(shipped, article.id);
    const own = shipped.claims.filter((c) => c.articleId === article.id);
    expect(desk.article).toBe(article);
    expect(desk.records.articles).toEqual([article]);
    expect(desk.records.claims).toEqual(own);
    expect(desk.records.sources).toBe(shipped.sources);
    expect(desk.records.measures).toBe(shipped.measures);
    expect(desk.measureWords).toEqual(wordsByMeasure(shipped.claims.filter((c) => c.articleId !== article.id)));
  });

  it('gives no article and no claims for an id the records do not have, and learns from every claim', () => {
    const desk = articleDesk(shipped, 'no-such-article');
    expect(desk.article).toBeNull();
    expect(desk.records.articles).toEqual([]);
    expect(desk.records.claims).toEqual([]);
    expect(desk.measureWords).toEqual(wordsByMeasure(shipped.claims));
  });
});
