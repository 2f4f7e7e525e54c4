// A large published dataset's claims are also written split by comparison: every claim of one component of linked
// measures is in the same part file, so a comparison, or one claim's page, can be shown from its part before the whole
// claims file is parsed. A small index, split by claim id, says which part each claim is in.
import { buildMeasureGraph } from './comparability';
import { fnv1a } from './fnv1a';
import { measureComponents } from './group-footing';
import type { Claim, Measure } from './schema';

/** About this many claims per part; a dataset of no more than this many has no parts (its one file loads quickly). */
export const CLAIMS_PER_PART = 4000;
const MAX_PARTS = 64;

/**
 * How many parts the build writes for this many claims.
 * @example partCount(4000) // 0
 * @example partCount(200_000) // 50
 */
export function partCount(claimCount: number): number {
  if (claimCount <= CLAIMS_PER_PART) return 0;
  return Math.min(MAX_PARTS, Math.ceil(claimCount / CLAIMS_PER_PART));
}

/** @example partFile(7) // 'parts/claims-7.json' */
export function partFile(part: number): string {
  return `parts/claims-${part}.json`;
}

/** @example claimIndexFile(7) // 'parts/claim-index-7.json' */
export function claimIndexFile(index: number): string {
  return `parts/claim-index-${index}.json`;
}

/** How many parts a record of checked files lists (parts 0 to n − 1 and their claim indexes, all of them), or 0. */
export function partsListed(files: Readonly<Record<string, string>>): number {
  let n = 0;
  while (Object.hasOwn(files, partFile(n)) && Object.hasOwn(files, claimIndexFile(n))) n++;
  return n;
}

/**
 * The part of a component, from its key alone (FNV-1a), so that the build and the app agree with no table between them.
 * @example partOf('air-raids-palmyra-2016', 1) // 0
 */
export function partOf(componentKey: string, count: number): number {
  return fnv1a(componentKey) % count;
}

/** Each measure's component of linked measures (the same set object for all its members), as the groups are made. */
export function measureComponentSets(measures: readonly Measure[]): Map<string, ReadonlySet<string>> {
  const out = new Map<string, ReadonlySet<string>>();
  for (const component of measureComponents(buildMeasureGraph(measures))) {
    const set = new Set(component);
    for (const id of component) out.set(id, set);
  }
  return out;
}

/** A component's key: its first measure id in sorted order (components list theirs sorted). */
export function componentKey(component: ReadonlySet<string>): string {
  return component.values().next().value ?? '';
}

/** The claims of each part, each in the dataset's order; a claim on a measure the dataset lacks is a component alone. */
export function splitClaims(claims: readonly Claim[], measures: readonly Measure[], count: number): Claim[][] {
  const components = measureComponentSets(measures);
  const parts: Claim[][] = Array.from({ length: count }, () => []);
  for (const claim of claims) {
    const component = components.get(claim.measureId);
    parts[partOf(component ? componentKey(component) : claim.measureId, count)]?.push(claim);
  }
  return parts;
}

/** Which part each claim is in, by claim id, split into as many files as parts by the claim id's own hash (`partOf`). */
export function claimIndexes(parts: readonly (readonly Claim[])[]): Record<string, number>[] {
  const indexes: Record<string, number>[] = parts.map(() => ({}));
  parts.forEach((claims, part) => {
    for (const claim of claims) {
      const index = indexes[partOf(claim.id, parts.length)];
      if (index) index[claim.id] = part;
    }
  });
  return indexes;
}
