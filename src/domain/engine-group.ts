// The engine's comparison groups as the grouping builds them: each entry with its footing unit and evidence, each pair
// with whether it counts as evidence.
import type { ComparedClaim, ComparisonGroup, EntryEvidence, PairVerdict } from './analysis-types';
import type { Claim, Measure, Source } from './schema';

/** Above this many entries a group's pair list (O(k²) objects) is omitted and evidence is computed from sorted bounds. */
export const PAIR_LIST_LIMIT = 40;

export interface EngineComparedClaim extends ComparedClaim {
  /** Display unit of this entry on the group's footing ("raids a day" while the anchor says "sorties a day"). */
  unit: string;
  context: boolean;
  evidence: EntryEvidence;
}

export interface EnginePairVerdict extends PairVerdict {
  /** Both periods known and not sharing a day: a difference over time, not a contradiction. */
  periodsDisjoint: boolean;
  /** Whether the pair counts towards corroboration/contradiction (comparable, periods not disjoint). */
  countsAsEvidence: boolean;
}

export interface EngineComparisonGroup extends ComparisonGroup {
  entries: EngineComparedClaim[];
  pairs: EnginePairVerdict[];
  /** True when the group has more than PAIR_LIST_LIMIT entries and `pairs` is left empty. */
  pairsOmitted: boolean;
  /** Disjoint pairs of figures from different voices (counted by sorting when pairs are omitted). */
  disjointIndependentPairs: number;
}

export interface DivergenceInput {
  claims: readonly Claim[];
  measures: readonly Measure[];
  sources: readonly Source[];
}
