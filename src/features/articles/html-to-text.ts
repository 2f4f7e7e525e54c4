// Turns an opened file into the article text that is stored verbatim. HTML is reduced to its text in an inert document:
// a document made by DOMParser runs no scripts and loads no images, and nothing from it is ever put back into the page as HTML.
// Chromium still checks the markup's inline handlers and style attributes against the page's CSP while parsing, and logs a
// violation for each, though they could never run there; any HTML parser in the page does the same.

import { articleTextProblem, MAX_ARTICLE_CHARS } from '../../domain/article-text-rules';

/** Extensions the "open a file" control accepts. */
export const ARTICLE_FILE_TYPES = ['.txt', '.md', '.html', '.htm'] as const;

/** Elements whose contents are code or fallbacks, not article text. */
const NON_TEXT = 'script, style, noscript, template';

/** The text of an HTML document (body only, without script, style, noscript and template contents) and its <title>; never throws. */
export function htmlToText(html: string): { text: string; title: string } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const element of Array.from(doc.querySelectorAll(NON_TEXT))) element.remove();
  const title = doc.querySelector('title')?.textContent ?? '';
  return { text: doc.body.textContent, title: title.replace(/\s+/g, ' ').trim() };
}

/** Whether a file name looks like HTML (by extension, case-insensitive). */
export function isHtmlFileName(name: string): boolean {
  return /\.html?$/i.test(name);
}

/** Whether a file name has one of the accepted extensions. */
function isArticleFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_FILE_TYPES.some((ext) => lower.endsWith(ext));
}

type ArticleFileResult = { ok: true; text: string; title: string } | { ok: false; error: string };

/** Reads an opened file as UTF-8: plain text and Markdown as they are, HTML reduced to its text. */
export async function readArticleFile(file: File): Promise<ArticleFileResult> {
  if (!isArticleFileName(file.name)) {
    return { ok: false, error: `“${file.name}” is not a .txt, .md or .html file.` };
  }
  // A UTF-8 character takes at most 4 bytes, so this refuses huge files before reading them (HTML markup counts too).
  if (file.size > MAX_ARTICLE_CHARS * 4) {
    return {
      ok: false,
      error: `“${file.name}” was not opened: it is far over the limit of ${MAX_ARTICLE_CHARS.toLocaleString('en-GB')} characters for one article.`,
    };
  }
  const raw = await file.text();
  const { text, title } = isHtmlFileName(file.name) ? htmlToText(raw) : { text: raw, title: '' };
  // The same rules, and the same words, as for a text in an imported bundle.
  const problem = articleTextProblem(text);
  if (problem !== null) return { ok: false, error: `“${file.name}” was not opened: ${problem}.` };
  if (text.trim() === '') return { ok: false, error: `“${file.name}” holds no text.` };
  return { ok: true, text, title };
}
