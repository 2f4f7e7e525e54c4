import { articleTextProblem, MAX_ARTICLE_CHARS } from '../../domain/article-text-rules';
import { afterEach, describe, expect, it } from 'vitest';
import { htmlToText, readArticleFile } from './html-to-text';

const HOSTILE = `<!doctype html><html><head><title> Raids  on
Palmyra </title><style>body { color: red }</style><script>window.__ran = true;</script></head>
<body><h1>Raids</h1><p>More than 900 raids.</p><img src=x onerror="window.__ran = true"><noscript>Enable JS</noscript>
<script>window.__ran = true</script><p>Tom &amp; Jerry &lt;b&gt;</p></body></html>`;

afterEach(() => {
  delete (window as { __ran?: boolean }).__ran;
});

describe('htmlToText', () => {
  it('keeps the body’s text, drops scripts, styles and noscript, and runs nothing', async () => {
    const { text, title } = htmlToText(HOSTILE);
    expect(text).toContain('More than 900 raids.');
    expect(text).toContain('Tom & Jerry <b>');
    expect(text).not.toMatch(/__ran|color: red|Enable JS/);
    expect(title).toBe('Raids on Palmyra');
    await new Promise((r) => setTimeout(r, 20));
    expect((window as { __ran?: boolean }).__ran).toBeUndefined();
    expect(document.querySelector('img, script[src="x"]')).toBeNull();
  });

  it('keeps whitespace between elements as it is', () => {
    expect(htmlToText('<p>a</p>\n\n  <p>b  c</p>').text).toBe('a\n\n  b  c');
  });
});

describe('readArticleFile', () => {
  it('reads text and Markdown as they are, byte for byte', async () => {
    const raw = '  # Title\r\n\r\nMore than 900 <b>raids</b>.  \n';
    expect(await readArticleFile(new File([raw], 'a.md'))).toEqual({ ok: true, text: raw, title: '' });
    expect(await readArticleFile(new File([raw], 'a.TXT'))).toMatchObject({ ok: true, text: raw });
  });

  it('reduces HTML files to their text', async () => {
    const result = await readArticleFile(new File([HOSTILE], 'page.html', { type: 'text/html' }));
    expect(result.ok && result.text).toContain('More than 900 raids.');
    expect(result.ok && result.text).not.toMatch(/<(img|script|p|h1)\b/);
  });

  it('refuses other types and empty files', async () => {
    const pdf = await readArticleFile(new File(['x'], 'a.pdf'));
    expect(pdf.ok ? '' : pdf.error).toMatch(/not a \.txt/);
    const blank = await readArticleFile(new File([' \n'], 'a.txt'));
    expect(blank.ok ? '' : blank.error).toMatch(/no text/);
  });

  it('refuses a text with a NUL byte or one over the length limit, in the words a bundle import uses', async () => {
    const nul = await readArticleFile(new File(['abc\u0000def'], 'scan.txt'));
    expect(nul.ok ? '' : nul.error).toBe(`“scan.txt” was not opened: ${articleTextProblem('abc\u0000def')}.`);
    expect(nul.ok ? '' : nul.error).toMatch(/NUL character \(at position 3\): it looks like a binary file/);
    const long = await readArticleFile(new File(['x'.repeat(MAX_ARTICLE_CHARS + 1)], 'long.txt'));
    expect(long.ok ? '' : long.error).toMatch(
      /^“long\.txt” was not opened: the text is 200,001 characters long, over the limit of 200,000/,
    );
  });
});
