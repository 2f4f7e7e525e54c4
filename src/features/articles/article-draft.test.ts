import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../domain/schema';
import { buildArticle, EMPTY_ARTICLE_DRAFT, NEW_SOURCE, type ArticleDraft } from './article-draft';

const dataset: Dataset = {
  articles: [],
  sources: [{ id: 'daily', name: 'The Daily', kind: 'outlet', alignment: 'independent', description: '', parentId: null, aliases: [] }],
  measures: [],
  claims: [],
};
const draft: ArticleDraft = {
  ...EMPTY_ARTICLE_DRAFT,
  text: '  Indented first line\r\n\r\nMore than 900 raids.  \n',
  title: ' Raids ',
  outletId: 'daily',
  publishedAt: '2016-03-23',
  publishedAtEvidence: 'Dateline',
};

describe('buildArticle', () => {
  it('keeps the text exactly as given and names its file after the article', () => {
    const result = buildArticle(draft, dataset, 'user-ab12');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toBe(draft.text);
    expect(result.file).toBe('user-ab12.txt');
    expect(result.article).toMatchObject({
      id: 'user-ab12',
      title: 'Raids',
      outlet: 'daily',
      file: 'user-ab12.txt',
      publishedAtInferred: false,
    });
    expect(result.sources).toEqual([]);
  });

  it('records the web address, access date, archived copy and language, and leaves empty ones null', () => {
    const full = buildArticle(
      {
        ...draft,
        url: ' https://daily.example/raids ',
        accessedOn: '2026-01-05',
        archiveUrl: 'https://web.archive.org/web/2016/x',
        language: 'ar',
      },
      dataset,
      'a',
    );
    expect(full.ok && full.article).toMatchObject({
      url: 'https://daily.example/raids',
      accessedOn: '2026-01-05',
      archiveUrl: 'https://web.archive.org/web/2016/x',
      language: 'ar',
    });
    const bare = buildArticle(draft, dataset, 'b');
    expect(bare.ok && [bare.article.url, bare.article.accessedOn, bare.article.archiveUrl, bare.article.language]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('refuses an address that is not a web address, a bad language code, and an access date with no address', () => {
    const result = buildArticle(
      { ...draft, url: 'javascript:alert(1)', archiveUrl: 'web.archive.org/x', language: 'Arabic', accessedOn: '2026-01-05' },
      dataset,
      'a',
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual({
      url: 'Give the full web address, starting with https:// or http://.',
      archiveUrl: 'Give the archived copy’s full web address, starting with https:// or http://.',
      language: 'Give a language code such as “en”, “ar” or “pt-BR”.',
    });
    const dateOnly = buildArticle({ ...draft, accessedOn: '2026-01-05' }, dataset, 'a');
    expect(!dateOnly.ok && dateOnly.errors.accessedOn).toBe(
      'An access date goes with a web address: give the address too, or clear the date.',
    );
  });

  it('adds a new outlet, or reuses one with the same name', () => {
    const fresh = buildArticle({ ...draft, outletId: NEW_SOURCE, newOutletName: 'Arab News' }, dataset, 'a');
    expect(fresh.ok && fresh.sources).toEqual([
      { id: 'arab-news', name: 'Arab News', kind: 'outlet', alignment: 'independent', description: '', parentId: null, aliases: [] },
    ]);
    expect(fresh.ok && fresh.article.outlet).toBe('arab-news');
    const same = buildArticle({ ...draft, outletId: NEW_SOURCE, newOutletName: 'the daily' }, dataset, 'a');
    expect(same.ok && [same.article.outlet, same.sources.length]).toEqual(['daily', 0]);
  });

  it('names each missing or invalid field', () => {
    const result = buildArticle(
      { ...EMPTY_ARTICLE_DRAFT, text: ' \n ', publishedAt: '2016-02-30', publishedAtInferred: true },
      dataset,
      'a',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['outletId', 'publishedAt', 'publishedAtEvidence', 'text', 'title']);
    expect(result.errors.publishedAt).toBe('not a real calendar date');
    expect(result.errors.publishedAtEvidence).toMatch(/worked out/);
    const noName = buildArticle({ ...draft, outletId: NEW_SOURCE }, dataset, 'a');
    expect(noName.ok ? null : noName.errors).toEqual({ newOutletName: 'Give the outlet’s name.' });
  });

  it('keeps the confidence only for an inferred date', () => {
    const inferred = buildArticle({ ...draft, publishedAtInferred: true, publishedAtConfidence: 'low' }, dataset, 'a');
    expect(inferred.ok && inferred.article.publishedAtConfidence).toBe('low');
    const printed = buildArticle({ ...draft, publishedAtConfidence: 'low' }, dataset, 'a');
    expect(printed.ok && printed.article.publishedAtConfidence).toBe('high');
  });

  it('records “no date printed” as no date at all, requiring the day it was read', () => {
    const undated = { ...draft, noDatePrinted: true, publishedAt: '2016-03-23', publishedAtInferred: true, publishedAtEvidence: 'old' };
    const refused = buildArticle(undated, dataset, 'a');
    expect(refused.ok ? null : refused.errors).toEqual({
      accessedOn: 'Give the day you read the article: with no date printed, it is listed by that day.',
    });
    // Read on paper: no address is needed with the access date.
    const result = buildArticle({ ...undated, accessedOn: '2026-01-05' }, dataset, 'a');
    expect(result.ok && result.article).toMatchObject({
      publishedAt: null,
      publishedAtEvidence: '',
      publishedAtInferred: false,
      accessedOn: '2026-01-05',
      url: null,
    });
    const dated = buildArticle({ ...draft, publishedAt: '' }, dataset, 'a');
    expect(dated.ok ? null : dated.errors).toEqual({ publishedAt: 'Give the date the article was published, or tick “No date printed”.' });
  });
});
