// schema.org ClaimReview (JSON-LD) for a claim the analyst has graded. Only the analyst's own grade makes a review:
// the engine's suggested grade is a hint, never a published verdict, so it has no way in here.
import { webAddress } from '../citation';
import { CREDIBILITY_LABELS, type ClaimGradeEntry } from '../grades';
import type { Article, Claim } from '../schema';

export interface ClaimReviewInput {
  claim: Claim;
  article: Article;
  /** The analyst's own grade of this claim (1–6 with a reason). */
  grade: ClaimGradeEntry;
  nameOf: (sourceId: string) => string;
  /** Who publishes the review: the newsroom or analyst, as the user names them. */
  reviewer: string;
  /** The claim's page in Corroborate. */
  claimUrl: string;
  /** YYYY-MM-DD: when the review is published (given, never read from a clock). */
  datePublished: string;
}

/**
 * The ClaimReview for a graded claim. Grades 1 (confirmed) to 5 (improbable) map to ratingValue 5 down to 1 on a scale
 * where 5 is best; grade 6 ("truth cannot be judged") has no place on that scale, so it carries only its words.
 * A grade that names another claim is refused (null).
 */
export function toClaimReview(input: ClaimReviewInput): Record<string, unknown> | null {
  const { claim, article, grade, nameOf } = input;
  if (grade.claimId !== claim.id) return null;
  const label = CREDIBILITY_LABELS[grade.grade];
  const articleUrl = webAddress(article.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: input.claimUrl,
    datePublished: input.datePublished,
    claimReviewed: claim.quote,
    author: { '@type': 'Organization', name: input.reviewer },
    reviewRating: {
      '@type': 'Rating',
      ...(grade.grade <= 5 ? { ratingValue: 6 - grade.grade, bestRating: 5, worstRating: 1 } : {}),
      alternateName: label,
      ...(grade.reason ? { ratingExplanation: grade.reason } : {}),
    },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Organization', name: nameOf(claim.claimantId) },
      ...(claim.statedOn ? { datePublished: claim.statedOn } : {}),
      appearance: {
        '@type': 'NewsArticle',
        headline: article.title,
        // No date printed: none is given, rather than the day it was read.
        ...(article.publishedAt !== null ? { datePublished: article.publishedAt } : {}),
        publisher: { '@type': 'Organization', name: nameOf(article.outlet) },
        ...(articleUrl ? { url: articleUrl } : {}),
      },
    },
  };
}

/** ClaimReviews for every claim the analyst graded, in the grades' order; claims without a grade of the analyst's own get none. */
export function claimReviewsOf(
  claims: readonly Claim[],
  articles: ReadonlyMap<string, Article>,
  grades: readonly ClaimGradeEntry[],
  common: Omit<ClaimReviewInput, 'claim' | 'article' | 'grade' | 'claimUrl'> & { claimUrl: (claimId: string) => string },
): Record<string, unknown>[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return grades.flatMap((grade) => {
    const claim = byId.get(grade.claimId);
    const article = claim ? articles.get(claim.articleId) : undefined;
    if (!claim || !article) return [];
    const review = toClaimReview({ ...common, claim, article, grade, claimUrl: common.claimUrl(claim.id) });
    return review ? [review] : [];
  });
}
