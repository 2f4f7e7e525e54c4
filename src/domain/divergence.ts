// Comparison groups: claims on linked measures put on one footing, then compared pairwise. This is the public entry;
// the parts live in group-footing (footing), group-spread (spread and score), group-evidence (who corroborates whom),
// group-summary (the one-line summary) and build-groups (building and ranking).
export type { EntryEvidence } from './analysis-types';
export { EVIDENCE_LIST_LIMIT, evidenceFromSortedBounds } from './evidence';
export {
  PAIR_LIST_LIMIT,
  type DivergenceInput,
  type EngineComparedClaim,
  type EngineComparisonGroup,
  type EnginePairVerdict,
} from './engine-group';
export { measureComponents, normaliseClaim, pickAnchor, routeTo, unitLabel, type Route } from './group-footing';
export { contestedScore, extremePair, firmConsensus, pairRatio, spreadOf, voiceLabel, type ContradictingPair } from './group-spread';
export { contradictionsFromPairs, evidenceFromPairs, evidenceOfLargeGroup, pairVerdicts, type FigureOf } from './group-evidence';
export { MAX_SUMMARY_FIGURES, MAX_SUMMARY_VOICES, summarise } from './group-summary';
export { buildGroups } from './build-groups';
