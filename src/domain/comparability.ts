// Whether two figures can be set side by side, and with which caveats. The caveats are data
// (measures' comparableWith); relations are symmetric whichever measure declares them.
import { compareStrings } from './compare-strings';
import type { Comparability } from './analysis-types';
import type { Caveat, Claim, Measure } from './schema';

/** How a step maps a value: `part-of` goes from a part to its whole (a floor), `whole-of` from a whole to its part (a ceiling). */
type StepRelation = 'same' | 'complement' | 'scale' | 'part-of' | 'whole-of';

/** One declared link, oriented from → to: a value of `from` maps to `to` by relation (scale multiplies by factor). */
export interface MeasureStep {
  from: string;
  to: string;
  relation: StepRelation;
  /** For scale: multiply a `from` value by this to get a `to` value; undefined when the data gives none. */
  factor: number | undefined;
  caveats: Caveat[];
}

export interface MeasureGraph {
  measures: Map<string, Measure>;
  edges: Map<string, MeasureStep[]>;
}

/** Builds the symmetric link graph: M lists {X, scale f} means value_X = value_M × f, so X → M uses 1/f; links to unknown measures are ignored. */
export function buildMeasureGraph(measures: readonly Measure[]): MeasureGraph {
  const byId = new Map<string, Measure>();
  for (const m of measures) byId.set(m.id, m);
  const edges = new Map<string, MeasureStep[]>();
  const add = (step: MeasureStep): void => {
    const list = edges.get(step.from) ?? [];
    const existing = list.find((s) => s.to === step.to);
    if (existing) {
      for (const c of step.caveats) if (!hasCaveat(existing.caveats, c)) existing.caveats.push(c);
      return;
    }
    list.push(step);
    edges.set(step.from, list);
  };
  for (const m of measures) {
    for (const c of m.comparableWith) {
      if (!byId.has(c.measureId) || c.measureId === m.id) continue;
      const f = c.factor;
      const rel = c.relation;
      add({ from: m.id, to: c.measureId, relation: rel === 'part' ? 'part-of' : rel, factor: f, caveats: [...c.caveats] });
      add({
        from: c.measureId,
        to: m.id,
        relation: rel === 'part' ? 'whole-of' : rel,
        factor: f === undefined ? undefined : 1 / f,
        caveats: [...c.caveats],
      });
    }
  }
  for (const list of edges.values()) list.sort((a, b) => compareStrings(a.to, b.to));
  return { measures: byId, edges };
}

function hasCaveat(list: readonly Caveat[], c: Caveat): boolean {
  return list.some((x) => x.kind === c.kind && x.note === c.note);
}

/** Adds caveats not already present (same kind and note), keeping first-seen order. */
export function mergeCaveats(...lists: readonly (readonly Caveat[])[]): Caveat[] {
  const out: Caveat[] = [];
  for (const l of lists) for (const c of l) if (!hasCaveat(out, c)) out.push(c);
  return out;
}

/** Shortest chain of declared links from one measure to another (BFS, neighbours in id order); [] for the same measure, null when unlinked. */
export function measurePath(graph: MeasureGraph, from: string, to: string): MeasureStep[] | null {
  if (from === to) return [];
  const prev = new Map<string, MeasureStep>();
  const seen = new Set<string>([from]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i] as string;
    for (const step of graph.edges.get(at) ?? []) {
      if (seen.has(step.to)) continue;
      seen.add(step.to);
      prev.set(step.to, step);
      if (step.to === to) {
        const path: MeasureStep[] = [];
        for (let s = prev.get(to); s; s = prev.get(s.from)) path.unshift(s);
        return path;
      }
      queue.push(step.to);
    }
  }
  return null;
}

/** Why a chain of links can't be followed numerically (a complement without a total, a scale without factor), or null when it can. */
export function pathProblem(graph: MeasureGraph, path: readonly MeasureStep[]): string | null {
  for (const s of path) {
    const from = graph.measures.get(s.from);
    const to = graph.measures.get(s.to);
    if (s.relation === 'complement' && (from?.total ?? to?.total ?? null) === null) {
      return `${from?.label ?? s.from} and ${to?.label ?? s.to} are complements but neither gives a total`;
    }
    if (s.relation === 'scale' && (s.factor === undefined || !(s.factor > 0))) {
      return `no factor is given to convert ${from?.unit ?? s.from} into ${to?.unit ?? s.to}`;
    }
  }
  return null;
}

type ClaimLike = Pick<Claim, 'measureId' | 'per' | 'period'>;

/** How two stated periods relate, exactly: the same days, one inside the other, partly overlapping, or sharing no day. */
export type PeriodRelation = 'same' | 'inside' | 'contains' | 'partly-overlapping' | 'disjoint';

/** Relation of period a to period b (ISO dates, both ends inclusive): "inside" means every day of a lies in b. */
export function periodRelation(a: { from: string; to: string }, b: { from: string; to: string }): PeriodRelation {
  if (a.from === b.from && a.to === b.to) return 'same';
  if (a.to < b.from || b.to < a.from) return 'disjoint';
  if (a.from >= b.from && a.to <= b.to) return 'inside';
  if (b.from >= a.from && b.to <= a.to) return 'contains';
  return 'partly-overlapping';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as a reader writes it: "8 December 2016"; anything not an ISO date is returned as it is. */
export function readableDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** A period in words: "11 December 2016", "8–22 December 2016", "30 September – 31 December 2015". */
export function describePeriod(p: { from: string; to: string }): string {
  if (p.from === p.to) return readableDate(p.from);
  const [fy, fm] = p.from.split('-');
  const [ty, tm] = p.to.split('-');
  if (fy === ty && fm === tm) return `${Number(p.from.slice(8))}–${readableDate(p.to)}`;
  if (fy === ty) return `${readableDate(p.from).replace(/ \d{4}$/, '')} – ${readableDate(p.to)}`;
  return `${readableDate(p.from)} – ${readableDate(p.to)}`;
}

/** Caveats from the claims' periods, named exactly: one lies inside the other, they partly overlap, share no day, or one figure states none. */
export function periodCaveats(a: ClaimLike, b: ClaimLike): Caveat[] {
  const pa = a.period;
  const pb = b.period;
  if (!pa && !pb) return [];
  if (!pa || !pb) return [{ kind: 'period', note: 'one of the two figures states no period' }];
  const rel = periodRelation(pa, pb);
  const da = describePeriod(pa);
  const db = describePeriod(pb);
  switch (rel) {
    case 'same':
      return [];
    case 'disjoint':
      return [{ kind: 'period', note: `the periods share no day (${da} and ${db})` }];
    case 'inside':
      return [{ kind: 'period', note: `${da} lies inside ${db}` }];
    case 'contains':
      return [{ kind: 'period', note: `${db} lies inside ${da}` }];
    default:
      return [{ kind: 'period', note: `the periods partly overlap (${da} and ${db})` }];
  }
}

/** Whether two claims can be compared at all (compareClaims' status is not not-comparable), without building caveats: for the ranking path. */
export function isComparable(a: ClaimLike, b: ClaimLike, graph: MeasureGraph): boolean {
  return linkFollows(graph, a.measureId, b.measureId) && !rateMeetsBareTotal(a, b);
}

/** Whether a chain of links joins two measures and can be followed numerically (true for a measure and itself). */
export function linkFollows(graph: MeasureGraph, from: string, to: string): boolean {
  const path = measurePath(graph, from, to);
  return path !== null && pathProblem(graph, path) === null;
}

/** A daily rate set against a total with no stated period, either way round: never comparable. */
export function rateMeetsBareTotal(a: Pick<Claim, 'per' | 'period'>, b: Pick<Claim, 'per' | 'period'>): boolean {
  const rateVsBareTotal = (x: Pick<Claim, 'per' | 'period'>, y: Pick<Claim, 'per' | 'period'>): boolean =>
    x.per === 'day' && y.per === null && y.period === null;
  return rateVsBareTotal(a, b) || rateVsBareTotal(b, a);
}

/** Comparability of two claims: not-comparable when their measures are not linked, a link can't be followed, or a total without a period meets a rate; otherwise comparable, or caveats (definition, scope, population, unit from the data; period from the claims). */
export function compareClaims(a: ClaimLike, b: ClaimLike, graph: MeasureGraph): Comparability {
  const path = measurePath(graph, a.measureId, b.measureId);
  const label = (id: string): string => graph.measures.get(id)?.label ?? id;
  if (path === null) {
    return {
      status: 'not-comparable',
      caveats: [],
      reason: `${label(a.measureId)} and ${label(b.measureId)} are not declared comparable`,
    };
  }
  const problem = pathProblem(graph, path);
  if (problem) return { status: 'not-comparable', caveats: [], reason: problem };
  if (rateMeetsBareTotal(a, b)) {
    return {
      status: 'not-comparable',
      caveats: [],
      reason: 'a total with no stated period cannot be set against a daily rate',
    };
  }
  const caveats = mergeCaveats(...path.map((s) => s.caveats), periodCaveats(a, b));
  return { status: caveats.length > 0 ? 'caveats' : 'comparable', caveats, reason: '' };
}
