// The engine's single entry point: dataset in, plain-data analysis out (safe for structuredClone).
import type { Analysis } from './analysis-types';
import { suggestAll } from './credibility';
import { buildGroups, PAIR_LIST_LIMIT, type EngineComparisonGroup } from './divergence';
import { buildProfiles } from './independence';
import type { Dataset } from './schema';

interface EngineAnalysis extends Analysis {
  groups: EngineComparisonGroup[];
}

/** Analyses a dataset: comparison groups ranked most to least contested (context last), source profiles, credibility suggestions; pair lists are omitted for groups above pairListLimit claims. */
export function analyseDataset(dataset: Dataset, pairListLimit: number = PAIR_LIST_LIMIT): EngineAnalysis {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const groups = buildGroups(dataset, pairListLimit);
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
