// Who corroborates or contradicts each figure of a group: pair by pair in small groups, from sorted bounds in large ones.
import type { EntryEvidence, Interval } from './analysis-types';
import { compareClaims, linkFollows, rateMeetsBareTotal, type MeasureGraph } from './comparability';
import { compareStrings } from './compare-strings';
import type { EngineComparedClaim, EnginePairVerdict } from './engine-group';
import { EVIDENCE_LIST_LIMIT, evidenceFromSortedBounds } from './evidence';
import type { ContradictingPair } from './group-spread';
import { distance } from './interval';
import { judgePair, type JudgedFigure } from './relations';
import type { Claim } from './schema';

/** Evidence with every list empty and every count 0, to be filled by the passes below. */
export function emptyEvidence(): EntryEvidence {
  return {
    corroboratingVoices: [],
    corroboratingCount: 0,
    contradictingVoices: [],
    contradictingCount: 0,
    compatibleVoices: [],
    compatibleCount: 0,
    selfConsistentWith: [],
    selfConsistentCount: 0,
    selfContradicting: [],
    selfContradictingCount: 0,
  };
}

/** The evidence of a prepared entry no judging has filled: one object for them all (six fewer objects per claim), frozen
 * so that filling it by mistake throws instead of reaching every entry. */
export const NO_EVIDENCE: EntryEvidence = frozenEmptyEvidence();

function frozenEmptyEvidence(): EntryEvidence {
  const evidence = emptyEvidence();
  for (const value of Object.values(evidence)) if (Array.isArray(value)) Object.freeze(value);
  return Object.freeze(evidence);
}

/** What the pair judge needs of each entry, beside the entry: built once per group. */
export type FigureOf = (e: EngineComparedClaim) => JudgedFigure;

/** What judging a group's pairs reads: the claims by id, the link graph and each entry's figure. */
interface PairJudge {
  claimsById: ReadonlyMap<string, Claim>;
  graph: MeasureGraph;
  figureOf: FigureOf;
}

/** Judges every pair of normalisable entries (O(k²)) and keeps, beside the verdicts, the contradicting pairs of different voices with the intervals as compared. */
export function pairVerdicts(
  entries: readonly EngineComparedClaim[],
  { claimsById, graph, figureOf }: PairJudge,
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
      if (countsAsEvidence && !sameVoice && judged.judgement === 'contradicts') contradictions.push(orient(a, b, judged));
    }
  }
  return { pairs, contradictions };
}

/** A contradicting pair with the higher figure first. */
function orient(a: EngineComparedClaim, b: EngineComparedClaim, judged: { a: Interval; b: Interval }): ContradictingPair {
  const { a: ia, b: ib } = judged;
  const aAbove = ia.low !== null && (ib.high === null ? false : ia.low >= ib.high);
  return aAbove ? { high: a, low: b, highInterval: ia, lowInterval: ib } : { high: b, low: a, highInterval: ib, lowInterval: ia };
}

/** Fills each entry's evidence from the judged pairs: unrelated pairs are ignored, same-voice pairs are self-consistency or self-contradiction, never corroboration; voice lists keep the first EVIDENCE_LIST_LIMIT ids in id order, the counts are exact. */
export function evidenceFromPairs(entries: EngineComparedClaim[], pairs: readonly EnginePairVerdict[]): void {
  const byId = new Map(entries.map((e) => [e.claimId, e]));
  for (const p of pairs) {
    if (!p.countsAsEvidence) continue;
    const a = byId.get(p.a);
    const b = byId.get(p.b);
    if (a && b) recordPair(a, b, p.judgement);
  }
  finishEvidence(entries);
}

/** Adds one pair that counts as evidence to both entries' lists (each voice or claim once). */
function recordPair(a: EngineComparedClaim, b: EngineComparedClaim, judgement: EnginePairVerdict['judgement']): void {
  const add = (list: string[], v: string): void => {
    if (!list.includes(v)) list.push(v);
  };
  if (a.voiceId === b.voiceId) {
    const key = judgement === 'contradicts' ? 'selfContradicting' : 'selfConsistentWith';
    add(a.evidence[key], b.claimId);
    add(b.evidence[key], a.claimId);
  } else {
    const key =
      judgement === 'contradicts' ? 'contradictingVoices' : judgement === 'corroborates' ? 'corroboratingVoices' : 'compatibleVoices';
    add(a.evidence[key], b.voiceId);
    add(b.evidence[key], a.voiceId);
  }
}

/** Counts, sorts and trims the lists recordPair filled. */
function finishEvidence(entries: readonly EngineComparedClaim[]): void {
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
    ev.selfConsistentCount = ev.selfConsistentWith.length;
    ev.selfContradictingCount = ev.selfContradicting.length;
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

/** Ranking without a pair list: judges every pair (comparability checked without building caveats, each pair of
 * measures once) and fills each entry's evidence as evidenceFromPairs would, without the verdict objects; returns the
 * contradicting pairs of different voices and their number. */
export function contradictionsFromPairs(
  entries: EngineComparedClaim[],
  { claimsById, graph, figureOf }: PairJudge,
): { count: number; contradictions: ContradictingPair[] } {
  const usable = entries.filter((e) => !e.cannotNormalise);
  const claims = usable.map((e) => claimsById.get(e.claimId) as Claim);
  const figures = usable.map(figureOf);
  const contradictions: ContradictingPair[] = [];
  // Whether two measures' link can be followed depends on the measures alone, and a group has few: each pair is found
  // once, by the measures' places in the group (0 unknown, 1 follows, 2 does not).
  const measures = [...new Set(claims.map((c) => c.measureId))];
  const place = claims.map((c) => measures.indexOf(c.measureId));
  const linked = new Uint8Array(measures.length * measures.length);
  const comparable = (i: number, j: number): boolean => {
    const at = (place[i] as number) * measures.length + (place[j] as number);
    if (linked[at] === 0)
      linked[at] = linkFollows(graph, measures[place[i] as number] as string, measures[place[j] as number] as string) ? 1 : 2;
    return linked[at] === 1 && !rateMeetsBareTotal(claims[i] as Claim, claims[j] as Claim);
  };
  for (let i = 0; i < usable.length; i++) {
    for (let j = i + 1; j < usable.length; j++) {
      const judged = judgePair(figures[i] as JudgedFigure, figures[j] as JudgedFigure);
      if (judged.judgement === 'unrelated') continue;
      if (!comparable(i, j)) continue;
      const a = usable[i] as EngineComparedClaim;
      const b = usable[j] as EngineComparedClaim;
      recordPair(a, b, judged.judgement);
      if (a.voiceId !== b.voiceId && judged.judgement === 'contradicts') contradictions.push(orient(a, b, judged));
    }
  }
  finishEvidence(entries);
  return { count: contradictions.length, contradictions };
}
