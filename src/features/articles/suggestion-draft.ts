// A reviewed suggestion as a claim draft, so the review table builds claims through the very checks the claim form uses.
import type { Article, Dataset } from '../../domain/schema';
import type { ClaimSuggestion } from '../../domain/suggest/suggest-claim';
import type { ReviewChoices } from '../../domain/view-models/review-rows';
import { NEW_SOURCE, type FieldErrors } from './article-draft';
import { buildClaim, draftFromCandidate, NEW_MEASURE, type ClaimDraft, type ClaimField } from './claim-draft';
import type { BuiltClaim } from './use-claim-save';
import { sameName } from '../../domain/compare-strings';

/** The draft the one-claim form would hold for this suggestion with these choices. */
export function draftFromSuggestion(
  suggestion: ClaimSuggestion,
  choices: ReviewChoices,
  context: { article: Article; place: string },
): ClaimDraft {
  const draft = draftFromCandidate(suggestion.candidate, context);
  const { claimant, measure, period } = choices;
  const { statedOn } = suggestion;
  return {
    ...draft,
    start: suggestion.quote.span[0],
    end: suggestion.quote.span[1],
    claimantId: claimant.kind === 'source' ? claimant.sourceId : NEW_SOURCE,
    newClaimant:
      claimant.kind === 'new' ? { name: claimant.name, kind: claimant.sourceKind, alignment: claimant.alignment } : draft.newClaimant,
    via: [...suggestion.claimant.via],
    measureId: measure.kind === 'measure' ? measure.measureId : NEW_MEASURE,
    newMeasure: measure.kind === 'new' ? { ...draft.newMeasure, label: measure.label, unit: measure.unit } : draft.newMeasure,
    periodFrom: period?.from ?? '',
    periodTo: period?.to ?? '',
    // An edited period is the user's own reading; the suggestion's evidence and hedge belong to the suggested one.
    periodApproximate:
      period !== null && suggestion.period?.from === period.from && suggestion.period.to === period.to && suggestion.period.approximate,
    periodEvidence:
      period !== null && suggestion.period?.from === period.from && suggestion.period.to === period.to ? suggestion.period.evidence : '',
    statedOn: statedOn?.date ?? '',
    statedOnInferred: statedOn?.inferred ?? false,
    statedOnEvidence: statedOn?.evidence ?? '',
  };
}

export interface ReviewItem {
  key: string;
  suggestion: ClaimSuggestion;
  choices: ReviewChoices;
}

interface AcceptContext {
  text: string;
  article: Article;
  dataset: Dataset;
  place: string;
  newClaimId: () => string;
}

/**
 * Builds the claims of the accepted rows in order. A new source or measure named twice in one batch is made once: later
 * rows use the one the earlier row made. Rows that fail a check come back with their errors and make nothing.
 */
export function buildAccepted(
  items: readonly ReviewItem[],
  { text, article, dataset, place, newClaimId }: AcceptContext,
): { built: { key: string; claim: BuiltClaim }[]; refused: { key: string; errors: FieldErrors<ClaimField> }[] } {
  const working: Dataset = { ...dataset, sources: [...dataset.sources], measures: [...dataset.measures] };
  const built: { key: string; claim: BuiltClaim }[] = [];
  const refused: { key: string; errors: FieldErrors<ClaimField> }[] = [];
  for (const item of items) {
    let { choices } = item;
    const { claimant, measure } = choices;
    const madeSource = claimant.kind === 'new' ? built.flatMap((b) => b.claim.sources).find((s) => sameName(s.name, claimant.name)) : null;
    if (madeSource) choices = { ...choices, claimant: { kind: 'source', sourceId: madeSource.id } };
    const madeMeasure =
      measure.kind === 'new' ? built.flatMap((b) => b.claim.measures).find((m) => sameName(m.label, measure.label)) : null;
    if (madeMeasure) choices = { ...choices, measure: { kind: 'measure', measureId: madeMeasure.id } };
    const draft = draftFromSuggestion(item.suggestion, choices, { article, place });
    const result = buildClaim(draft, { text, article, dataset: working, newClaimId: newClaimId() });
    if (!result.ok) {
      refused.push({ key: item.key, errors: result.errors });
      continue;
    }
    working.sources.push(...result.sources);
    working.measures.push(...result.measures);
    built.push({ key: item.key, claim: { claim: result.claim, sources: result.sources, measures: result.measures } });
  }
  return { built, refused };
}
