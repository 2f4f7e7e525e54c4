import { describe, expect, it } from 'vitest';
import { articleSchema, isoDate } from './schema';

describe('isoDate', () => {
  it('accepts a real calendar date', () => {
    expect(isoDate.safeParse('2016-03-27').success).toBe(true);
  });
  it('refuses a date that does not exist', () => {
    expect(isoDate.safeParse('2016-02-30').success).toBe(false);
  });
  it('refuses a non-ISO date', () => {
    expect(isoDate.safeParse('27/03/2016').success).toBe(false);
  });
});

describe('article citation fields', () => {
  const article = {
    id: 'a1',
    title: 'Headline',
    outlet: 'bbc',
    publishedAt: '2016-03-27',
    publishedAtEvidence: 'dateline',
    file: 'a1.txt',
  };
  const issues = (extra: Record<string, unknown>) =>
    articleSchema.safeParse({ ...article, ...extra }).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('default to null, so every existing article stays valid', () => {
    const parsed = articleSchema.parse(article);
    expect([parsed.accessedOn, parsed.archiveUrl, parsed.language]).toEqual([null, null, null]);
  });

  it('accept an access date, an http(s) archive address and a language tag', () => {
    expect(
      issues({ accessedOn: '2026-01-05', archiveUrl: 'https://web.archive.org/web/2016/https://x.example/a', language: 'pt-BR' }),
    ).toEqual([]);
    expect(issues({ archiveUrl: 'http://archive.example/a', language: 'ar' })).toEqual([]);
  });

  it.each([
    [{ accessedOn: '2026-02-30' }, 'accessedOn: not a real calendar date'],
    [{ accessedOn: '5 January 2026' }, 'accessedOn: expected an ISO date YYYY-MM-DD'],
    [{ archiveUrl: 'javascript:alert(1)' }, 'archiveUrl: expected a web address starting with http:// or https://'],
    [{ archiveUrl: 'archive.example/a' }, 'archiveUrl: expected a web address starting with http:// or https://'],
    [{ archiveUrl: 'https://' + 'a'.repeat(2_000) }, 'archiveUrl: Too big: expected string to have <=2000 characters'],
    [{ language: 'English' }, 'language: expected a language tag such as "en", "ar" or "pt-BR" (BCP 47)'],
    [{ language: 'e' }, 'language: expected a language tag such as "en", "ar" or "pt-BR" (BCP 47)'],
  ])('refuse %j', (extra, message) => {
    expect(issues(extra)).toContain(message);
  });

  it('take “no date printed” (publishedAt null) with the day it was read', () => {
    expect(issues({ publishedAt: null, publishedAtEvidence: '', accessedOn: '2026-01-05' })).toEqual([]);
  });

  it('refuse “no date printed” without an access date, naming the field', () => {
    expect(issues({ publishedAt: null, publishedAtEvidence: '' })).toEqual([
      'accessedOn: an article with no date printed (publishedAt null) needs accessedOn, the day it was read',
    ]);
    expect(issues({ publishedAt: null, accessedOn: '2026-01-05', publishedAtInferred: true })).toEqual([
      'publishedAtInferred: must be false when publishedAt is null: an inferred date is recorded in publishedAt',
    ]);
    // Left out is not the same as “no date printed”: the field must say so.
    expect(issues({ publishedAt: undefined, accessedOn: '2026-01-05' })).toEqual([
      'publishedAt: Invalid input: expected string, received undefined',
    ]);
  });
});
