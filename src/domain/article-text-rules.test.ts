import { describe, expect, it } from 'vitest';
import { articleTextProblem, MAX_ARTICLE_CHARS } from './article-text-rules';

describe('articleTextProblem', () => {
  it('accepts ordinary text with tabs, line breaks and form feeds', () => {
    expect(articleTextProblem('PALMYRA —\tMore than 900 raids.\r\n\fPage 2')).toBeNull();
    expect(articleTextProblem('x'.repeat(MAX_ARTICLE_CHARS))).toBeNull();
  });

  it('refuses a text over the limit, saying how long it is', () => {
    expect(articleTextProblem('x'.repeat(MAX_ARTICLE_CHARS + 1))).toBe(
      'the text is 200,001 characters long, over the limit of 200,000 for one article',
    );
  });

  it('checks the length first, so a huge binary file is not scanned', () => {
    expect(articleTextProblem(`\u0000${'x'.repeat(MAX_ARTICLE_CHARS)}`)).toMatch(/over the limit/);
  });

  it('refuses NUL as binary and names other control characters with their position', () => {
    expect(articleTextProblem('ab\u0000c')).toBe(
      'the text contains a NUL character (at position 2): it looks like a binary file, not an article',
    );
    expect(articleTextProblem('a\u001b[31m')).toBe(
      'the text contains the control character U+001B (at position 1), which an article text cannot hold',
    );
    expect(articleTextProblem('a\u007f')).toMatch(/U\+007F/);
  });
});
