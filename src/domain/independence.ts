// Independent voices and per-source profiles: a claim reaching us through several outlets, or a
// spokesman speaking for a ministry, counts as one voice.
import type { SourceProfile } from './analysis-types';
import type { EngineComparisonGroup } from './divergence';
import { formatInterval, formatRatio } from './format';
import { consensus, hull, overlaps } from './interval';
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

/** Display name of a source or voice id; an unknown id is shown as itself. */
export function sourceName(id: string, sources: ReadonlyMap<string, Source>): string {
  return sources.get(id)?.name ?? id;
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
  const claimOrder = new Map<string, number>();
  const sorted = [...claims].sort((a, b) => cmpNullLast(a.statedOn, b.statedOn) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  sorted.forEach((c, i) => claimOrder.set(c.id, i));
  for (const c of sorted) {
    let p = byClaimant.get(c.claimantId);
    if (!p) {
      p = {
        sourceId: c.claimantId,
        made: 0,
        corroborated: 0,
        contradicted: 0,
        standalone: 0,
        selfContradicting: 0,
        claimIds: [],
        distances: [],
      };
      byClaimant.set(c.claimantId, p);
    }
    p.made++;
    p.claimIds.push(c.id);
  }
  for (const g of groups) {
    const perSource = new Map<string, EngineComparisonGroup['entries']>();
    for (const e of g.entries) {
      const p = byClaimant.get(e.claimantId);
      if (!p) continue;
      const list = perSource.get(e.claimantId) ?? [];
      list.push(e);
      perSource.set(e.claimantId, list);
      if (g.context || e.cannotNormalise) continue;
      const ev = e.evidence;
      if (ev.corroboratingVoices.length > 0) p.corroborated++;
      if (ev.contradictingVoices.length > 0) p.contradicted++;
      if (g.voiceCount <= 1) p.standalone++;
      const mine = claimOrder.get(e.claimId) ?? 0;
      if (ev.selfContradicting.some((other) => (claimOrder.get(other) ?? 0) < mine)) p.selfContradicting++;
    }
    if (g.context) continue;
    for (const [sourceId, entries] of perSource) {
      const p = byClaimant.get(sourceId);
      const usable = entries.filter((e) => !e.cannotNormalise);
      if (!p || usable.length === 0) continue;
      const first = usable[0] as (typeof usable)[number];
      const voice = first.voiceId;
      const ownHull = hull(usable.map((e) => e.interval));
      const others = g.entries.filter((e) => !e.cannotNormalise && e.voiceId !== voice);
      const ownConsensus = consensus(usable.map((e) => e.interval));
      const ownText = formatInterval(ownConsensus ?? ownHull ?? first.interval, first.unit);
      if (others.length === 0) {
        p.distances.push({ groupId: g.id, relative: null, text: `${ownText}: no other voice gives a comparable figure` });
        continue;
      }
      if (g.consensus) {
        p.distances.push({
          groupId: g.id,
          relative: 1,
          text: `${ownText}: consistent with the consensus, ${formatInterval(g.consensus, g.unit)}`,
        });
        continue;
      }
      const otherIntervals = others.map((e) => e.interval);
      const ref = consensus(otherIntervals) ?? hull(otherIntervals);
      if (!ref || !ownHull) continue;
      const refText = formatInterval(ref, g.unit);
      const refName = consensus(otherIntervals) ? 'what the other voices agree on' : 'the range of the other voices';
      if (overlaps(ownHull, ref)) {
        p.distances.push({ groupId: g.id, relative: 1, text: `${ownText}: within ${refName}, ${refText}` });
        continue;
      }
      const rel = relativeDistance(ownHull, ref);
      const above = ownHull.low !== null && ref.high !== null && ownHull.low >= ref.high;
      const ratioText = rel === null ? '' : `${formatRatio(rel)} `;
      p.distances.push({
        groupId: g.id,
        relative: rel,
        text: `${ownText}: ${ratioText}${above ? 'above' : 'below'} ${refName}, ${refText}`,
      });
    }
  }
  return [...byClaimant.values()].sort(
    (a, b) => b.made - a.made || cmpStr(sourceName(a.sourceId, sources), sourceName(b.sourceId, sources)) || cmpStr(a.sourceId, b.sourceId),
  );
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cmpNullLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
