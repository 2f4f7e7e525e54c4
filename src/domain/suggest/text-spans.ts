// Sentences and clauses of an article, as offsets: the frame every suggestion reads around a figure.

/** A span of the text: [start, end) in UTF-16 offsets. */
export type Span = readonly [number, number];

const SENTENCE_END = /[.!?\n]/;
/** Abbreviations whose dot does not end a sentence ("c. 1,200", "Dec. 10", "Mr. Abdel Rahman"). */
const ABBREVIATIONS = new Set([
  'c',
  'ca',
  'approx',
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'col',
  'lt',
  'st',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.n',
]);

function endsSentence(text: string, at: number): boolean {
  const ch = text.charAt(at);
  if (!SENTENCE_END.test(ch)) return false;
  if (ch !== '.') return true;
  // A dot between digits ("2.5") or after an abbreviation does not end the sentence.
  if (/\d/.test(text.charAt(at - 1)) && /\d/.test(text.charAt(at + 1))) return false;
  // A German ordinal date: "vom 13. bis 15. Juli".
  if (
    /\d/.test(text.charAt(at - 1)) &&
    /^ +[\p{Ll}\p{Lu}]/u.test(text.slice(at + 1, at + 3)) &&
    /^ +(\p{Ll}|(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember))/u.test(text.slice(at + 1, at + 14))
  )
    return false;
  let w = at;
  while (w > 0 && /[\p{L}.]/u.test(text.charAt(w - 1))) w--;
  const word = text.slice(w, at).toLowerCase();
  if (ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word)) return false;
  // A sentence ends only before a space, a line end, a closing quote or the end of the text.
  const next = text.charAt(at + 1);
  return next === '' || /[\s"”’)\]]/.test(next);
}

/** The sentence around [start, end): from after the previous sentence end to its own end mark (included); never outside the text. */
export function sentenceSpan(text: string, start: number, end: number): [number, number] {
  let from = Math.max(0, Math.min(start, text.length));
  while (from > 0 && !endsSentence(text, from - 1)) from--;
  while (from < start && /[\s"“”]/.test(text.charAt(from))) from++;
  let to = Math.max(from, Math.min(end, text.length));
  while (to < text.length && !endsSentence(text, to)) to++;
  if (to < text.length && text.charAt(to) !== '\n') to++;
  // The closing quotation mark belongs to the sentence it closes.
  while (to < text.length && /["”’»)]/.test(text.charAt(to))) to++;
  return [from, to];
}

/** The sentence before the one at [start, end), or null at the start of the text. */
export function previousSentence(text: string, [start]: Span): [number, number] | null {
  let at = start - 1;
  while (at > 0 && /[\s"“”«»]/.test(text.charAt(at))) at--;
  if (at <= 0) return null;
  const [from, to] = sentenceSpan(text, at, at);
  return to > from ? [from, to] : null;
}

/** The sentence after the one ending at `end`, or null at the end of the text. */
export function nextSentence(text: string, [, end]: Span): [number, number] | null {
  let at = end;
  while (at < text.length && /\s/.test(text.charAt(at))) at++;
  if (at >= text.length) return null;
  const [from, to] = sentenceSpan(text, at, at);
  return to > from ? [from, to] : null;
}

/** Offsets of bracketed citation markers ("[35]", "[3, 4]") inside [start, end). */
export function citationMarkers(text: string, [start, end]: Span): [number, number][] {
  const found: [number, number][] = [];
  const re = /\[\s*\d[\d\s,–-]*\]/g;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) found.push([m.index, m.index + m[0].length]);
  return found;
}
