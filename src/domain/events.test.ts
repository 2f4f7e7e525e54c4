import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadShippedDataset } from '../testing/real-dataset';
import { controlEventsSchema } from './events';

describe('data/events.json', () => {
  const events = controlEventsSchema.parse(JSON.parse(readFileSync(join(DATA_DIR, 'events.json'), 'utf8')));
  const articles = new Map(loadShippedDataset().articles.map((a) => [a.id, a]));

  it('marks the four changes of control the articles report', () => {
    expect(events.map((e) => e.date.slice(0, 7))).toEqual(['2015-05', '2016-03', '2016-12', '2017-03']);
  });

  it.each(events.map((e) => [e.id, e] as const))('%s quotes its article verbatim at its span', (_, event) => {
    const article = articles.get(event.articleId);
    expect(article).toBeDefined();
    const text = readFileSync(join(DATA_DIR, article?.file ?? ''), 'utf8');
    expect(text.slice(event.span[0], event.span[1])).toBe(event.quote);
  });
});
