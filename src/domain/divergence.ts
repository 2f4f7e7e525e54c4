// Comparison groups: claims on linked measures put on one footing, then compared pairwise.
import type { CantCompute, ComparedClaim, ComparisonGroup, EntryEvidence, Interval, PairVerdict, Spread } from './analysis-types';
import { compareStrings } from './compare-strings';
import { disjointIndependentPairCount, EVIDENCE_LIST_LIMIT, evidenceFromSortedBounds } from './evidence';

export type { EntryEvidence } from './analysis-types';
export { EVIDENCE_LIST_LIMIT, evidenceFromSortedBounds } from './evidence';
import {
  buildMeasureGraph,
  compareClaims,
  isComparable,
  mergeCaveats,
  measurePath,
  pathProblem,
  type MeasureGraph,
  type MeasureStep,
} from './comparability';
import { formatBound, formatInterval, formatRatio } from './format';
import { figureAsSaid, footingNote } from './figure-text';
import { voiceOf } from './independence';
import { sourceName } from './lookups';
import { clampToShare, consensus, distance, fromClaimValue, isEmpty, overlaps } from './interval';
import { cantCompute, complement, scale, totalToRate } from './normalise';
import { floorOf, isFirm, judgePair, type JudgedFigure } from './relations';
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

/** Connected components of measures linked by comparableWith (either direction), each sorted by id; measures with no links form their own component. */
export function measureComponents(graph: MeasureGraph): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const id of [...graph.measures.keys()].sort(compareStrings)) {
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
    out.push(comp.sort(compareStrings));
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
): Pick<ComparedClaim, 'original' | 'interval' | 'explanations' | 'cannotNormalise' | 'caveats'> & {
  sameFooting: boolean;
  /** On its own side of the first part link (the anchor's footing when the route crosses none). */
  exact: Interval;
  side: string;
} {
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
    exact: original,
    side: claim.measureId,
  });
  if (!path) return fail('its measure is not linked to the group’s measure');
  if (problem) return fail(problem);
  let iv: Interval = original;
  let exact: Interval | null = null;
  let side = anchorId;
  for (const step of path) {
    const from = graph.measures.get(step.from);
    const to = graph.measures.get(step.to);
    if (step.relation === 'part-of' || step.relation === 'whole-of') {
      if (exact === null) [exact, side] = [iv, step.from];
      const bound = step.relation === 'part-of' ? floorOf(iv) : ceilingOf(iv);
      explanations.push(
        step.relation === 'part-of'
          ? `${from?.label ?? step.from} counts part of ${to?.label ?? step.to}: ${formatInterval(iv, '')} is a floor for the whole, read as ${formatInterval(bound, '')}`
          : `${to?.label ?? step.to} counts part of ${from?.label ?? step.from}: ${formatInterval(iv, '')} is a ceiling for the part, read as ${formatInterval(bound, '')}`,
      );
      iv = bound;
    } else if (step.relation === 'complement') {
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
    if (exact !== null) {
      const e = totalToRate(exact, claim.period);
      if (e.kind !== 'cant-compute') exact = e.interval;
    }
  }
  return {
    original,
    interval: iv,
    explanations,
    cannotNormalise: null,
    caveats,
    sameFooting: path.every((s) => s.relation === 'same'),
    exact: exact ?? iv,
    side,
  };
}

/** The figure as a ceiling: its upper end kept, no lower end (a whole's figure bounds each of its parts from above). */
function ceilingOf(iv: Interval): Interval {
  return { ...iv, low: null, lowInclusive: false };
}

/** A contradicting pair of figures, the higher one first, with the intervals as they were compared. */
export interface ContradictingPair {
  high: Pick<EngineComparedClaim, 'claimId' | 'voiceId' | 'claimantId' | 'unit'>;
  low: Pick<EngineComparedClaim, 'claimId' | 'voiceId' | 'claimantId' | 'unit'>;
  highInterval: Interval;
  lowInterval: Interval;
}

/** How far apart a contradicting pair is: the higher figure's lower end ÷ the lower figure's upper end; 1 when they only touch; Infinity against an upper end of 0 or less. */
export function pairRatio(p: Pick<ContradictingPair, 'highInterval' | 'lowInterval'>): number {
  const low = p.highInterval.low;
  const high = p.lowInterval.high;
  if (low === null || high === null) return 1;
  if (low === high) return 1;
  return high <= 0 ? Number.POSITIVE_INFINITY : low / high;
}

type Extreme = Pick<EngineComparedClaim, 'claimId' | 'interval' | 'voiceId' | 'claimantId' | 'cannotNormalise' | 'unit'>;

/** The figure with the highest lower end (or lowest upper end) among those not of `skipVoice`; open ends rank past closed ones at the same value. */
function extreme(entries: readonly Extreme[], end: 'low' | 'high', skipVoice: string | null): Extreme | null {
  let best: Extreme | null = null;
  for (const e of entries) {
    if (e.cannotNormalise || isEmpty(e.interval) || e.voiceId === skipVoice) continue;
    const v = e.interval[end];
    if (v === null) continue;
    const m = best?.interval;
    const b = m ? m[end] : null;
    const openBeatsClosed = end === 'low' ? !e.interval.lowInclusive && !!m?.lowInclusive : !e.interval.highInclusive && !!m?.highInclusive;
    if (b === null || (end === 'low' ? v > b : v < b) || (v === b && openBeatsClosed)) best = e;
  }
  return best;
}

/** The most distant pair of disjoint figures from different voices, from the extremes of the group (the highest lower end against the lowest upper end of another voice, or the other way round), or null when no such pair is disjoint. O(k). */
export function extremePair(entries: readonly Extreme[]): ContradictingPair | null {
  const top = extreme(entries, 'low', null);
  const bottom = extreme(entries, 'high', null);
  const candidates: [Extreme | null, Extreme | null][] =
    top && bottom && top.voiceId === bottom.voiceId
      ? [
          [top, extreme(entries, 'high', top.voiceId)],
          [extreme(entries, 'low', bottom.voiceId), bottom],
        ]
      : [[top, bottom]];
  let best: ContradictingPair | null = null;
  for (const [high, low] of candidates) {
    if (!high || !low || overlaps(high.interval, low.interval)) continue;
    const pair = { high, low, highInterval: high.interval, lowInterval: low.interval };
    if (!best || pairRatio(pair) > pairRatio(best)) best = pair;
  }
  return best;
}

/**
 * Spread of a group: its most distant contradicting pair of independent figures (from the pair judgements, or from the
 * extremes in large groups), with the ratio and the technical sentence; with no contradiction, "agree" when firm
 * figures of two or more voices overlap (their intersection is the consensus), else "compatible". Fewer than two
 * voices → CantCompute "only one source".
 */
export function spreadOf(
  entries: readonly Pick<EngineComparedClaim, 'claimId' | 'interval' | 'voiceId' | 'claimantId' | 'cannotNormalise' | 'unit' | 'firm'>[],
  contradictions: readonly ContradictingPair[],
  sources: ReadonlyMap<string, Source>,
  groupUnit: string,
): Spread | CantCompute {
  const usable = entries.filter((e) => !e.cannotNormalise);
  const voices = new Set(usable.map((e) => e.voiceId));
  if (voices.size < 2) {
    const all = new Set(entries.map((e) => e.voiceId));
    return cantCompute(all.size < 2 ? 'only one source' : 'only one source could be put on the group’s footing');
  }
  let worst: ContradictingPair | null = null;
  let worstRatio = 0;
  for (const p of contradictions) {
    const r = pairRatio(p);
    if (worst === null || r > worstRatio) [worst, worstRatio] = [p, r];
  }
  if (worst === null) {
    const agreed = firmConsensus(usable);
    if (agreed) {
      return {
        kind: 'spread',
        ratio: 0,
        text: `no figures conflict; the bounded figures of two or more sources overlap in ${formatInterval(agreed, groupUnit)}`,
        verdict: 'agree',
        highClaimId: null,
        lowClaimId: null,
      };
    }
    return {
      kind: 'spread',
      ratio: 0,
      text: 'no figures conflict, but no two independent bounded figures overlap either: an open or vague figure confirms nothing',
      verdict: 'compatible',
      highClaimId: null,
      lowClaimId: null,
    };
  }
  const { high, low, highInterval, lowInterval } = worst;
  const hiText = `${formatBound(highInterval, 'low', high.unit)} (${voiceLabel(high.voiceId, usable, sources)})`;
  const loText = `${formatBound(lowInterval, 'high', low.unit)} (${voiceLabel(low.voiceId, usable, sources)})`;
  const base = { kind: 'spread' as const, verdict: 'contradicts' as const, highClaimId: high.claimId, lowClaimId: low.claimId };
  if (worstRatio === 1) {
    return {
      ...base,
      ratio: 1,
      text: `the lower bound of one figure, ${hiText}, touches the upper bound of the other, ${loText}, without overlapping`,
    };
  }
  if (!Number.isFinite(worstRatio)) {
    return {
      ...base,
      ratio: worstRatio,
      text: `the lower bound of one figure, ${hiText}, is above the upper bound of the other, ${loText}`,
    };
  }
  return {
    ...base,
    ratio: worstRatio,
    text: `the lower bound of one figure, ${hiText}, is ${formatRatio(worstRatio)} the upper bound of the other, ${loText}`,
  };
}

/** Where the bounded figures of two or more voices all overlap: their intersection; open and vague figures never set or narrow it; null otherwise. */
export function firmConsensus(
  entries: readonly Pick<EngineComparedClaim, 'interval' | 'voiceId' | 'firm' | 'cannotNormalise'>[],
): Interval | null {
  const firm = entries.filter((e) => e.firm && !e.cannotNormalise);
  if (new Set(firm.map((e) => e.voiceId)).size < 2) return null;
  return consensus(firm.map((e) => e.interval));
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
    compatibleVoices: [],
    compatibleCount: 0,
    selfConsistentWith: [],
    selfContradicting: [],
  };
}

/** What the pair judge needs of each entry, beside the entry: built once per group. */
export type FigureOf = (e: EngineComparedClaim) => JudgedFigure;

/** Judges every pair of normalisable entries (O(k²)) and keeps, beside the verdicts, the contradicting pairs of different voices with the intervals as compared. */
export function pairVerdicts(
  entries: readonly EngineComparedClaim[],
  claimsById: ReadonlyMap<string, Claim>,
  graph: MeasureGraph,
  figureOf: FigureOf,
): { pairs: EnginePairVerdict[]; contradictions: ContradictingPair[] } {
  const usable = entries.filter((e) => !e.cannotNormalise);
  const pairs: EnginePairVerdict[] = [];
  const contradictions: ContradictingPair[] = [];
  for (let i = 0; i < usable.length; i++) {
    for (let j = i + 1; j < usable.length; j++) {
      const a = usable[i] as EngineComparedClaim;
      const b = usable[j] as EngineComparedClaim;
      const comparability = compareClaims(claimsById.get(a.claimId) as Claim, claimsById.get(b.claimId) as Claim, graph);
      const judged = judgePair(figureOf(a), figureOf(b));
      const countsAsEvidence = comparability.status !== 'not-comparable' && judged.judgement !== 'unrelated';
      const sameVoice = a.voiceId === b.voiceId;
      pairs.push({
        a: a.claimId,
        b: b.claimId,
        relation: judged.overlap ? 'overlap' : 'disjoint',
        distance: judged.judgement === 'unrelated' ? 0 : distance(judged.a, judged.b),
        sameVoice,
        comparability,
        periodsDisjoint: judged.period === 'disjoint',
        countsAsEvidence,
        judgement: countsAsEvidence ? judged.judgement : 'unrelated',
        nested: judged.nested,
      });
      if (countsAsEvidence && !sameVoice && judged.judgement === 'contradicts') contradictions.push(orient(a, b, judged.a, judged.b));
    }
  }
  return { pairs, contradictions };
}

/** A contradicting pair with the higher figure first. */
function orient(a: EngineComparedClaim, b: EngineComparedClaim, ia: Interval, ib: Interval): ContradictingPair {
  const aAbove = ia.low !== null && (ib.high === null ? false : ia.low >= ib.high);
  return aAbove ? { high: a, low: b, highInterval: ia, lowInterval: ib } : { high: b, low: a, highInterval: ib, lowInterval: ia };
}

/** Fills each entry's evidence from the judged pairs: unrelated pairs are ignored, same-voice pairs are self-consistency or self-contradiction, never corroboration; voice lists keep the first EVIDENCE_LIST_LIMIT ids in id order, the counts are exact. */
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
      const key = p.judgement === 'contradicts' ? 'selfContradicting' : 'selfConsistentWith';
      add(a.evidence[key], b.claimId);
      add(b.evidence[key], a.claimId);
    } else {
      const key =
        p.judgement === 'contradicts' ? 'contradictingVoices' : p.judgement === 'corroborates' ? 'corroboratingVoices' : 'compatibleVoices';
      add(a.evidence[key], b.voiceId);
      add(b.evidence[key], a.voiceId);
    }
  }
  for (const e of entries) {
    const ev = e.evidence;
    // A voice that both corroborates and is merely compatible (two figures) corroborates.
    ev.compatibleVoices = ev.compatibleVoices.filter((v) => !ev.corroboratingVoices.includes(v));
    ev.corroboratingCount = ev.corroboratingVoices.length;
    ev.contradictingCount = ev.contradictingVoices.length;
    ev.compatibleCount = ev.compatibleVoices.length;
    ev.corroboratingVoices = ev.corroboratingVoices.sort(compareStrings).slice(0, EVIDENCE_LIST_LIMIT);
    ev.contradictingVoices = ev.contradictingVoices.sort(compareStrings).slice(0, EVIDENCE_LIST_LIMIT);
    ev.compatibleVoices = ev.compatibleVoices.sort(compareStrings).slice(0, EVIDENCE_LIST_LIMIT);
    ev.selfConsistentWith.sort(compareStrings);
    ev.selfContradicting.sort(compareStrings);
  }
}

/**
 * Evidence of a large group from sorted bounds (periods and part sides not consulted): contradictions from every
 * figure; corroboration only among bounded (firm) figures; the voices that overlap a figure without corroborating it
 * are compatible. Two passes of the O(k log k) count. Returns the disjoint pairs of different voices.
 */
export function evidenceOfLargeGroup(usable: readonly EngineComparedClaim[]): number {
  const disjoint = evidenceFromSortedBounds(usable);
  const firm = usable.filter((e) => e.firm);
  const firmEvidence = new Map(firm.map((e) => [e.claimId, emptyEvidence()]));
  evidenceFromSortedBounds(
    firm.map((e) => ({
      claimId: e.claimId,
      voiceId: e.voiceId,
      interval: e.interval,
      evidence: firmEvidence.get(e.claimId) as EntryEvidence,
    })),
  );
  for (const e of usable) {
    const ev = e.evidence;
    const confirmed = firmEvidence.get(e.claimId);
    const overlapping = ev.corroboratingVoices;
    const overlappingCount = ev.corroboratingCount;
    ev.corroboratingVoices = confirmed?.corroboratingVoices ?? [];
    ev.corroboratingCount = confirmed?.corroboratingCount ?? 0;
    ev.compatibleCount = overlappingCount - ev.corroboratingCount;
    ev.compatibleVoices = overlapping.filter((v) => !ev.corroboratingVoices.includes(v)).slice(0, Math.max(0, ev.compatibleCount));
  }
  return disjoint;
}

/** Ranking without a pair list: judges every pair (comparability checked without building caveats) and fills each entry's evidence as evidenceFromPairs would, without the verdict objects; returns the contradicting pairs of different voices and their number. */
export function contradictionsFromPairs(
  entries: EngineComparedClaim[],
  claimsById: ReadonlyMap<string, Claim>,
  graph: MeasureGraph,
  figureOf: FigureOf,
): { count: number; contradictions: ContradictingPair[] } {
  const usable = entries.filter((e) => !e.cannotNormalise);
  const contradictions: ContradictingPair[] = [];
  const pairs: EnginePairVerdict[] = [];
  const none = { status: 'comparable' as const, caveats: [], reason: '' };
  for (let i = 0; i < usable.length; i++) {
    for (let j = i + 1; j < usable.length; j++) {
      const a = usable[i] as EngineComparedClaim;
      const b = usable[j] as EngineComparedClaim;
      const judged = judgePair(figureOf(a), figureOf(b));
      if (judged.judgement === 'unrelated') continue;
      if (!isComparable(claimsById.get(a.claimId) as Claim, claimsById.get(b.claimId) as Claim, graph)) continue;
      const sameVoice = a.voiceId === b.voiceId;
      pairs.push({
        a: a.claimId,
        b: b.claimId,
        relation: judged.overlap ? 'overlap' : 'disjoint',
        distance: 0,
        sameVoice,
        comparability: none,
        periodsDisjoint: false,
        countsAsEvidence: true,
        judgement: judged.judgement,
        nested: judged.nested,
      });
      if (!sameVoice && judged.judgement === 'contradicts') contradictions.push(orient(a, b, judged.a, judged.b));
    }
  }
  evidenceFromPairs(entries, pairs);
  return { count: contradictions.length, contradictions };
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
  keyed.sort((a, b) => a.date - b.date || compareStrings(a.e.claimId, b.e.claimId));
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
  const voice = sourceName(sources, voiceId);
  return only !== undefined && only !== voiceId ? `${sourceName(sources, only)}, ${voice}` : voice;
}

/** One summary line, one entry per voice ordered by highest lower bound, each figure first as said and then, when converted, on the group's footing: "Palmyra Revolution Coordination: “More than 900” raids (≈ more than about 64 raids a day if spread evenly over 14 days); Russian Defence Ministry: “20 to 25” sorties a day"; past four voices it keeps the two highest and two lowest and counts the rest. */
export function summarise(
  entries: readonly EngineComparedClaim[],
  sources: ReadonlyMap<string, Source>,
  claimsById: ReadonlyMap<string, Claim>,
  measures: ReadonlyMap<string, Measure>,
  perDay: boolean,
): string {
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
      name = sourceName(sources, id);
      names.set(id, name);
    }
    return name;
  };
  const order = [...byVoice.entries()].sort((a, b) => b[1].key - a[1].key || compareStrings(nameOf(a[0]), nameOf(b[0])));
  // One line stays one line: the highest and the lowest voices, with a count of those in between; only they are formatted.
  const half = MAX_SUMMARY_VOICES / 2;
  const shown = order.length <= MAX_SUMMARY_VOICES ? order : [...order.slice(0, half), ...order.slice(-half)];
  const part = ([voice, v]: (typeof order)[number]): string => {
    const figures: string[] = [];
    let only: string | null = v.entries[0]?.claimantId ?? null;
    for (const e of v.entries) {
      const claim = claimsById.get(e.claimId);
      const said = claim ? figureAsSaid(claim, measures.get(claim.measureId), e.original) : formatInterval(e.original, e.unit);
      const note = claim ? footingNote(e, claim, perDay) : null;
      const text = e.cannotNormalise
        ? `${said} (not compared: ${e.cannotNormalise.reason.replace(/^no period is stated.*$/, 'no period stated')})`
        : note
          ? `${said} (${note})`
          : said;
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
        buildGroup(
          { id, anchorId, measureIds: comp, claims: part, context },
          { graph, sources, claimsById, pairListLimit, voiceOfClaimant, dateRank, evidence },
        ),
      );
    }
  }
  return groups.sort(
    (a, b) =>
      Number(a.context) - Number(b.context) ||
      b.contestedScore - a.contestedScore ||
      b.voiceCount - a.voiceCount ||
      compareStrings(a.id, b.id),
  );
}

/** What one group is made of. */
interface GroupInput {
  id: string;
  anchorId: string;
  measureIds: string[];
  claims: readonly Claim[];
  context: boolean;
}

/** What every group of a dataset shares: the link graph, the lookups and the options. */
interface GroupContext {
  graph: MeasureGraph;
  sources: ReadonlyMap<string, Source>;
  claimsById: ReadonlyMap<string, Claim>;
  pairListLimit: number;
  voiceOfClaimant: (claimantId: string) => string;
  dateRank: ReadonlyMap<string, number>;
  evidence: boolean;
}

function buildGroup(
  { id, anchorId, measureIds, claims, context }: GroupInput,
  { graph, sources, claimsById, pairListLimit, voiceOfClaimant, dateRank, evidence }: GroupContext,
): EngineComparisonGroup {
  const anchor = graph.measures.get(anchorId) as Measure;
  const per = claims.some((c) => c.per === 'day') ? 'day' : null;
  const unit = unitLabel(anchor, per);
  const routes = new Map<string, Route>();
  const figures = new Map<string, JudgedFigure>();
  const unsorted: EngineComparedClaim[] = claims.map((c) => {
    let route = routes.get(c.measureId);
    if (!route) {
      route = routeTo(graph, c.measureId, anchorId);
      routes.set(c.measureId, route);
    }
    const n = normaliseClaim(c, anchorId, per, graph, route);
    const own = graph.measures.get(c.measureId);
    const firm = isFirm(c.value);
    figures.set(c.id, {
      interval: n.interval,
      exact: n.exact,
      side: n.side,
      firm,
      period: c.period,
      // Totals over a period add up over time; shares and daily rates do not.
      additive: per === null && c.per === null && (own?.total ?? null) === null,
    });
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
      firm: firm && n.interval.low !== null && n.interval.high !== null,
      unit: n.sameFooting && own ? unitLabel(own, per) : unit,
      context,
      evidence: emptyEvidence(),
    };
  });
  const figureOf: FigureOf = (e) => figures.get(e.claimId) as JudgedFigure;
  const entries = sortEntries(unsorted, claimsById, dateRank);
  const pairsOmitted = entries.length > pairListLimit;
  const usable = entries.filter((e) => !e.cannotNormalise);
  let pairs: EnginePairVerdict[] = [];
  let contradictions: ContradictingPair[];
  let disjointIndependentPairs: number;
  if (pairsOmitted) {
    // Ranking needs only the count; the voice lists are most of the work and most of the memory.
    disjointIndependentPairs = evidence ? evidenceOfLargeGroup(usable) : disjointIndependentPairCount(usable);
    const extremes = extremePair(usable);
    contradictions = extremes ? [extremes] : [];
  } else if (!evidence) {
    ({ count: disjointIndependentPairs, contradictions } = contradictionsFromPairs(entries, claimsById, graph, figureOf));
  } else {
    ({ pairs, contradictions } = pairVerdicts(entries, claimsById, graph, figureOf));
    evidenceFromPairs(entries, pairs);
    disjointIndependentPairs = contradictions.length;
  }
  const spread = spreadOf(entries, contradictions, sources, unit);
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
    consensus: disjointIndependentPairs > 0 ? null : firmConsensus(usable),
    spread,
    contestedScore: contestedScore(spread, disjointIndependentPairs, context),
    voiceCount: new Set(entries.map((e) => e.voiceId)).size,
    summary: summarise(entries, sources, claimsById, graph.measures, per === 'day'),
    context,
    pairsOmitted,
    disjointIndependentPairs,
  };
}
