// Independent voices and per-source profiles: a claim reaching us through several outlets, or a
// spokesman speaking for a ministry, counts as one voice.
import type { Interval, SourceProfile } from './analysis-types';
import type { EngineComparisonGroup } from './divergence';
import { formatInterval, formatRatio } from './format';
import { consensus, hull, intersect, overlaps } from './interval';
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
  const claimsOf = new Map<string, Claim[]>();
  const claimsById = new Map<string, Claim>();
  for (const c of claims) {
    claimsById.set(c.id, c);
    const list = claimsOf.get(c.claimantId);
    if (list) list.push(c);
    else claimsOf.set(c.claimantId, [c]);
  }
  // Each claimant's claims by date stated (undated last), then id: sorting per claimant, not all claims at once.
  const byDate = (a: Claim, b: Claim): number => cmpNullLast(a.statedOn, b.statedOn) || cmpStr(a.id, b.id);
  for (const [claimantId, own] of claimsOf) {
    own.sort(byDate);
    byClaimant.set(claimantId, {
      sourceId: claimantId,
      made: own.length,
      corroborated: 0,
      contradicted: 0,
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
      if (g.context || e.cannotNormalise) continue;
      const ev = e.evidence;
      if (ev.corroboratingCount > 0) p.corroborated++;
      if (ev.contradictingCount > 0) p.contradicted++;
      if (g.voiceCount <= 1) p.standalone++;
      if (ev.selfContradicting.length > 0) {
        const mine = claimsById.get(e.claimId);
        const earlier = (id: string): boolean => {
          const other = claimsById.get(id);
          return !!mine && !!other && byDate(other, mine) < 0;
        };
        if (ev.selfContradicting.some(earlier)) p.selfContradicting++;
      }
    }
    if (g.context) continue;
    const others = othersOf(g.entries);
    for (const [sourceId, entries] of perSource) {
      const p = byClaimant.get(sourceId);
      const usable = entries.filter((e) => !e.cannotNormalise);
      if (!p || usable.length === 0) continue;
      const first = usable[0] as (typeof usable)[number];
      const voice = first.voiceId;
      const ownHull = hull(usable.map((e) => e.interval));
      const rest = others(voice);
      const ownConsensus = consensus(usable.map((e) => e.interval));
      const ownText = formatInterval(ownConsensus ?? ownHull ?? first.interval, first.unit);
      if (rest === null) {
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
      const ref = rest.consensus ?? rest.hull;
      if (!ownHull) continue;
      const refText = formatInterval(ref, g.unit);
      const refName = rest.consensus ? 'what the other voices agree on' : 'the range of the other voices';
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

interface Figures {
  /** Intersection of the figures, null when it is empty. */
  consensus: Interval | null;
  hull: Interval;
}

function joinFigures(a: Figures | undefined, b: Figures | undefined): Figures | undefined {
  if (!a) return b;
  if (!b) return a;
  return {
    consensus: a.consensus && b.consensus ? intersect(a.consensus, b.consensus) : null,
    hull: hull([a.hull, b.hull]) as Interval,
  };
}

/** For each voice of a group, the consensus and hull of every other voice's normalisable figures (null when no other voice has one): per-voice summaries joined by prefix and suffix, O(k) per group instead of a scan per source. */
function othersOf(entries: readonly EngineComparisonGroup['entries'][number][]): (voice: string) => Figures | null {
  const byVoice = new Map<string, Interval[]>();
  for (const e of entries) {
    if (e.cannotNormalise) continue;
    const list = byVoice.get(e.voiceId);
    if (list) list.push(e.interval);
    else byVoice.set(e.voiceId, [e.interval]);
  }
  const voices = [...byVoice.keys()];
  const own = voices.map((v) => {
    const list = byVoice.get(v) as Interval[];
    return { consensus: consensus(list), hull: hull(list) as Interval };
  });
  const prefix: (Figures | undefined)[] = [undefined];
  for (let i = 0; i < own.length; i++) prefix.push(joinFigures(prefix[i], own[i]));
  const suffix: (Figures | undefined)[] = new Array<Figures | undefined>(own.length + 1).fill(undefined);
  for (let i = own.length - 1; i >= 0; i--) suffix[i] = joinFigures(own[i], suffix[i + 1]);
  const index = new Map(voices.map((v, i) => [v, i]));
  return (voice) => {
    const i = index.get(voice);
    const rest = i === undefined ? suffix[0] : joinFigures(prefix[i], suffix[i + 1]);
    return rest ?? null;
  };
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
