// What still points at a source: a source can only be deleted once nothing does, or the dataset would hold dangling ids.
// Pure, so the editor and the store ask the same question and get the same answer.
import type { Article, Claim, Dataset, Source, Story } from './schema';
import { stepFilters } from './stories';

export interface SourceUses {
  claimsAsClaimant: Claim[];
  claimsAsOutlet: Claim[];
  claimsAsIntermediary: Claim[];
  /** Every claim that uses it in any role, once each. */
  claims: Claim[];
  articles: Article[];
  /** Sources that speak for it (their `parentId`). */
  parts: Source[];
  /** Story steps whose view filters on it, as "story title, step title". */
  steps: { story: Story; stepTitle: string }[];
}

/** Every record that refers to `sourceId`, by role. */
export function sourceUses(
  dataset: Pick<Dataset, 'claims' | 'articles' | 'sources'>,
  stories: readonly Story[],
  sourceId: string,
): SourceUses {
  const claimsAsClaimant = dataset.claims.filter((c) => c.claimantId === sourceId);
  const claimsAsOutlet = dataset.claims.filter((c) => c.outletId === sourceId);
  const claimsAsIntermediary = dataset.claims.filter((c) => c.via.includes(sourceId));
  const claims = dataset.claims.filter((c) => c.claimantId === sourceId || c.outletId === sourceId || c.via.includes(sourceId));
  const steps = stories.flatMap((story) =>
    story.steps
      .filter((step) => {
        const filters = stepFilters(step.view.search);
        return filters.sources.includes(sourceId) || filters.outlets.includes(sourceId);
      })
      .map((step) => ({ story, stepTitle: step.title })),
  );
  return {
    claimsAsClaimant,
    claimsAsOutlet,
    claimsAsIntermediary,
    claims,
    articles: dataset.articles.filter((a) => a.outlet === sourceId),
    parts: dataset.sources.filter((s) => s.parentId === sourceId && s.id !== sourceId),
    steps,
  };
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** "A, B and C". */
function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/**
 * Why the source cannot be deleted, in one sentence ("Used by 3 claims (as claimant in 2, as intermediary in 1) and
 * 1 article: reassign them first."), or null when nothing uses it.
 */
export function sourceInUseSentence(uses: SourceUses): string | null {
  const parts: string[] = [];
  if (uses.claims.length > 0) {
    const roles = [
      uses.claimsAsClaimant.length > 0 ? `as claimant in ${uses.claimsAsClaimant.length.toLocaleString('en-GB')}` : null,
      uses.claimsAsOutlet.length > 0 ? `as outlet in ${uses.claimsAsOutlet.length.toLocaleString('en-GB')}` : null,
      uses.claimsAsIntermediary.length > 0 ? `as intermediary in ${uses.claimsAsIntermediary.length.toLocaleString('en-GB')}` : null,
    ].filter((r) => r !== null);
    parts.push(`${count(uses.claims.length, 'claim', 'claims')} (${roles.join(', ')})`);
  }
  if (uses.articles.length > 0) parts.push(count(uses.articles.length, 'article', 'articles'));
  if (uses.parts.length > 0) parts.push(`${count(uses.parts.length, 'source', 'sources')} (as the body it speaks for)`);
  if (uses.steps.length > 0) parts.push(`${count(uses.steps.length, 'story step', 'story steps')} (in its filters)`);
  if (parts.length === 0) return null;
  const total = uses.claims.length + uses.articles.length + uses.parts.length + uses.steps.length;
  return `Used by ${listWords(parts)}: reassign ${total === 1 ? 'it' : 'them'} first.`;
}

/** A few of the records that use the source, each named so the user can find it ("the claim “20 to 25” in “Raids on Palmyra”"). */
export function sourceUseExamples(uses: SourceUses, dataset: { articles: readonly Article[] }, max = 5): string[] {
  const titles = new Map(dataset.articles.map((a) => [a.id, a.title]));
  const examples = [
    ...uses.claims.map((c) => `the claim “${c.value.asWritten}” in “${titles.get(c.articleId) ?? c.articleId}”`),
    ...uses.articles.map((a) => `the article “${a.title}”`),
    ...uses.parts.map((s) => `the source “${s.name}”`),
    ...uses.steps.map(({ story, stepTitle }) => `the step “${stepTitle}” of the story “${story.title}”`),
  ];
  return examples.length > max ? [...examples.slice(0, max), `and ${(examples.length - max).toLocaleString('en-GB')} more`] : examples;
}
