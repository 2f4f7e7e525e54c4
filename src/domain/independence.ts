// Independent voices and per-source profiles: a claim reaching us through several outlets, or a
// spokesman speaking for a ministry, counts as one voice.
import type { SourceProfile } from './analysis-types';
import { compareNullLast, compareStrings } from './compare-strings';
import type { EngineComparisonGroup } from './engine-group';
import { formatInterval, formatPoints, formatRatio, possessive, roundDownAsPrinted } from './format';
import { farthestPair, pairIndex, type PairIndex } from './farthest-pair';
import { overlaps } from './interval';
import { sourceName } from './lookups';
import type { Claim, Source } from './schema';

/** The independent voice of a source: its top parent organisation (following parentId), itself when it has none; a parent cycle stops at the last new id. */
export function voiceOf(sourceId: string, sources: ReadonlyMap<string, Source>): string {
  let at = sourceId;
  const seen = new Set<string>([at]);
  for (;;) {
    const parent = sources.get(at)?.parentId ?? null;
    if (parent === null || seen.has(parent)) return at;
    seen.add(parent);
    at = parent;
  }
}

/** Relative distance of one set of figures from a reference: lower end ÷ reference upper end when above, upper ÷ lower when below, 1 when overlapping; null when a needed end is unbounded or not positive. */
export function relativeDistance(
  own: { low: number | null; high: number | null },
  ref: { low: number | null; high: number | null },
): number | null {
  if (own.low !== null && ref.high !== null && own.low > ref.high) return ref.high > 0 ? own.low / ref.high : null;
  if (own.high !== null && ref.low !== null && own.high < ref.low) return ref.low > 0 ? own.high / ref.low : null;
  return 1;
}

/** Builds one profile per claimant with claims: corroborated/contradicted count claims with at least one independent overlapping/disjoint comparable figure; standalone counts claims on groups no other voice speaks to; self-contradicting counts claims disjoint with an earlier figure of the same voice; context and non-normalisable entries count only as made. */
export function buildProfiles(
  claims: readonly Claim[],
  groups: readonly EngineComparisonGroup[],
  sources: ReadonlyMap<string, Source>,
): SourceProfile[] {
  const byClaimant = new Map<string, SourceProfile>();
  const claimsOf = new Map<string, Claim[]>();
  const claimsById = new Map<string, Claim>();
  for (const c of claims) {
    claimsById.set(c.id, c);
    const list = claimsOf.get(c.claimantId);
    if (list) list.push(c);
    else claimsOf.set(c.claimantId, [c]);
  }
  // Each claimant's claims by date stated (undated last), then id: sorting per claimant, not all claims at once.
  const byDate = (a: Claim, b: Claim): number => compareNullLast(a.statedOn, b.statedOn) || compareStrings(a.id, b.id);
  for (const [claimantId, own] of claimsOf) {
    own.sort(byDate);
    byClaimant.set(claimantId, {
      sourceId: claimantId,
      made: own.length,
      corroborated: 0,
      contradicted: 0,
      compatibleOnly: 0,
      standalone: 0,
      selfContradicting: 0,
      claimIds: own.map((c) => c.id),
      distances: [],
    });
  }
  for (const g of groups) {
    const perSource = new Map<string, EngineComparisonGroup['entries']>();
    for (const e of g.entries) {
      const p = byClaimant.get(e.claimantId);
      if (!p) continue;
      const list = perSource.get(e.claimantId) ?? [];
      list.push(e);
      perSource.set(e.claimantId, list);
      const ev = e.evidence;
      if (g.context || e.cannotNormalise) {
        p.standalone++;
        continue;
      }
      if (ev.contradictingCount > 0) p.contradicted++;
      else if (ev.corroboratingCount > 0) p.corroborated++;
      else if (ev.compatibleCount > 0) p.compatibleOnly++;
      else p.standalone++;
      if (ev.selfContradictingCount > 0) {
        const mine = claimsById.get(e.claimId);
        const earlier = (id: string): boolean => {
          const other = claimsById.get(id);
          return !!mine && !!other && byDate(other, mine) < 0;
        };
        // A large group lists only the first few clashing ids; then the voice's own figures are read again, in full.
        const clashing =
          ev.selfContradicting.length === ev.selfContradictingCount
            ? ev.selfContradicting
            : g.entries
                .filter((x) => x !== e && x.voiceId === e.voiceId && !x.cannotNormalise && !overlaps(x.interval, e.interval))
                .map((x) => x.claimId);
        if (clashing.some(earlier)) p.selfContradicting++;
      }
    }
    if (g.context || g.voiceCount < 2) continue;
    const index = pairIndex(g.entries.filter((e) => !e.cannotNormalise));
    for (const [sourceId, entries] of perSource) {
      const p = byClaimant.get(sourceId);
      const usable = entries.filter((e) => !e.cannotNormalise);
      if (!p || usable.length === 0) continue;
      p.distances.push(distanceInGroup(g, usable, index, sources));
    }
  }
  return [...byClaimant.values()].sort(
    (a, b) =>
      b.made - a.made ||
      compareStrings(sourceName(sources, a.sourceId), sourceName(sources, b.sourceId)) ||
      compareStrings(a.sourceId, b.sourceId),
  );
}

/** How one source's figures in a group sit against the others, in the verdict's words: its most distant contradiction (a multiple for counts, percentage points for shares, words against zero), or that nothing contradicts it. */
function distanceInGroup(
  g: EngineComparisonGroup,
  own: readonly EngineComparisonGroup['entries'][number][],
  index: PairIndex<EngineComparisonGroup['entries'][number]>,
  sources: ReadonlyMap<string, Source>,
): SourceProfile['distances'][number] {
  const best = farthestPair(index, own);
  const name = (id: string): string => sourceName(sources, id);
  if (!best || (own.every((e) => e.evidence.contradictingCount === 0) && !g.pairsOmitted && g.pairs.length > 0)) {
    return {
      groupId: g.id,
      claimId: (own[0] as (typeof own)[number]).claimId,
      relative: 1,
      direction: 'agrees',
      text: `${g.label}: no independent figure contradicts it`,
    };
  }
  const { mine, theirs, above, ratio, gap } = best;
  const other = name(theirs.claimantId);
  const ownText = formatInterval(mine.interval, mine.unit);
  const their = formatInterval(theirs.interval, theirs.unit);
  const strict = above
    ? !mine.interval.lowInclusive || !theirs.interval.highInclusive
    : !theirs.interval.lowInclusive || !mine.interval.highInclusive;
  const atLeast = strict ? 'more than' : 'at least';
  // Bounds, after "at least" or "more than": rounded down, so that they say no more than the figures do.
  const times = formatRatio(roundDownAsPrinted(ratio)).replace('×', ' times');
  const share = g.unit.startsWith('%');
  const text = share
    ? `${g.label}: its figure, ${ownText}, is ${atLeast} ${formatPoints(roundDownAsPrinted(gap))} ${above ? 'above' : 'below'} ${possessive(other)}, ${their}`
    : !Number.isFinite(ratio)
      ? above
        ? `${g.label}: its figure, ${ownText}, is above ${possessive(other)} figure of zero`
        : `${g.label}: its figure is zero, against ${possessive(other)} ${their}`
      : above
        ? `${g.label}: its figure, ${ownText}, is ${atLeast} ${times} ${possessive(other)}, ${their}`
        : `${g.label}: ${possessive(other)} figure, ${their}, is ${atLeast} ${times} its own, ${ownText}`;
  return {
    groupId: g.id,
    claimId: mine.claimId,
    relative: share || !Number.isFinite(ratio) ? null : above ? ratio : 1 / ratio,
    direction: above ? 'above' : 'below',
    text,
  };
}
