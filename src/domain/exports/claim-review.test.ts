import { describe, expect, it } from 'vitest';
import { loadShippedDataset } from '../../testing/real-dataset';
import { analyseDataset } from '../analyse';
import type { ClaimGradeEntry } from '../grades';
import { claimReviewsOf, toClaimReview } from './claim-review';

const dataset = loadShippedDataset();
const articles = new Map(dataset.articles.map((a) => [a.id, a]));
const names = new Map(dataset.sources.map((s) => [s.id, s.name]));
const nameOf = (id: string) => names.get(id) ?? id;
const claim = dataset.claims.find((c) => c.value.asWritten === '20 to 25');
if (!claim) throw new Error('the sorties claim is missing');
const article = articles.get(claim.articleId);
if (!article) throw new Error('its article is missing');
const common = { nameOf, reviewer: 'Desk of the Example Times', datePublished: '2026-11-30' };

describe('toClaimReview', () => {
  it('publishes the analyst’s grade as a schema.org ClaimReview with the claim, its claimant and where it appeared', () => {
    const grade: ClaimGradeEntry = { claimId: claim.id, grade: 4, reason: 'Only the ministry reports it' };
    const review = toClaimReview({ ...common, claim, article, grade, claimUrl: 'https://corroborate.example/claims/c-09' });
    expect(review).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://corroborate.example/claims/c-09',
      datePublished: '2026-11-30',
      claimReviewed: claim.quote,
      author: { '@type': 'Organization', name: 'Desk of the Example Times' },
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 2,
        bestRating: 5,
        worstRating: 1,
        alternateName: 'Doubtful',
        ratingExplanation: 'Only the ministry reports it',
      },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'Russian Defence Ministry' },
        ...(claim.statedOn ? { datePublished: claim.statedOn } : {}),
        appearance: {
          '@type': 'NewsArticle',
          headline: article.title,
          datePublished: article.publishedAt,
          publisher: { '@type': 'Organization', name: nameOf(article.outlet) },
        },
      },
    });
  });

  it('gives grade 6 its words but no place on the numeric scale', () => {
    const review = toClaimReview({ ...common, claim, article, grade: { claimId: claim.id, grade: 6, reason: '' }, claimUrl: 'u' });
    expect(review?.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Truth cannot be judged' });
  });

  it('refuses a grade given to another claim', () => {
    expect(toClaimReview({ ...common, claim, article, grade: { claimId: 'other', grade: 1, reason: '' }, claimUrl: 'u' })).toBeNull();
  });
});

describe('claimReviewsOf', () => {
  it('makes reviews only for the claims the analyst graded, never from the engine’s suggestions alone', () => {
    const suggested = Object.keys(analyseDataset(dataset).credibility);
    expect(suggested.length).toBeGreaterThan(1);
    const graded: ClaimGradeEntry[] = [{ claimId: claim.id, grade: 2, reason: '' }];
    const reviews = claimReviewsOf(dataset.claims, articles, graded, { ...common, claimUrl: (id) => `https://c.example/claims/${id}` });
    expect(reviews.map((r) => r.url)).toEqual([`https://c.example/claims/${claim.id}`]);
    expect(claimReviewsOf(dataset.claims, articles, [], { ...common, claimUrl: (id) => id })).toEqual([]);
  });
});
