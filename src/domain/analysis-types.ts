// The engine's output contract: what the views render. Plain data only (no Map, no class),
// so an analysis can cross a Web Worker boundary with structuredClone.
import type { Caveat, Interpretation } from './schema';

/** A set of real numbers: null ends are unbounded; `approximate` marks ends widened from "around N". */
export interface Interval {
  low: number | null;
  high: number | null;
  lowInclusive: boolean;
  highInclusive: boolean;
  approximate: boolean;
}

/** "Can't compute" as a value, never NaN or 0. */
export interface CantCompute {
  kind: 'cant-compute';
  reason: string;
}

type ComparabilityStatus = 'comparable' | 'caveats' | 'not-comparable';

export interface Comparability {
  status: ComparabilityStatus;
  caveats: Caveat[];
  /** Why not comparable; empty otherwise. */
  reason: string;
}

/** Who backs or contradicts one entry, from the pairs (or sorted bounds in large groups). */
export interface EntryEvidence {
  /** Other voices with an overlapping comparable figure for an overlapping (or unstated) period: the first 12 ids in id order (all of them when `corroboratingCount` ≤ 12). */
  corroboratingVoices: string[];
  /** How many other voices corroborate (exact, however many are listed). */
  corroboratingCount: number;
  /** Other voices with a disjoint comparable figure for an overlapping (or unstated) period: the first 12 ids in id order (all of them when `contradictingCount` ≤ 12). */
  contradictingVoices: string[];
  /** How many other voices contradict (exact, however many are listed). */
  contradictingCount: number;
  /** Other voices whose figure overlaps only because one side is open, vague, a floor or a ceiling: not contradicted, never confirmed (first 12 ids). */
  compatibleVoices: string[];
  /** How many other voices are compatible only (exact). */
  compatibleCount: number;
  /** Claims of the same voice that overlap this one (self-consistent, never corroboration): in a large group (no pair
   * list) the first 12 ids in id order, otherwise all of them. */
  selfConsistentWith: string[];
  /** How many claims of the same voice overlap this one (exact, however many are listed). */
  selfConsistentCount: number;
  /** Claims of the same voice that are disjoint from this one; listed as `selfConsistentWith` is. */
  selfContradicting: string[];
  /** How many claims of the same voice are disjoint from this one (exact). */
  selfContradictingCount: number;
}

/** One claim put on the footing of its comparison group. */
export interface ComparedClaim {
  claimId: string;
  claimantId: string;
  /** The independent voice this claim counts as (claimant, or its parent organisation). */
  voiceId: string;
  measureId: string;
  /** The claim's value as an interval, before normalisation. */
  original: Interval;
  /** On the group's footing (unit and rate); equals `original` when nothing was done. */
  interval: Interval;
  /** Human-readable steps, e.g. "more than 900 raids in 14 days → more than 64 a day". */
  explanations: string[];
  /** Set when the claim could not be put on the group's footing; it is then left out of overlap maths. */
  cannotNormalise: CantCompute | null;
  /** Display unit of this entry on the group's footing ("raids a day" while the anchor says "sorties a day"). */
  unit: string;
  /** Caveats of comparing this claim's measure with the group's anchor measure. */
  caveats: Caveat[];
  interpretation: Interpretation | null;
  /** Both ends stated and no vague word read by a rule: only firm figures can corroborate (relations.ts). */
  firm: boolean;
  /** Which other voices back or contradict this figure, and the same voice's other figures it agrees or clashes with. */
  evidence: EntryEvidence;
}

type PairRelation = 'overlap' | 'disjoint';

/** contradicts, corroborates, compatible (overlap only through an open, vague or floor figure), unrelated (different periods). */
type PairJudgementKind = 'contradicts' | 'corroborates' | 'compatible' | 'unrelated';

export interface PairVerdict {
  a: string;
  b: string;
  relation: PairRelation;
  /** Gap between the intervals in the group's unit; 0 when they overlap. */
  distance: number;
  /** Same voice: the pair is self-consistent or self-contradicting, never corroboration. */
  sameVoice: boolean;
  comparability: Comparability;
  /** What the pair says, once periods, parts and open figures are taken into account. */
  judgement: PairJudgementKind;
  /** A total for a sub-period was read as a floor for the longer period. */
  nested: boolean;
}

export interface Spread {
  kind: 'spread';
  /** Highest lower bound ÷ lowest upper bound of the most distant contradicting pair; > 1 means some claims cannot both be true. */
  ratio: number;
  /** The technical form, for "How this is computed": bounds and intervals. */
  text: string;
  /** contradicts: some figures cannot both hold; agree: firm figures of two or more voices overlap; compatible: nothing conflicts, nothing confirms. */
  verdict: 'contradicts' | 'agree' | 'compatible';
  /** The contradicting pair the ratio is taken from (the higher figure, then the lower), or null when nothing contradicts. */
  highClaimId: string | null;
  lowClaimId: string | null;
}

export interface ComparisonGroup {
  /** The anchor measure's id. */
  id: string;
  anchorMeasureId: string;
  measureIds: string[];
  label: string;
  /** Display unit on the group's footing: "raids a day", "% intact". */
  unit: string;
  per: 'day' | null;
  entries: ComparedClaim[];
  pairs: PairVerdict[];
  consensus: Interval | null;
  spread: Spread | CantCompute;
  /** Higher is more contested; used for ranking. */
  contestedScore: number;
  /** Independent voices with at least one entry. */
  voiceCount: number;
  /** One line: "activists: more than 64 raids a day; Russian Defence Ministry: 20–25 sorties a day". */
  summary: string;
  context: boolean;
  /** True when the group is too large for a pair list: `pairs` is empty and each entry's evidence says who contradicts it. */
  pairsOmitted: boolean;
  /** Disjoint pairs of figures from different voices (counted by sorting when pairs are omitted). */
  disjointIndependentPairs: number;
}

export interface SourceProfile {
  sourceId: string;
  made: number;
  /** Each figure counts in exactly one of these four: contradicted (by at least one independent figure), else corroborated, else compatible only, else alone (nothing comparable, or a background figure). */
  corroborated: number;
  contradicted: number;
  compatibleOnly: number;
  standalone: number;
  selfContradicting: number;
  claimIds: string[];
  /** Per contested group, how far this source's figures sit from the others, read like the verdict: relative ≥ 1 is how many times apart (1 when they do not conflict), with its direction. */
  /** One per contested measure; `claimId` is the source's figure it is measured from (its first there when nothing contradicts it). */
  distances: { groupId: string; claimId: string; relative: number | null; direction: 'above' | 'below' | 'agrees'; text: string }[];
}

export interface CredibilitySuggestion {
  claimId: string;
  grade: 1 | 2 | 3 | 4 | 5 | 6;
  label: string;
  reasons: string[];
}

export interface Analysis {
  /** Ranked most to least contested; context groups last. */
  groups: ComparisonGroup[];
  profiles: SourceProfile[];
  credibility: Record<string, CredibilitySuggestion>;
}
