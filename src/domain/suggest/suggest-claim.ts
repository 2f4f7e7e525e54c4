// Everything a proposed figure needs to become a claim, suggested from the article around it, each part with why.
import type { FigureCandidate } from '../figure-finder';
import type { FinderLanguage } from '../finder-languages';
import type { Claim, Measure, Source } from '../schema';
import { suggestClaimant, type ClaimantSuggestion } from './claimant';
import { suggestMeasure, type MeasureSuggestion } from './measure';
import { suggestPeriod, suggestStatedOn, type PeriodSuggestion, type StatedOnSuggestion } from './period';
import { suggestQuote, type QuoteSuggestion } from './quote';

export interface ClaimSuggestion {
  candidate: FigureCandidate;
  quote: QuoteSuggestion;
  claimant: ClaimantSuggestion;
  measure: MeasureSuggestion;
  period: PeriodSuggestion | null;
  statedOn: StatedOnSuggestion | null;
  place: { value: string; why: string };
}

export interface SuggestContext {
  text: string;
  articleId: string;
  outletId: string;
  /**
   * The article's publication date, YYYY-MM-DD: dates in the text are read against it. Null when none is printed: then no
   * period or day stated is suggested, as "Tuesday" cannot be placed (the day the article was read is no anchor).
   */
  articleDate: string | null;
  language: FinderLanguage;
  sources: readonly Source[];
  measures: readonly Measure[];
  /** This article's claims: they name the sources already quoted. */
  claims: readonly Claim[];
  /** The words of other articles' quotes, by measure (`wordsByMeasure`): they teach the measures. */
  measureWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** The place of this article's claims so far ('' when none). */
  place: string;
}

/** Suggests the quote, claimant, intermediaries, measure, period, day stated and place of one proposed figure. */
export function suggestClaim(candidate: FigureCandidate, context: SuggestContext): ClaimSuggestion {
  const { text, articleId, outletId, articleDate, language, sources, measures, claims, measureWords, place } = context;
  const figure: [number, number] = [candidate.start, candidate.end];
  const quote = suggestQuote(text, figure);
  const alreadyQuoted = new Set(claims.filter((c) => c.articleId === articleId).map((c) => c.claimantId));
  const claimant = suggestClaimant({ text, figure, sources, outletId, alreadyQuoted, background: candidate.context });
  const measure = suggestMeasure({
    text,
    candidate,
    quote: quote.span,
    measures,
    measureWords,
    place,
    articleDate: articleDate ?? '',
  });
  return {
    candidate,
    quote,
    claimant,
    measure,
    period: articleDate === null ? null : suggestPeriod(text, figure, articleDate, language),
    statedOn: articleDate === null ? null : suggestStatedOn(text, claimant.span, articleDate, language),
    place: { value: place, why: place ? 'carried from this article’s claims' : 'no place yet in this article' },
  };
}

/** Suggestions for every proposed figure of an article, in order. */
export function suggestClaims(candidates: readonly FigureCandidate[], context: SuggestContext): ClaimSuggestion[] {
  return candidates.map((c) => suggestClaim(c, context));
}
