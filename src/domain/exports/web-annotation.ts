// W3C Web Annotation (https://www.w3.org/TR/annotation-model/) for each claim's quote, so annotation tools such as
// Hypothesis can anchor it on the original page: a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector.
import { webAddress } from '../citation';
import type { Article, Claim } from '../schema';

/** Characters of context kept either side of the quote; Hypothesis keeps 32. */
export const CONTEXT_LENGTH = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface WebAnnotation {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'Annotation';
  motivation: 'highlighting';
  created?: string;
  body: (
    | { type: 'TextualBody'; purpose: 'describing'; value: string; format: 'text/plain'; language: 'en' }
    | { id: string; type: 'Text'; format: 'text/html' }
  )[];
  target: { source: string; selector: (TextQuoteSelector | TextPositionSelector)[] };
}

/** Code points, not UTF-16 units: the model counts characters, so an emoji before the quote counts once. */
function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** The last `n` code points of a string (never half a surrogate pair). */
function lastChars(text: string, n: number): string {
  return Array.from(text).slice(-n).join('');
}

function firstChars(text: string, n: number): string {
  return Array.from(text).slice(0, n).join('');
}

/** The selectors for a quote: position and context only when the claim's span in `text` holds exactly the quote; otherwise the quote alone. */
export function quoteSelectors(
  claim: Pick<Claim, 'quote' | 'span'>,
  text: string | undefined,
): (TextQuoteSelector | TextPositionSelector)[] {
  const [start, end] = claim.span;
  if (text === undefined || start < 0 || end > text.length || start > end || text.slice(start, end) !== claim.quote) {
    return [{ type: 'TextQuoteSelector', exact: claim.quote }];
  }
  const before = text.slice(0, start);
  const after = text.slice(end);
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: claim.quote };
  if (before) quote.prefix = lastChars(before, CONTEXT_LENGTH);
  if (after) quote.suffix = firstChars(after, CONTEXT_LENGTH);
  const position = codePoints(before);
  return [quote, { type: 'TextPositionSelector', start: position, end: position + codePoints(claim.quote) }];
}

export interface AnnotationInput {
  claim: Claim;
  article: Article;
  /** The article text the span counts in, when the workspace holds it. */
  text: string | undefined;
  /** What the figure says, for the body: "Russian Defence Ministry: 20 to 25 sorties a day". */
  description: string;
  /** The claim's page in Corroborate: the annotation's id and a second body. */
  claimUrl: string;
  /** Where the article lives when it has no web address of its own (the article's page in Corroborate). */
  fallbackSource: string;
}

/** One annotation for a claim's quote; its target is the article's web address when it has one. */
export function toWebAnnotation(input: AnnotationInput): WebAnnotation {
  const { claim, article, text, description, claimUrl, fallbackSource } = input;
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${claimUrl}#annotation`,
    type: 'Annotation',
    motivation: 'highlighting',
    body: [
      { type: 'TextualBody', purpose: 'describing', value: description, format: 'text/plain', language: 'en' },
      { id: claimUrl, type: 'Text', format: 'text/html' },
    ],
    target: { source: webAddress(article.url) ?? fallbackSource, selector: quoteSelectors(claim, text) },
  };
}

/** The annotations as one collection (an AnnotationCollection with a single page), the form annotation stores import. */
export function toAnnotationCollection(id: string, label: string, annotations: readonly WebAnnotation[]) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label,
    total: annotations.length,
    first: {
      id: `${id}#page1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: annotations.map(({ '@context': _context, ...rest }) => rest),
    },
  };
}
