// One comparison group, or one claim, with the records it refers to. The same functions answer from the whole dataset
// and from the part of the claims the build wrote for the component, so the two answers cannot differ.
import type { CredibilitySuggestion } from '../domain/analysis-types';
import { measureComponentSets, componentKey, partOf } from '../domain/claim-parts';
import { credibilityOf, suggestAll } from '../domain/credibility';
import { buildGroups, type EngineComparisonGroup } from '../domain/divergence';
import { indexDataset, type DatasetIndex } from '../domain/lookups';
import type { Claim, Dataset, Measure } from '../domain/schema';
import { verdictOf, type Verdict } from '../domain/view-models/verdict';
import type { SealedParts } from './store/published';

/** One comparison group with the records it refers to (its claims, their articles; every source and measure, for names). */
export interface GroupSlice {
  /** Null when the filters leave no claim on the measure, or there is no such measure. */
  group: EngineComparisonGroup | null;
  dataset: Dataset;
}

/** One claim with its suggested credibility (from its group, analysed in full), the group a view links back to, and the
 * records it refers to (its article; every source and measure, for names). */
export interface ClaimSlice {
  /** Null when the dataset has no claim with this id. */
  claim: Claim | null;
  credibility: CredibilitySuggestion | null;
  /** The first group (in ranked order) with the claim's measure: where "back" goes; its verdict headline and status when the claim is compared there. */
  group: { id: string; label: string; headline: string | null; status: Verdict['status'] | null } | null;
  dataset: Dataset;
}

/** The records a view refers to: the given claims and their articles, with every source and measure (for names). */
export function recordsFor(records: Dataset, claims: Claim[]): Dataset {
  const articles = new Set(claims.map((c) => c.articleId));
  return { ...records, claims, articles: records.articles.filter((a) => articles.has(a.id)) };
}

/** The measure a group id names: a group of background figures is "<anchor>#context". */
export function measureOfGroup(groupId: string): string {
  return groupId.replace(/#context$/, '');
}

/** The group `groupId` names (its id, or one of its measures), analysed in full from the claims of `records` on the
 * measures of `component` alone. */
export function groupIn(records: Dataset, component: ReadonlySet<string>, groupId: string): EngineComparisonGroup | null {
  const claims = records.claims.filter((c) => component.has(c.measureId));
  return (
    buildGroups({ claims, measures: records.measures, sources: records.sources }).find(
      (g) => g.id === groupId || g.measureIds.includes(groupId),
    ) ?? null
  );
}

/** The group with the claims and articles it refers to. */
export function groupSlice(records: Dataset, component: ReadonlySet<string>, groupId: string): GroupSlice {
  const group = groupIn(records, component, groupId);
  const used = new Set(group?.entries.map((e) => e.claimId));
  return {
    group,
    dataset: recordsFor(
      records,
      records.claims.filter((c) => used.has(c.id)),
    ),
  };
}

// The parts of one load share one measures array: their components are found once, not on every question.
const componentsByMeasures = new WeakMap<readonly Measure[], Map<string, ReadonlySet<string>>>();
function componentsIn(measures: readonly Measure[]): Map<string, ReadonlySet<string>> {
  let found = componentsByMeasures.get(measures);
  if (!found) {
    found = measureComponentSets(measures);
    componentsByMeasures.set(measures, found);
  }
  return found;
}

/** The unfiltered group from the part the build wrote for its component, or null when that part cannot answer (a measure
 * the records do not have, or a part that did not arrive as sealed): the whole dataset answers then. */
export async function groupFromParts(parts: SealedParts, groupId: string): Promise<GroupSlice | null> {
  const component = componentsIn(parts.measures).get(measureOfGroup(groupId));
  if (!component) return null;
  const claims = await parts.read(partOf(componentKey(component), parts.count));
  if (!claims) return null;
  const { articles, sources, measures } = parts;
  return groupSlice({ articles, sources, measures, claims }, component, groupId);
}

/** One claim of `records` (indexed by `index`), its credibility and its way back, from the groups of its component. */
export function claimSlice(records: Dataset, index: DatasetIndex, component: ReadonlySet<string>, claim: Claim): ClaimSlice {
  const groups = buildGroups({
    claims: records.claims.filter((c) => component.has(c.measureId)),
    measures: records.measures,
    sources: records.sources,
  });
  const own = groups.find((g) => g.entries.some((e) => e.claimId === claim.id));
  const back = groups.find((g) => g.measureIds.includes(claim.measureId));
  const verdict = back && own === back ? verdictOf(back, index) : null;
  return {
    claim,
    credibility: own ? (credibilityOf(suggestAll([own], index.sources), claim.id) ?? null) : null,
    group: back ? { id: back.id, label: back.label, headline: verdict?.headline ?? null, status: verdict?.status ?? null } : null,
    dataset: recordsFor(records, [claim]),
  };
}

/** A claim's page from the part the build wrote for its component, or null when the parts cannot answer (a claim the
 * index does not list, or a file that did not arrive as sealed): the whole dataset answers then. */
export async function claimFromParts(parts: SealedParts, claimId: string): Promise<ClaimSlice | null> {
  const part = await parts.partOfClaim(claimId);
  const claims = part === null ? null : await parts.read(part);
  const claim = claims?.find((c) => c.id === claimId);
  const component = claim && componentsIn(parts.measures).get(claim.measureId);
  if (!claims || !claim || !component) return null;
  const { articles, sources, measures } = parts;
  const records = { articles, sources, measures, claims };
  return claimSlice(records, indexDataset(records), component, claim);
}
