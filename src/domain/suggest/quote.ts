// The quote a claim keeps: the clause of the sentence that holds the figure and what it counts, without citation markers.
import { citationMarkers, sentenceSpan, type Span } from './text-spans';

export interface QuoteSuggestion {
  span: [number, number];
  why: string;
}

/** Words after which the reported figure starts ("said that at least 40…"): the quote begins after them. */
const LEAD_INS =
  /\b(?:said|says|say|reported|reports|told \p{L}+|claimed|claims|estimated|announced|added|stated|that|que|dass|que|أن)\s+$/iu;
const MAX_WORDS_AFTER = 14;

/** True at a clause boundary: ", " (not a digit comma), ";", ":", a spaced dash, a bracket or a quotation mark. */
function boundaryAt(text: string, i: number): boolean {
  const ch = text.charAt(i);
  if (ch === ',') return !(/\d/.test(text.charAt(i - 1)) && /\d/.test(text.charAt(i + 1)));
  if (ch === ';' || ch === ':' || ch === '(' || ch === ')' || ch === '"' || ch === '“' || ch === '”') return true;
  if ((ch === '—' || ch === '–' || ch === '-') && text.charAt(i - 1) === ' ' && text.charAt(i + 1) === ' ') return true;
  return false;
}

/**
 * The clause around the figure [figureStart, figureEnd): from the last clause boundary (or lead-in such as "said that")
 * before it to the first boundary after it, within its sentence, cut before any citation marker after the figure and
 * after any before it. Always contains the figure.
 */
export function suggestQuote(text: string, [figureStart, figureEnd]: Span): QuoteSuggestion {
  const [sentenceStart, sentenceEnd] = sentenceSpan(text, figureStart, figureEnd);
  let start = figureStart;
  while (start > sentenceStart && !boundaryAt(text, start - 1)) start--;
  const lead = LEAD_INS.exec(text.slice(start, figureStart));
  if (lead) start += lead.index + lead[0].length;
  let end = figureEnd;
  let words = 0;
  while (end < sentenceEnd && !boundaryAt(text, end)) {
    if (/\s/.test(text.charAt(end)) && !/\s/.test(text.charAt(end + 1))) {
      words++;
      if (words > MAX_WORDS_AFTER) break;
    }
    end++;
  }
  for (const [from, to] of citationMarkers(text, [start, end])) {
    if (from >= figureEnd) {
      end = from;
      break;
    }
    if (to <= figureStart) start = to;
  }
  // No sentence-end mark, trailing space or opening quote at the edges.
  while (end > figureEnd && /[\s.!?,;:"“”'’]/.test(text.charAt(end - 1))) end--;
  while (start < figureStart && /[\s"“”'‘]/.test(text.charAt(start))) start++;
  const quoted = text.slice(start, end);
  const why =
    start === figureStart && end === figureEnd
      ? 'the figure alone: no words around it in its clause'
      : `the clause that holds the figure: “${quoted.length > 80 ? `${quoted.slice(0, 77)}…` : quoted}”`;
  return { span: [start, end], why };
}
