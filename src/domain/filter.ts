import { sourceName } from './lookups';
import type { Claim, Dataset, Source } from './schema';

/** What the user narrowed the claims to; an empty list means "no restriction". */
export interface ClaimFilters {
  sources: string[];
  kinds: string[];
  alignments: string[];
  outlets: string[];
  measures: string[];
  places: string[];
  /** Inclusive ISO dates on the date stated; undated claims drop out once either is set. */
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: ClaimFilters = {
  sources: [],
  kinds: [],
  alignments: [],
  outlets: [],
  measures: [],
  places: [],
  from: null,
  to: null,
};

/** True when no filter restricts anything. */
export function isUnfiltered(filters: ClaimFilters): boolean {
  return (
    filters.sources.length +
      filters.kinds.length +
      filters.alignments.length +
      filters.outlets.length +
      filters.measures.length +
      filters.places.length ===
      0 &&
    filters.from === null &&
    filters.to === null
  );
}

/** Keeps the claims that pass every filter; sources, articles and measures stay whole so labels still resolve. */
export function filterDataset(dataset: Dataset, filters: ClaimFilters): Dataset {
  if (isUnfiltered(filters)) return dataset;
  const sourcesById = new Map<string, Source>(dataset.sources.map((s) => [s.id, s]));
  const sets = {
    sources: new Set(filters.sources),
    kinds: new Set(filters.kinds),
    alignments: new Set(filters.alignments),
    outlets: new Set(filters.outlets),
    measures: new Set(filters.measures),
    places: new Set(filters.places),
  };
  const passes = (claim: Claim): boolean => {
    const claimant = sourcesById.get(claim.claimantId);
    if (sets.sources.size > 0 && !sets.sources.has(claim.claimantId)) return false;
    if (sets.kinds.size > 0 && !(claimant && sets.kinds.has(claimant.kind))) return false;
    if (sets.alignments.size > 0 && !(claimant && sets.alignments.has(claimant.alignment))) return false;
    if (sets.outlets.size > 0 && !sets.outlets.has(claim.outletId)) return false;
    if (sets.measures.size > 0 && !sets.measures.has(claim.measureId)) return false;
    if (sets.places.size > 0 && !sets.places.has(claim.place)) return false;
    if (filters.from !== null || filters.to !== null) {
      if (claim.statedOn === null) return false;
      // ISO dates compare correctly as strings.
      if (filters.from !== null && claim.statedOn < filters.from) return false;
      if (filters.to !== null && claim.statedOn > filters.to) return false;
    }
    return true;
  };
  return { ...dataset, claims: dataset.claims.filter(passes) };
}

export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

export interface FilterOptions {
  sources: FilterOption[];
  kinds: FilterOption[];
  alignments: FilterOption[];
  outlets: FilterOption[];
  measures: FilterOption[];
  places: FilterOption[];
  dateRange: { min: string; max: string } | null;
}

// The order of String#localeCompare, from one collator (far faster than localeCompare on thousands of labels).
const byLabel = new Intl.Collator();

function countBy(claims: Claim[], key: (c: Claim) => string | undefined, label: (value: string) => string): FilterOption[] {
  const counts = new Map<string, number>();
  for (const claim of claims) {
    const value = key(claim);
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, label: label(value), count })).sort((a, b) => byLabel.compare(a.label, b.label));
}

/** The values each filter can take, with how many claims carry each; values no claim uses are left out. */
export function filterOptions(dataset: Dataset): FilterOptions {
  const sourcesById = new Map(dataset.sources.map((s) => [s.id, s]));
  const measuresById = new Map(dataset.measures.map((m) => [m.id, m]));
  const name = (id: string) => sourceName(sourcesById, id);
  // ISO dates order as strings: the range is one pass, no sort.
  let min: string | null = null;
  let max: string | null = null;
  for (const { statedOn } of dataset.claims) {
    if (statedOn === null) continue;
    if (min === null || statedOn < min) min = statedOn;
    if (max === null || statedOn > max) max = statedOn;
  }
  return {
    sources: countBy(dataset.claims, (c) => c.claimantId, name),
    kinds: countBy(
      dataset.claims,
      (c) => sourcesById.get(c.claimantId)?.kind,
      (v) => v,
    ),
    alignments: countBy(
      dataset.claims,
      (c) => sourcesById.get(c.claimantId)?.alignment,
      (v) => v,
    ),
    outlets: countBy(dataset.claims, (c) => c.outletId, name),
    measures: countBy(
      dataset.claims,
      (c) => c.measureId,
      (id) => measuresById.get(id)?.label ?? id,
    ),
    places: countBy(
      dataset.claims,
      (c) => c.place,
      (v) => v,
    ),
    dateRange: min !== null && max !== null ? { min, max } : null,
  };
}
