// The rules every article text must meet, wherever it comes from: a pasted or opened file, or an imported bundle. One module,
// so what the app lets in by one door it also lets in by the other, and an export always comes back in.
import { formatCount } from './quote-value';

/**
 * Longest article text, in characters (UTF-16 code units): about 30,000 words, several times the longest news feature. The
 * figure finder and the article view work on the whole text at once, and a text of two million characters held the page
 * for seconds.
 */
export const MAX_ARTICLE_CHARS = 200_000;

/** Control characters an article cannot hold: C0 controls other than tab, line feed, form feed and carriage return, and DEL. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/** What is wrong with an article text, in words, or null when it meets every rule. The length is checked before anything else. */
export function articleTextProblem(text: string): string | null {
  if (text.length > MAX_ARTICLE_CHARS) {
    return `the text is ${formatCount(text.length)} characters long, over the limit of ${formatCount(MAX_ARTICLE_CHARS)} for one article`;
  }
  const at = text.search(CONTROL);
  if (at < 0) return null;
  if (text.charCodeAt(at) === 0)
    return `the text contains a NUL character (at position ${formatCount(at)}): it looks like a binary file, not an article`;
  const code = `U+${text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')}`;
  return `the text contains the control character ${code} (at position ${formatCount(at)}), which an article text cannot hold`;
}
