// The engine's single entry point: dataset in, plain-data analysis out (safe for structuredClone).
import type { Analysis } from './analysis-types';
import { judgeGroups, prepareGroups, type JudgedParts, type PreparedGroups } from './build-groups';
import { suggestAll } from './credibility';
import { buildGroups, PAIR_LIST_LIMIT, type EngineComparisonGroup } from './divergence';
import { buildProfiles } from './independence';
import type { Claim, Dataset } from './schema';

export { prepareGroups, type JudgedParts, type PreparedGroups };

interface EngineAnalysis extends Analysis {
  groups: EngineComparisonGroup[];
}

/** Analyses a dataset: comparison groups ranked most to least contested (context last), source profiles, credibility suggestions; pair lists are omitted for groups above pairListLimit claims. */
export function analyseDataset(dataset: Dataset, pairListLimit: number = PAIR_LIST_LIMIT): EngineAnalysis {
  return withProfiles(dataset, buildGroups(dataset, pairListLimit));
}

/** analyseDataset's groups for the prepared claims (`subset` null) or a subset of them (the same objects), every
 * entry's evidence filled, without normalising the claims again. Profiles and credibility are left to whoever needs them:
 * at 200k claims they hold more memory than the groups. */
export function judgePrepared(prepared: PreparedGroups, subset: readonly Claim[] | null): EngineComparisonGroup[] {
  return judgeGroups(prepared, subset).groups;
}

function withProfiles(dataset: Dataset, groups: EngineComparisonGroup[]): EngineAnalysis {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  return {
    groups,
    profiles: buildProfiles(dataset.claims, groups, sources),
    credibility: suggestAll(groups, sources),
  };
}

/** The comparison groups ranked exactly as analyseDataset ranks them, for overviews: no pair lists, profiles or credibility, and entries' evidence left empty except the contradicting voices of groups up to pairListLimit claims. */
export function rankGroups(dataset: Dataset, pairListLimit: number = PAIR_LIST_LIMIT): EngineComparisonGroup[] {
  return buildGroups(dataset, pairListLimit, false);
}

/** rankGroups of the prepared claims (`subset` null) or of a subset of them; a group whose claims are those of the
 * `previous` ranking's same part is taken from it unchanged, so a filter change judges only the groups it changes. */
export function rankPrepared(
  prepared: PreparedGroups,
  subset: readonly Claim[] | null,
  previous?: JudgedParts,
): { groups: EngineComparisonGroup[]; parts: JudgedParts } {
  return judgeGroups(prepared, subset, { evidence: false, previous });
}
