// Builds and ranks the comparison groups of a dataset: one per component of linked measures, each entry on the group's
// footing, with its evidence, spread, contested score and summary. Normalising and sorting (prepareGroups) is kept apart
// from judging (judgeGroups), so that a filtered subset of the same claims is judged without normalising again.
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
  NO_EVIDENCE,
  pairVerdicts,
  type FigureOf,
} from './group-evidence';
import { measureComponents, mostCounted, normaliseClaim, pickAnchor, routeTo, unitLabel, type Route } from './group-footing';
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

/** What every group of a dataset shares: the link graph and the lookups. */
interface Lookups {
  graph: MeasureGraph;
  sources: ReadonlyMap<string, Source>;
  claimsById: ReadonlyMap<string, Claim>;
  /** Each claim's place in the dataset: a subset is marked in a typed array, which is quicker to read than a set. */
  ordinal: ReadonlyMap<Claim, number>;
  voiceOfClaimant: (claimantId: string) => string;
  dateRank: ReadonlyMap<string, number>;
}

/** One part (contested or context) of a component of linked measures: its claims normalised on the footing of one
 * anchor, sorted as the group lists them (`claims[i]` is `entries[i]`'s). Entries' evidence is the shared, frozen
 * NO_EVIDENCE: judging fills copies, or gives entries prepared for it alone their own. */
interface PreparedPart {
  comp: string[];
  context: boolean;
  anchorId: string;
  per: 'day' | null;
  claims: Claim[];
  /** `claims[i]`'s ordinal (`Lookups.ordinal`). */
  ordinals: Int32Array;
  /** `claims[i]`'s measure, by its place in `comp`: a subset's anchor is counted from these, not from ids. */
  measureAt: Int32Array;
  entries: EngineComparedClaim[];
  figures: ReadonlyMap<string, JudgedFigure>;
  /** Each entry's text in a summary, by claim id, made when first summarised (summarise). */
  texts: Map<string, string>;
}

/** One part of a component, prepared on the footing its claims pick, and on any other footing a subset of them picked
 * (by "<anchor>|<per>", made when first needed). */
interface PartFootings {
  whole: PreparedPart;
  footings: Map<string, PreparedPart>;
}

/** A dataset's groups normalised and sorted once, from every claim: `judgeGroups` ranks the whole dataset or any subset
 * of its claims from it. */
export interface PreparedGroups {
  lookups: Lookups;
  components: { contested: PartFootings | null; background: PartFootings | null }[];
}

/** The groups a judging made, by part ("<first measure of the component>|<context>"), with the claims each was made from:
 * the next judging of a subset reuses a group whose claims are the same. */
export type JudgedParts = ReadonlyMap<string, { claims: readonly Claim[]; group: EngineComparisonGroup }>;

export interface JudgeOptions {
  pairListLimit?: number;
  /** False: no pair list, and entries' evidence empty except the contradicting voices of groups up to pairListLimit. */
  evidence?: boolean;
  /** The parts of an earlier judging of the same prepared groups with the same options. */
  previous?: JudgedParts;
}

/** Normalises and sorts every claim of a dataset into its group's part, on the footing of the anchor its claims pick. */
export function prepareGroups(input: DivergenceInput): PreparedGroups {
  const graph = buildMeasureGraph(input.measures);
  const sources = new Map(input.sources.map((s) => [s.id, s]));
  // One pass over the claims fills every lookup by claim (no [key, value] pair made per claim: 200k of them at 200k).
  const claimsById = new Map<string, Claim>();
  const ordinal = new Map<Claim, number>();
  const claimsByMeasure = new Map<string, Claim[]>();
  const stated = new Set<string>();
  input.claims.forEach((c, i) => {
    claimsById.set(c.id, c);
    ordinal.set(c, i);
    const list = claimsByMeasure.get(c.measureId);
    if (list) list.push(c);
    else claimsByMeasure.set(c.measureId, [c]);
    if (c.statedOn !== null) stated.add(c.statedOn);
  });
  // Claims on measures missing from the dataset still form a group of their own.
  for (const id of claimsByMeasure.keys()) {
    if (!graph.measures.has(id)) {
      graph.measures.set(id, { id, label: id, unit: '', description: '', total: null, context: false, comparableWith: [] });
    }
  }
  const dateRank = new Map<string, number>();
  [...stated].sort().forEach((d, i) => dateRank.set(d, i));
  const voices = new Map<string, string>();
  const voiceOfClaimant = (claimantId: string): string => {
    let v = voices.get(claimantId);
    if (v === undefined) {
      v = voiceOf(claimantId, sources);
      voices.set(claimantId, v);
    }
    return v;
  };
  const lookups: Lookups = { graph, sources, claimsById, ordinal, voiceOfClaimant, dateRank };
  const components = measureComponents(graph).map((comp) => {
    const claims = comp.flatMap((m) => claimsByMeasure.get(m) ?? []);
    const isContext = (c: Claim): boolean => c.context || !!graph.measures.get(c.measureId)?.context;
    const contested = claims.filter((c) => !isContext(c));
    const background = claims.filter(isContext);
    const footings = (part: Claim[], context: boolean): PartFootings | null => {
      if (part.length === 0) return null;
      const whole = preparePart(comp, part, context, lookups);
      return { whole, footings: new Map([[`${whole.anchorId}|${whole.per}`, whole]]) };
    };
    return { contested: footings(contested, false), background: footings(background, true) };
  });
  return { lookups, components };
}

/** The comparison groups of the prepared claims, or of `subset` of them (the same claim objects, any order), ranked by
 * contestedScore, context groups last: the groups buildGroups makes from the subset. A part whose subset picks another
 * anchor or footing has all its claims prepared on that footing once, and kept for the next subset that picks it. */
export function judgeGroups(
  prepared: PreparedGroups,
  subset: readonly Claim[] | null,
  { pairListLimit = PAIR_LIST_LIMIT, evidence = true, previous }: JudgeOptions = {},
): { groups: EngineComparisonGroup[]; parts: JudgedParts } {
  return judgeAll(prepared, subset, { pairListLimit, evidence, previous }, true);
}

/** Builds the comparison groups of a dataset: one per component of linked measures with claims (context claims and measures in a separate group of the same component), ranked by contestedScore, context groups last; with `evidence` false no pair list is built and entries' evidence stays empty except, in groups up to pairListLimit, the contradicting voices (see contradictionsFromPairs). */
export function buildGroups(input: DivergenceInput, pairListLimit = PAIR_LIST_LIMIT, evidence = true): EngineComparisonGroup[] {
  // Prepared for this call alone: its entries can take their evidence without being copied.
  return judgeAll(prepareGroups(input), null, { pairListLimit, evidence }, false).groups;
}

function judgeAll(
  { lookups, components }: PreparedGroups,
  subset: readonly Claim[] | null,
  { pairListLimit, evidence, previous }: Required<Omit<JudgeOptions, 'previous'>> & Pick<JudgeOptions, 'previous'>,
  shared: boolean,
): { groups: EngineComparisonGroup[]; parts: JudgedParts } {
  const kept = subset === null ? null : markSubset(subset, lookups.ordinal);
  const parts = new Map<string, { claims: readonly Claim[]; group: EngineComparisonGroup }>();
  const groups: EngineComparisonGroup[] = [];
  for (const { contested, background } of components) {
    const contestedKept = contested ? narrow(contested.whole, kept) : null;
    const contestedClaims = contestedKept?.claims ?? [];
    for (const prepared of [contested, background]) {
      if (!prepared) continue;
      const { whole } = prepared;
      const wholeKept = whole.context ? narrow(whole, kept) : (contestedKept ?? narrow(whole, kept));
      const { claims, anchorId } = wholeKept;
      if (claims.length === 0) continue;
      const key = `${whole.comp[0] ?? ''}|${whole.context}`;
      const id = whole.context && contestedClaims.length > 0 ? `${anchorId}#context` : anchorId;
      const before = previous?.get(key);
      if (before && before.group.id === id && sameClaims(before.claims, claims)) {
        parts.set(key, before);
        groups.push(before.group);
        continue;
      }
      const per = claims.some((c) => c.per === 'day') ? 'day' : null;
      // Another anchor or footing changes every entry: use the part as prepared on that footing. A small subset is
      // quicker to prepare alone, and is not kept.
      let footing = prepared.footings.get(`${anchorId}|${per}`);
      if (!footing && claims.length * 2 < whole.claims.length) {
        const alone = preparePart(whole.comp, claims, whole.context, lookups, { anchorId, per });
        const group = judgePart(id, alone, lookups, { pairListLimit, evidence, copy: false });
        parts.set(key, { claims, group });
        groups.push(group);
        continue;
      }
      if (!footing) {
        footing = preparePart(whole.comp, whole.claims, whole.context, lookups, { anchorId, per });
        prepared.footings.set(`${anchorId}|${per}`, footing);
      }
      const footingKept = footing === whole ? wholeKept : narrow(footing, kept);
      const group = judgePart(id, { ...footing, ...footingKept }, lookups, { pairListLimit, evidence, copy: shared });
      parts.set(key, { claims, group });
      groups.push(group);
    }
  }
  groups.sort(
    (a, b) =>
      Number(a.context) - Number(b.context) ||
      b.contestedScore - a.contestedScore ||
      b.voiceCount - a.voiceCount ||
      compareStrings(a.id, b.id),
  );
  return { groups, parts };
}

/** A mark (1) at the ordinal of each claim of `subset`; claims the dataset does not have are left out. */
function markSubset(subset: readonly Claim[], ordinal: ReadonlyMap<Claim, number>): Uint8Array {
  const kept = new Uint8Array(ordinal.size);
  for (const c of subset) {
    const i = ordinal.get(c);
    if (i !== undefined) kept[i] = 1;
  }
  return kept;
}

/** A prepared part's claims and entries that are marked in `kept` (all of them when it is null), in the part's order,
 * and the anchor they pick (`mostCounted`, pickAnchor's rule, on counts made while narrowing; "" for no claims). */
function narrow(part: PreparedPart, kept: Uint8Array | null): { claims: Claim[]; entries: EngineComparedClaim[]; anchorId: string } {
  const { ordinals, measureAt, comp } = part;
  const counts = new Int32Array(comp.length);
  if (kept === null) {
    for (const m of measureAt) counts[m] = (counts[m] ?? 0) + 1;
    return { claims: part.claims, entries: part.entries, anchorId: mostCounted(comp, counts) ?? '' };
  }
  const claims: Claim[] = [];
  const entries: EngineComparedClaim[] = [];
  for (let i = 0; i < ordinals.length; i++) {
    if (kept[ordinals[i] ?? -1] !== 1) continue;
    claims.push(part.claims[i] as Claim);
    entries.push(part.entries[i] as EngineComparedClaim);
    const m = measureAt[i] ?? 0;
    counts[m] = (counts[m] ?? 0) + 1;
  }
  return { claims, entries, anchorId: mostCounted(comp, counts) ?? '' };
}

function sameClaims(a: readonly Claim[], b: readonly Claim[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

/** Normalises one part's claims on the footing of the anchor they pick (or the one given), and sorts them as the group
 * lists them. */
function preparePart(
  comp: string[],
  claims: readonly Claim[],
  context: boolean,
  lookups: Lookups,
  footing?: { anchorId: string; per: 'day' | null },
): PreparedPart {
  const { graph, claimsById, dateRank, voiceOfClaimant, ordinal } = lookups;
  const anchorId = footing?.anchorId ?? (pickAnchor(claims) as string);
  const anchor = graph.measures.get(anchorId) as Measure;
  const per = footing ? footing.per : claims.some((c) => c.per === 'day') ? 'day' : null;
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
      evidence: NO_EVIDENCE,
    };
  });
  const entries = sortEntries(unsorted, claimsById, dateRank);
  const sorted = entries.map((e) => claimsById.get(e.claimId) as Claim);
  const ordinals = Int32Array.from(sorted, (c) => ordinal.get(c) ?? -1);
  const measureAt = Int32Array.from(sorted, (c) => comp.indexOf(c.measureId));
  return { comp, context, anchorId, per, claims: sorted, ordinals, measureAt, entries, figures, texts: new Map() };
}

/** Judges one prepared part: evidence, spread, score and summary. `copy`: the entries are shared with a prepared part
 * kept for later judgings, so those whose evidence is filled are copied first. */
function judgePart(
  id: string,
  { comp, context, anchorId, per, claims, entries: prepared, figures, texts }: PreparedPart,
  { graph, sources, claimsById }: Lookups,
  { pairListLimit, evidence, copy }: { pairListLimit: number; evidence: boolean; copy: boolean },
): EngineComparisonGroup {
  const anchor = graph.measures.get(anchorId) as Measure;
  const unit = unitLabel(anchor, per);
  const figureOf: FigureOf = (e) => figures.get(e.claimId) as JudgedFigure;
  const pairsOmitted = prepared.length > pairListLimit;
  // Large groups ranked without evidence leave every entry as it is; every other judging fills evidence.
  const fills = evidence || !pairsOmitted;
  let entries: EngineComparedClaim[];
  if (copy) entries = fills ? prepared.map((e) => ({ ...e, evidence: emptyEvidence() })) : prepared.slice();
  else {
    // Entries prepared for this judging alone take their own evidence to fill.
    if (fills) for (const e of prepared) e.evidence = emptyEvidence();
    entries = prepared;
  }
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
    measureIds: comp.filter((m) => usedMeasures.has(m) || m === anchorId),
    label: anchor.label,
    unit,
    per,
    entries,
    pairs,
    consensus: disjointIndependentPairs > 0 ? null : firmConsensus(usable),
    spread,
    contestedScore: contestedScore(spread, disjointIndependentPairs, context),
    voiceCount: new Set(entries.map((e) => e.voiceId)).size,
    summary: summarise(entries, { sources, claimsById, measures: graph.measures, perDay: per === 'day', texts }),
    context,
    pairsOmitted,
    disjointIndependentPairs,
  };
}
