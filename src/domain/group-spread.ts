// How far apart a group's figures are: its most distant contradicting pair, the consensus of its firm figures, and
// the contested score that ranks groups.
import type { CantCompute, ComparedClaim, Interval, Spread } from './analysis-types';
import type { EngineComparedClaim } from './engine-group';
import { formatBound, formatInterval, formatRatio } from './format';
import { consensus, isEmpty, overlaps } from './interval';
import { sourceName } from './lookups';
import { cantCompute } from './normalise';
import type { Source } from './schema';

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
export function spreadOf({
  entries,
  contradictions,
  sources,
  unit: groupUnit,
}: {
  entries: readonly Pick<EngineComparedClaim, 'claimId' | 'interval' | 'voiceId' | 'claimantId' | 'cannotNormalise' | 'unit' | 'firm'>[];
  contradictions: readonly ContradictingPair[];
  sources: ReadonlyMap<string, Source>;
  /** The group's unit, for the consensus sentence. */
  unit: string;
}): Spread | CantCompute {
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
