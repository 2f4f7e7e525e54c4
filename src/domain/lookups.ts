import type { Article, Claim, Dataset, Measure, Source } from './schema';

export interface DatasetIndex {
  sources: ReadonlyMap<string, Source>;
  claims: ReadonlyMap<string, Claim>;
  measures: ReadonlyMap<string, Measure>;
  articles: ReadonlyMap<string, Article>;
}

/** Maps each record by id; with duplicate ids the last one wins (data:check refuses duplicates). */
export function indexDataset(dataset: Dataset): DatasetIndex {
  return {
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    claims: new Map(dataset.claims.map((c) => [c.id, c])),
    measures: new Map(dataset.measures.map((m) => [m.id, m])),
    articles: new Map(dataset.articles.map((a) => [a.id, a])),
  };
}

/** The claimant's name for a claim; an unknown claim or source falls back to the id. */
export function claimantName(index: DatasetIndex, claimId: string): string {
  const claim = index.claims.get(claimId);
  if (!claim) return claimId;
  return sourceName(index.sources, claim.claimantId);
}

/** A source's (or voice's) display name; an id the sources do not know, even "__proto__", is shown as itself. */
export function sourceName(sources: ReadonlyMap<string, Source>, sourceId: string): string {
  return sources.get(sourceId)?.name ?? sourceId;
}
