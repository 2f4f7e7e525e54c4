// Builds and ranks the comparison groups of a dataset: one per component of linked measures, each entry on the group's
// footing, with its evidence, spread, contested score and summary.
import { buildMeasureGraph, type MeasureGraph } from './comparability';
import { compareStrings } from './compare-strings';
import {
  PAIR_LIST_LIMIT,
  type DivergenceInput,
  type EngineComparedClaim,
  type EngineComparisonGroup,
  type EnginePairVerdict,
} from './engine-group';
import { disjointIndependentPairCount } from './evidence';
import {
  contradictionsFromPairs,
  emptyEvidence,
  evidenceFromPairs,
  evidenceOfLargeGroup,
  pairVerdicts,
  type FigureOf,
} from './group-evidence';
import { measureComponents, normaliseClaim, pickAnchor, routeTo, unitLabel, type Route } from './group-footing';
import { contestedScore, extremePair, firmConsensus, spreadOf, type ContradictingPair } from './group-spread';
import { summarise } from './group-summary';
import { voiceOf } from './independence';
import { isFirm, type JudgedFigure } from './relations';
import type { Claim, Measure, Source } from './schema';

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
    const n = normaliseClaim(c, { anchorId, per, graph, route });
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
    ({ count: disjointIndependentPairs, contradictions } = contradictionsFromPairs(entries, { claimsById, graph, figureOf }));
  } else {
    ({ pairs, contradictions } = pairVerdicts(entries, { claimsById, graph, figureOf }));
    evidenceFromPairs(entries, pairs);
    disjointIndependentPairs = contradictions.length;
  }
  const spread = spreadOf({ entries, contradictions, sources, unit });
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
    summary: summarise(entries, { sources, claimsById, measures: graph.measures, perDay: per === 'day' }),
    context,
    pairsOmitted,
    disjointIndependentPairs,
  };
}
