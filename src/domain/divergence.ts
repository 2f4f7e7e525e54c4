// Comparison groups: claims on linked measures put on one footing, then compared pairwise.
import type { CantCompute, ComparedClaim, ComparisonGroup, EntryEvidence, Interval, PairVerdict, Spread } from './analysis-types';

import { disjointIndependentPairCount, EVIDENCE_LIST_LIMIT, evidenceFromSortedBounds } from './evidence';

export type { EntryEvidence } from './analysis-types';
export { EVIDENCE_LIST_LIMIT, evidenceFromSortedBounds } from './evidence';
import {
  buildMeasureGraph,
  compareClaims,
  mergeCaveats,
  measurePath,
  pathProblem,
  type MeasureGraph,
  type MeasureStep,
} from './comparability';
import { formatInterval, formatNumber, formatRatio, withUnit } from './format';
import { sourceName, voiceOf } from './independence';
import { clampToShare, consensus, distance, fromClaimValue, overlaps } from './interval';
import { cantCompute, complement, periodsOverlap, scale, totalToRate } from './normalise';
import type { Caveat, Claim, Measure, Source } from './schema';

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

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Connected components of measures linked by comparableWith (either direction), each sorted by id; measures with no links form their own component. */
export function measureComponents(graph: MeasureGraph): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const id of [...graph.measures.keys()].sort(cmp)) {
    if (seen.has(id)) continue;
    const comp: string[] = [];
    const stack = [id];
    seen.add(id);
    while (stack.length) {
      const at = stack.pop() as string;
      comp.push(at);
      for (const s of graph.edges.get(at) ?? []) {
        if (!seen.has(s.to)) {
          seen.add(s.to);
          stack.push(s.to);
        }
      }
    }
    out.push(comp.sort(cmp));
  }
  return out;
}

/** Anchor of a set of claims: the measure with most claims, ties broken by id order; null for no claims. */
export function pickAnchor(claims: readonly Pick<Claim, 'measureId'>[]): string | null {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.measureId, (counts.get(c.measureId) ?? 0) + 1);
  let best: string | null = null;
  let bestN = -1;
  for (const [id, n] of counts) if (n > bestN || (n === bestN && best !== null && id < best)) [best, bestN] = [id, n];
  return best;
}

/** Display unit on a footing: "percent"/"%" → "%", else the unit; per day appends " a day" ("raids a day"). */
export function unitLabel(measure: Pick<Measure, 'unit'>, per: 'day' | null): string {
  const base = /^(percent|per cent|%)$/i.test(measure.unit.trim()) ? '%' : measure.unit;
  return per === 'day' ? (base === '%' ? '% a day' : `${base} a day`) : base;
}

/** How a measure reaches a group's anchor: the chain of links, why it can't be followed (or null), and the chain's caveats. */
export interface Route {
  path: MeasureStep[] | null;
  problem: string | null;
  caveats: Caveat[];
}

/** The route from a measure to an anchor; the same for every claim on that measure, so groups compute it once per measure. */
export function routeTo(graph: MeasureGraph, from: string, anchorId: string): Route {
  const path = measurePath(graph, from, anchorId);
  return {
    path,
    problem: path ? pathProblem(graph, path) : null,
    caveats: path ? mergeCaveats(...path.map((s) => s.caveats)) : [],
  };
}

/** Puts one claim on the group's footing: its value as an interval (shares clamped to [0, total]), then the measure links to the anchor, then total → daily rate when the group is per day; any step that can't be done leaves the interval as it is with cannotNormalise set. Entries on one measure share the route's caveats array. */
export function normaliseClaim(
  claim: Claim,
  anchorId: string,
  per: 'day' | null,
  graph: MeasureGraph,
  route: Route = routeTo(graph, claim.measureId, anchorId),
): Pick<ComparedClaim, 'original' | 'interval' | 'explanations' | 'cannotNormalise' | 'caveats'> & { sameFooting: boolean } {
  const measure = graph.measures.get(claim.measureId);
  let original = fromClaimValue(claim.value);
  if (measure?.total != null) original = clampToShare(original, measure.total);
  const explanations: string[] = [];
  if (claim.value.approximate && claim.value.low !== null && claim.value.low === claim.value.high) {
    explanations.push(
      `"${claim.value.asWritten}" read as ${formatInterval(original, unitLabel(measure ?? { unit: '' }, null))} (±10%, at least ±1)`,
    );
  }
  const { path, problem, caveats } = route;
  const fail = (reason: string): ReturnType<typeof normaliseClaim> => ({
    original,
    interval: original,
    explanations,
    cannotNormalise: cantCompute(reason),
    caveats,
    sameFooting: false,
  });
  if (!path) return fail('its measure is not linked to the group’s measure');
  if (problem) return fail(problem);
  let iv: Interval = original;
  for (const step of path) {
    const from = graph.measures.get(step.from);
    const to = graph.measures.get(step.to);
    if (step.relation === 'complement') {
      const r = complement(iv, from?.total ?? to?.total ?? null, from?.label ?? '', to?.label ?? '');
      if (r.kind === 'cant-compute') return fail(r.reason);
      iv = r.interval;
      explanations.push(r.explanation);
    } else if (step.relation === 'scale') {
      const r = scale(iv, step.factor, from?.unit ?? '', to?.unit ?? '');
      if (r.kind === 'cant-compute') return fail(r.reason);
      iv = r.interval;
      explanations.push(r.explanation);
    }
  }
  if (per === 'day' && claim.per !== 'day') {
    const r = totalToRate(iv, claim.period, measure ? unitLabel(measure, null) : '');
    if (r.kind === 'cant-compute') return fail(r.reason);
    iv = r.interval;
    explanations.push(r.explanation);
  }
  return {
    original,
    interval: iv,
    explanations,
    cannotNormalise: null,
    caveats,
    sameFooting: path.every((s) => s.relation === 'same'),
  };
}

/** Spread of a group: highest lower bound ÷ lowest upper bound over the normalisable entries, with a sentence; fewer than two voices → CantCompute "only one source"; an upper bound of 0 or less under a positive lower bound gives ratio Infinity. */
export function spreadOf(
  entries: readonly Pick<EngineComparedClaim, 'interval' | 'voiceId' | 'claimantId' | 'cannotNormalise' | 'unit'>[],
  sources: ReadonlyMap<string, Source>,
  groupUnit: string,
): Spread | CantCompute {
  const usable = entries.filter((e) => !e.cannotNormalise);
  const voices = new Set(usable.map((e) => e.voiceId));
  if (voices.size < 2) {
    const all = new Set(entries.map((e) => e.voiceId));
    return cantCompute(all.size < 2 ? 'only one source' : 'only one source could be put on the group’s footing');
  }
  let maxLow: (typeof usable)[number] | null = null;
  let minHigh: (typeof usable)[number] | null = null;
  for (const e of usable) {
    const { low, high } = e.interval;
    if (low !== null) {
      const m = maxLow?.interval;
      if (!m || m.low === null || low > m.low || (low === m.low && !e.interval.lowInclusive && m.lowInclusive)) maxLow = e;
    }
    if (high !== null) {
      const m = minHigh?.interval;
      if (!m || m.high === null || high < m.high || (high === m.high && !e.interval.highInclusive && m.highInclusive)) minHigh = e;
    }
  }
  const agreed = consensus(usable.map((e) => e.interval));
  const lo = maxLow?.interval.low ?? null;
  const hi = minHigh?.interval.high ?? null;
  if (agreed) {
    const ratio = lo !== null && hi !== null && hi > 0 ? lo / hi : 0;
    return { kind: 'spread', ratio, text: `all figures overlap: consensus ${formatInterval(agreed, groupUnit)}` };
  }
  // Empty consensus on the line means some pair is disjoint (Helly), so both bounds exist and lo ≥ hi.
  if (!maxLow || !minHigh || lo === null || hi === null) return cantCompute('no bounds to compare');
  const low = lo;
  const high = hi;
  const lowText = `${withUnit(`${maxLow.interval.lowInclusive ? '' : 'more than '}${formatNumber(low)}`, maxLow.unit)} (${voiceLabel(maxLow.voiceId, usable, sources)})`;
  const highText = `${withUnit(`${minHigh.interval.highInclusive ? '' : 'less than '}${formatNumber(high)}`, minHigh.unit)} (${voiceLabel(minHigh.voiceId, usable, sources)})`;
  if (low === high) {
    return {
      kind: 'spread',
      ratio: 1,
      text: `the highest lower bound, ${lowText}, touches the lowest upper bound, ${highText}, without overlapping`,
    };
  }
  if (high <= 0) {
    return {
      kind: 'spread',
      ratio: Number.POSITIVE_INFINITY,
      text: `the highest lower bound, ${lowText}, is above the lowest upper bound, ${highText}`,
    };
  }
  const ratio = low / high;
  return {
    kind: 'spread',
    ratio,
    text: `the highest lower bound, ${lowText}, is ${formatRatio(ratio)} the lowest upper bound, ${highText}`,
  };
}

/** Contested score: min(log2(spread ratio), 10) when the ratio exceeds 1, plus ln(1 + disjoint pairs of independent voices); 0 for context groups and when no spread can be computed. */
export function contestedScore(spread: Spread | CantCompute, disjointIndependentPairs: number, context: boolean): number {
  if (context || spread.kind === 'cant-compute') return 0;
  const ratioPart = spread.ratio > 1 ? Math.min(Math.log2(spread.ratio), 10) : 0;
  return ratioPart + Math.log1p(Math.max(0, disjointIndependentPairs));
}

function emptyEvidence(): EntryEvidence {
  return {
    corroboratingVoices: [],
    corroboratingCount: 0,
    contradictingVoices: [],
    contradictingCount: 0,
    selfConsistentWith: [],
    selfContradicting: [],
  };
}

/** All pairs of normalisable entries (O(k²)): overlap or disjoint, gap, same voice, comparability, and whether the pair counts as evidence. */
export function pairVerdicts(
  entries: readonly EngineComparedClaim[],
  claimsById: ReadonlyMap<string, Claim>,
  graph: MeasureGraph,
): EnginePairVerdict[] {
  const usable = entries.filter((e) => !e.cannotNormalise);
  const out: EnginePairVerdict[] = [];
  for (let i = 0; i < usable.length; i++) {
    for (let j = i + 1; j < usable.length; j++) {
      const a = usable[i] as EngineComparedClaim;
      const b = usable[j] as EngineComparedClaim;
      const ca = claimsById.get(a.claimId) as Claim;
      const cb = claimsById.get(b.claimId) as Claim;
      const comparability = compareClaims(ca, cb, graph);
      const periodsDisjoint = !!ca.period && !!cb.period && !periodsOverlap(ca.period, cb.period);
      out.push({
        a: a.claimId,
        b: b.claimId,
        relation: overlaps(a.interval, b.interval) ? 'overlap' : 'disjoint',
        distance: distance(a.interval, b.interval),
        sameVoice: a.voiceId === b.voiceId,
        comparability,
        periodsDisjoint,
        countsAsEvidence: comparability.status !== 'not-comparable' && !periodsDisjoint,
      });
    }
  }
  return out;
}

/** Fills each entry's evidence from the pair list; pairs that don't count as evidence are ignored, same-voice pairs never corroborate; voice lists keep the first EVIDENCE_LIST_LIMIT ids in id order, the counts are exact. */
export function evidenceFromPairs(entries: EngineComparedClaim[], pairs: readonly EnginePairVerdict[]): void {
  const byId = new Map(entries.map((e) => [e.claimId, e]));
  const add = (list: string[], v: string): void => {
    if (!list.includes(v)) list.push(v);
  };
  for (const p of pairs) {
    if (!p.countsAsEvidence) continue;
    const a = byId.get(p.a);
    const b = byId.get(p.b);
    if (!a || !b) continue;
    if (p.sameVoice) {
      const key = p.relation === 'overlap' ? 'selfConsistentWith' : 'selfContradicting';
      add(a.evidence[key], b.claimId);
      add(b.evidence[key], a.claimId);
    } else {
      const key = p.relation === 'overlap' ? 'corroboratingVoices' : 'contradictingVoices';
      add(a.evidence[key], b.voiceId);
      add(b.evidence[key], a.voiceId);
    }
  }
  for (const e of entries) {
    const ev = e.evidence;
    ev.corroboratingCount = ev.corroboratingVoices.length;
    ev.contradictingCount = ev.contradictingVoices.length;
    ev.corroboratingVoices = ev.corroboratingVoices.sort(cmp).slice(0, EVIDENCE_LIST_LIMIT);
    ev.contradictingVoices = ev.contradictingVoices.sort(cmp).slice(0, EVIDENCE_LIST_LIMIT);
    ev.selfConsistentWith.sort(cmp);
    ev.selfContradicting.sort(cmp);
  }
}

/** Ranking without a pair list: counts the disjoint pairs of different voices that count as evidence (comparable, periods not disjoint) and fills only each entry's contradicting voices and count, as evidenceFromPairs would; comparability is worked out for disjoint pairs alone, which is what makes it cheap. */
export function contradictionsFromPairs(
  entries: EngineComparedClaim[],
  claimsById: ReadonlyMap<string, Claim>,
  graph: MeasureGraph,
): number {
  const usable = entries.filter((e) => !e.cannotNormalise);
  let count = 0;
  for (let i = 0; i < usable.length; i++) {
    for (let j = i + 1; j < usable.length; j++) {
      const a = usable[i] as EngineComparedClaim;
      const b = usable[j] as EngineComparedClaim;
      if (a.voiceId === b.voiceId || overlaps(a.interval, b.interval)) continue;
      const ca = claimsById.get(a.claimId) as Claim;
      const cb = claimsById.get(b.claimId) as Claim;
      if (ca.period && cb.period && !periodsOverlap(ca.period, cb.period)) continue;
      if (compareClaims(ca, cb, graph).status === 'not-comparable') continue;
      count++;
      if (!a.evidence.contradictingVoices.includes(b.voiceId)) a.evidence.contradictingVoices.push(b.voiceId);
      if (!b.evidence.contradictingVoices.includes(a.voiceId)) b.evidence.contradictingVoices.push(a.voiceId);
    }
  }
  for (const e of entries) {
    const ev = e.evidence;
    ev.contradictingCount = ev.contradictingVoices.length;
    ev.contradictingVoices = ev.contradictingVoices.sort(cmp).slice(0, EVIDENCE_LIST_LIMIT);
  }
  return count;
}

/** Entries by date stated (undated last), then claim id; dates are compared by their rank among the dataset's dates (`dateRank`), looked up once per entry. */
function sortEntries(
  entries: EngineComparedClaim[],
  claimsById: ReadonlyMap<string, Claim>,
  dateRank: ReadonlyMap<string, number>,
): EngineComparedClaim[] {
  const keyed = entries.map((e) => {
    const stated = claimsById.get(e.claimId)?.statedOn ?? null;
    return { e, date: stated === null ? Number.POSITIVE_INFINITY : (dateRank.get(stated) as number) };
  });
  keyed.sort((a, b) => a.date - b.date || cmp(a.e.claimId, b.e.claimId));
  return keyed.map((k) => k.e);
}

/** Name for a voice as heard in some entries: the voice's name, or "Claimant, Voice" when every entry comes from one claimant speaking for it. */
export function voiceLabel(
  voiceId: string,
  entries: readonly Pick<ComparedClaim, 'voiceId' | 'claimantId'>[],
  sources: ReadonlyMap<string, Source>,
): string {
  const claimants = new Set(entries.filter((e) => e.voiceId === voiceId).map((e) => e.claimantId));
  const only = claimants.size === 1 ? [...claimants][0] : undefined;
  const voice = sourceName(voiceId, sources);
  return only !== undefined && only !== voiceId ? `${sourceName(only, sources)}, ${voice}` : voice;
}

/** One summary line, one entry per voice ordered by highest lower bound: "Palmyra Revolution Coordination: more than 64 raids a day; Russian Defence Ministry: 20–25 sorties a day"; past four voices it keeps the two highest and two lowest and counts the rest. */
export function summarise(entries: readonly EngineComparedClaim[], sources: ReadonlyMap<string, Source>): string {
  const byVoice = new Map<string, { entries: EngineComparedClaim[]; key: number }>();
  for (const e of entries) {
    let v = byVoice.get(e.voiceId);
    if (!v) {
      v = { entries: [], key: Number.NEGATIVE_INFINITY };
      byVoice.set(e.voiceId, v);
    }
    v.entries.push(e);
    if (!e.cannotNormalise) v.key = Math.max(v.key, e.interval.low ?? Number.NEGATIVE_INFINITY);
  }
  const names = new Map<string, string>();
  const nameOf = (id: string): string => {
    let name = names.get(id);
    if (name === undefined) {
      name = sourceName(id, sources);
      names.set(id, name);
    }
    return name;
  };
  const order = [...byVoice.entries()].sort((a, b) => b[1].key - a[1].key || cmp(nameOf(a[0]), nameOf(b[0])));
  // One line stays one line: the highest and the lowest voices, with a count of those in between; only they are formatted.
  const half = MAX_SUMMARY_VOICES / 2;
  const shown = order.length <= MAX_SUMMARY_VOICES ? order : [...order.slice(0, half), ...order.slice(-half)];
  const part = ([voice, v]: (typeof order)[number]): string => {
    const figures: string[] = [];
    let only: string | null = v.entries[0]?.claimantId ?? null;
    for (const e of v.entries) {
      const text = e.cannotNormalise
        ? `${formatInterval(e.original, e.unit.replace(/ a day$/, ''))} (not on this footing: ${e.cannotNormalise.reason.replace(/^no period is stated.*$/, 'no period stated')})`
        : formatInterval(e.interval, e.unit);
      if (!figures.includes(text)) figures.push(text);
      if (e.claimantId !== only) only = null;
    }
    const label = only !== null && only !== voice ? `${nameOf(only)}, ${nameOf(voice)}` : nameOf(voice);
    const list =
      figures.length > MAX_SUMMARY_FIGURES
        ? `${figures.slice(0, MAX_SUMMARY_FIGURES).join(' and ')} and ${figures.length - MAX_SUMMARY_FIGURES} more`
        : figures.join(' and ');
    return `${label}: ${list}`;
  };
  if (order.length <= MAX_SUMMARY_VOICES) return shown.map(part).join('; ');
  return [
    ...shown.slice(0, half).map(part),
    `${order.length - MAX_SUMMARY_VOICES} more sources in between`,
    ...shown.slice(half).map(part),
  ].join('; ');
}

/** A summary names at most this many voices (the highest and lowest), and this many figures per voice. */
export const MAX_SUMMARY_VOICES = 4;
export const MAX_SUMMARY_FIGURES = 2;

/** Builds the comparison groups of a dataset: one per component of linked measures with claims (context claims and measures in a separate group of the same component), ranked by contestedScore, context groups last; with `evidence` false no pair list is built and entries' evidence stays empty except, in groups up to pairListLimit, the contradicting voices (see contradictionsFromPairs). */
export function buildGroups(input: DivergenceInput, pairListLimit = PAIR_LIST_LIMIT, evidence = true): EngineComparisonGroup[] {
  const graph = buildMeasureGraph(input.measures);
  const sources = new Map(input.sources.map((s) => [s.id, s]));
  const claimsById = new Map(input.claims.map((c) => [c.id, c]));
  const claimsByMeasure = new Map<string, Claim[]>();
  for (const c of input.claims) {
    const list = claimsByMeasure.get(c.measureId) ?? [];
    list.push(c);
    claimsByMeasure.set(c.measureId, list);
  }
  // Claims on measures missing from the dataset still form a group of their own.
  for (const id of claimsByMeasure.keys()) {
    if (!graph.measures.has(id)) {
      graph.measures.set(id, { id, label: id, unit: '', description: '', total: null, context: false, comparableWith: [] });
    }
  }
  const dates = [...new Set(input.claims.map((c) => c.statedOn).filter((d): d is string => d !== null))].sort();
  const dateRank = new Map(dates.map((d, i) => [d, i]));
  const voices = new Map<string, string>();
  const voiceOfClaimant = (claimantId: string): string => {
    let v = voices.get(claimantId);
    if (v === undefined) {
      v = voiceOf(claimantId, sources);
      voices.set(claimantId, v);
    }
    return v;
  };
  const groups: EngineComparisonGroup[] = [];
  for (const comp of measureComponents(graph)) {
    const claims = comp.flatMap((m) => claimsByMeasure.get(m) ?? []);
    const isContext = (c: Claim): boolean => c.context || !!graph.measures.get(c.measureId)?.context;
    const contested = claims.filter((c) => !isContext(c));
    const background = claims.filter(isContext);
    for (const [part, context] of [
      [contested, false],
      [background, true],
    ] as const) {
      if (part.length === 0) continue;
      const anchorId = pickAnchor(part) as string;
      const id = context && contested.length > 0 ? `${anchorId}#context` : anchorId;
      groups.push(
        buildGroup(id, anchorId, comp, part, context, graph, sources, claimsById, pairListLimit, voiceOfClaimant, dateRank, evidence),
      );
    }
  }
  return groups.sort(
    (a, b) =>
      Number(a.context) - Number(b.context) || b.contestedScore - a.contestedScore || b.voiceCount - a.voiceCount || cmp(a.id, b.id),
  );
}

function buildGroup(
  id: string,
  anchorId: string,
  measureIds: string[],
  claims: readonly Claim[],
  context: boolean,
  graph: MeasureGraph,
  sources: ReadonlyMap<string, Source>,
  claimsById: ReadonlyMap<string, Claim>,
  pairListLimit: number,
  voiceOfClaimant: (claimantId: string) => string,
  dateRank: ReadonlyMap<string, number>,
  evidence: boolean,
): EngineComparisonGroup {
  const anchor = graph.measures.get(anchorId) as Measure;
  const per = claims.some((c) => c.per === 'day') ? 'day' : null;
  const unit = unitLabel(anchor, per);
  const routes = new Map<string, Route>();
  const unsorted: EngineComparedClaim[] = claims.map((c) => {
    let route = routes.get(c.measureId);
    if (!route) {
      route = routeTo(graph, c.measureId, anchorId);
      routes.set(c.measureId, route);
    }
    const n = normaliseClaim(c, anchorId, per, graph, route);
    const own = graph.measures.get(c.measureId);
    return {
      claimId: c.id,
      claimantId: c.claimantId,
      voiceId: voiceOfClaimant(c.claimantId),
      measureId: c.measureId,
      original: n.original,
      interval: n.interval,
      explanations: n.explanations,
      cannotNormalise: n.cannotNormalise,
      caveats: n.caveats,
      interpretation: c.value.interpretation,
      unit: n.sameFooting && own ? unitLabel(own, per) : unit,
      context,
      evidence: emptyEvidence(),
    };
  });
  const entries = sortEntries(unsorted, claimsById, dateRank);
  const pairsOmitted = entries.length > pairListLimit;
  let pairs: EnginePairVerdict[] = [];
  let disjointIndependentPairs: number;
  if (pairsOmitted) {
    const usableEntries = entries.filter((e) => !e.cannotNormalise);
    // Ranking needs only the count; the voice lists are most of the work and most of the memory.
    disjointIndependentPairs = evidence ? evidenceFromSortedBounds(usableEntries) : disjointIndependentPairCount(usableEntries);
  } else if (!evidence) {
    disjointIndependentPairs = contradictionsFromPairs(entries, claimsById, graph);
  } else {
    pairs = pairVerdicts(entries, claimsById, graph);
    evidenceFromPairs(entries, pairs);
    disjointIndependentPairs = pairs.filter((p) => !p.sameVoice && p.relation === 'disjoint' && p.countsAsEvidence).length;
  }
  const usable = entries.filter((e) => !e.cannotNormalise);
  const spread = spreadOf(entries, sources, unit);
  const usedMeasures = new Set(claims.map((c) => c.measureId));
  return {
    id,
    anchorMeasureId: anchorId,
    measureIds: measureIds.filter((m) => usedMeasures.has(m) || m === anchorId),
    label: anchor.label,
    unit,
    per,
    entries,
    pairs,
    consensus: consensus(usable.map((e) => e.interval)),
    spread,
    contestedScore: contestedScore(spread, disjointIndependentPairs, context),
    voiceCount: new Set(entries.map((e) => e.voiceId)).size,
    summary: summarise(entries, sources),
    context,
    pairsOmitted,
    disjointIndependentPairs,
  };
}
