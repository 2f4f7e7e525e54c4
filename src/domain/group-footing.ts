// Putting claims on one footing: the components of linked measures, a group's anchor and unit, and each claim's value
// carried along the measure links to the anchor (parts, complements, scales, totals to daily rates).
import type { ComparedClaim, Interval } from './analysis-types';
import { mergeCaveats, measurePath, pathProblem, type MeasureGraph, type MeasureStep } from './comparability';
import { compareStrings } from './compare-strings';
import { formatInterval } from './format';
import { clampToShare, fromClaimValue } from './interval';
import { cantCompute, complement, scale, totalToRate } from './normalise';
import { floorOf } from './relations';
import type { Caveat, Claim, Measure } from './schema';

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
  const ids = [...counts.keys()].sort(compareStrings);
  return (
    mostCounted(
      ids,
      Int32Array.from(ids, (id) => counts.get(id) ?? 0),
    ) ?? null
  );
}

/** The anchor rule on counts already made: of `ids` (sorted by id), the one whose count in `counts` is highest, the first
 * on a tie; undefined when every count is 0. Worked example: ["a", "b", "c"] counted [2, 3, 3] → "b". */
export function mostCounted(ids: readonly string[], counts: Int32Array): string | undefined {
  let best = -1;
  for (let m = 0; m < ids.length; m++) if ((counts[m] ?? 0) > 0 && (best < 0 || (counts[m] ?? 0) > (counts[best] ?? 0))) best = m;
  return best < 0 ? undefined : ids[best];
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

/** The group footing a claim is put on: the anchor measure, per day or not, the link graph, and the route when already known. */
interface Footing {
  anchorId: string;
  per: 'day' | null;
  graph: MeasureGraph;
  /** The claim's measure's route to the anchor; computed when left out. */
  route?: Route;
}

/** Puts one claim on the group's footing: its value as an interval (shares clamped to [0, total]), then the measure links to the anchor, then total → daily rate when the group is per day; any step that can't be done leaves the interval as it is with cannotNormalise set. Entries on one measure share the route's caveats array. */
export function normaliseClaim(
  claim: Claim,
  { anchorId, per, graph, route = routeTo(graph, claim.measureId, anchorId) }: Footing,
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
      const r = complement(iv, from?.total ?? to?.total ?? null, { from: from?.label ?? '', to: to?.label ?? '' });
      if (r.kind === 'cant-compute') return fail(r.reason);
      iv = r.interval;
      explanations.push(r.explanation);
    } else if (step.relation === 'scale') {
      const r = scale(iv, step.factor, { from: from?.unit ?? '', to: to?.unit ?? '' });
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
