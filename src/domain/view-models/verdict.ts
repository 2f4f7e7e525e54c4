// What a group's verdict says to a reader: a plain headline naming who said what, the technical form for a
// disclosure, and "why they may differ" built from the data and the engine. Pure: views only render it.
import type { ComparedClaim, ComparisonGroup } from '../analysis-types';
import { describePeriod, periodRelation } from '../comparability';
import { controlChangeItems } from './control-changes';
import type { WhyKind } from './why-labels';
import type { ControlEvent } from '../events';
import { figureAsSaid, isPercentUnit } from '../figure-text';
import { capitalise, formatInterval, formatPoints, formatRatio, joinNames, possessive, roundDownAsPrinted } from '../format';
import { claimDate } from '../grouping';
import { sourceName, type DatasetIndex } from '../lookups';
import type { Claim } from '../schema';

type VerdictStatus = 'contradicts' | 'agree' | 'compatible' | 'alone' | 'context';

export type { WhyKind } from './why-labels';

/** One reason two accounts may differ, naming the figures it concerns. */
export interface WhyItem {
  kind: WhyKind;
  text: string;
  claimIds: string[];
}

export interface Verdict {
  status: VerdictStatus;
  /** At most about 30 words, naming who said what. */
  headline: string;
  /** Bounds and intervals, for "How this is computed". */
  technical: string;
  why: WhyItem[];
}

/** The dated figures a change-of-control check needs: enough to say which figure came before and which after. */
export interface DatedFigure {
  claimId: string;
  name: string;
  date: string;
  basis: 'stated' | 'reported';
  /** The place the figure is about, to match the places the events name. */
  place: string;
}

/** At most this many reasons of one kind, and period pairs looked at among this many dated figures. */
const WHY_PER_KIND = 4;
const PERIOD_PAIR_LIMIT = 40;

/** Verdict of a group: the headline from the engine's most distant contradicting pair (or its agreement), the technical sentence, and the reasons they may differ (see whyTheyMayDiffer). */
export function verdictOf(group: ComparisonGroup, index: DatasetIndex, events: readonly ControlEvent[] = []): Verdict {
  const technical = group.spread.kind === 'spread' ? group.spread.text : group.spread.reason;
  const why = group.context ? [] : whyTheyMayDiffer(group, index, events);
  return { status: statusOf(group), headline: headlineOf(group, index), technical, why };
}

function statusOf(group: ComparisonGroup): VerdictStatus {
  if (group.context) return 'context';
  if (group.spread.kind === 'cant-compute') return 'alone';
  return group.spread.verdict;
}

/** Names of bodies that read with "the": "the Russian Defence Ministry", "the Syrian Observatory for Human Rights". */
const TAKES_THE = /\b(Ministry|Observatory|Coordination|Directorate|Agency|Office|Committee|Council|Command)\b/;

/** Proper adjectives keep their capital inside a sentence: "the Kurdish official", "the Syrian army". */
const PROPER_ADJECTIVE = /(ish|ian|an|ese|i)$/;

/**
 * A name as a sentence uses it: bodies take "the" ("the Russian Defence Ministry"); a description such as "Provincial
 * governor" or "Activist who escaped Palmyra" reads "the provincial governor"; people, outlets and acronyms stay as they are.
 */
export function inSentence(name: string): string {
  if (/^the /i.test(name)) return name;
  // Only the name itself counts, not a gloss in brackets: "SANA (Syrian Arab News Agency)" takes no "the".
  const bare = name.replace(/\s*\(.*$/, '');
  const words = bare.split(/\s+/);
  if (words.length >= 2 && /^\p{Ll}/u.test(words[1] ?? '')) {
    const first = words[0] ?? '';
    return `the ${PROPER_ADJECTIVE.test(first) ? name : name.charAt(0).toLowerCase() + name.slice(1)}`;
  }
  return TAKES_THE.test(bare) ? `the ${name}` : name;
}

/** The claimant of a claim as a sentence names it. */
function nameOfClaim(index: DatasetIndex, claimId: string): string {
  const claim = index.claims.get(claimId);
  return inSentence(claim ? sourceName(index.sources, claim.claimantId) : claimId);
}

/** "a government source", "an armed group". */
function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** The words alone, in quotation marks with the unit, without the rule's reading: for short headlines. */
function wordsOf(index: DatasetIndex, entry: ComparedClaim): string {
  const claim = index.claims.get(entry.claimId);
  return claim
    ? figureAsSaid({ ...claim, value: { ...claim.value, interpretation: null } }, index.measures.get(claim.measureId), null).replace(
        / \(.*\)$/,
        '',
      )
    : '';
}

function saidOf(index: DatasetIndex, entry: ComparedClaim): string {
  const claim = index.claims.get(entry.claimId);
  return claim ? figureAsSaid(claim, index.measures.get(claim.measureId), entry.original) : formatInterval(entry.original);
}

const IRREGULAR: Record<string, string> = { sorties: 'sortie', people: 'person', casualties: 'casualty', lives: 'life' };

/** A unit without " a day", singular: "raids a day" → "raid"; "sorties" → "sortie". */
export function singular(unit: string): string {
  const bare = unit.replace(/ a day$/, '');
  const known = IRREGULAR[bare.toLowerCase()];
  if (known) return known;
  if (/ies$/.test(bare)) return bare.replace(/ies$/, 'y');
  if (/(ses|xes|shes|ches)$/.test(bare)) return bare.slice(0, -2);
  return bare.replace(/s$/, '');
}

/** The headline: at most about 30 words, first who said what, then the comparison like with like. */
export function headlineOf(group: ComparisonGroup, index: DatasetIndex): string {
  return capitalise(headlineText(group, index));
}

function headlineText(group: ComparisonGroup, index: DatasetIndex): string {
  const byId = new Map(group.entries.map((e) => [e.claimId, e]));
  if (group.context) return `Background figures, not contested: ${group.summary}.`;
  if (group.spread.kind === 'cant-compute') {
    const first = group.entries[0];
    if (!first) return 'No figures.';
    const others = group.entries.length - 1;
    return `Only ${nameOfClaim(index, first.claimId)} gives a figure here (${saidOf(index, first)}${others > 0 ? ` and ${others} more of its own` : ''}); there is nothing independent to compare it with.`;
  }
  const { verdict, highClaimId, lowClaimId, ratio } = group.spread;
  if (verdict === 'contradicts' && highClaimId && lowClaimId) {
    const high = byId.get(highClaimId);
    const low = byId.get(lowClaimId);
    if (high && low) return contradictionHeadline(group, index, { high, low, ratio });
  }
  const voices = distinctVoices(group.entries);
  if (verdict === 'agree' && group.consensus) {
    const names = voices.length <= 3 ? joinNames(voices.map((e) => nameOfClaim(index, e.claimId))) : `${voices.length} independent sources`;
    return `${names} give figures that agree: all of them fit ${formatInterval(group.consensus, group.unit)}.`;
  }
  if (voices.length === 2) {
    const [a, b] = voices as [ComparedClaim, ComparedClaim];
    const [an, bn] = [nameOfClaim(index, a.claimId), nameOfClaim(index, b.claimId)];
    const [as, bs] = [wordsOf(index, a), wordsOf(index, b)];
    const said = as === bs ? `${an} and ${bn} both said ${as}` : `${an} said ${as}; ${bn} said ${bs}`;
    return `${said}. No conflict, but open or vague figures confirm nothing.`;
  }
  return `${voices.length} independent sources give figures that do not conflict, but open or vague figures among them confirm nothing.`;
}

/** The first entry of each voice, in the group's order. */
function distinctVoices(entries: readonly ComparedClaim[]): ComparedClaim[] {
  const seen = new Set<string>();
  const out: ComparedClaim[] = [];
  for (const e of entries) {
    if (e.cannotNormalise || seen.has(e.voiceId)) continue;
    seen.add(e.voiceId);
    out.push(e);
  }
  return out;
}

function contradictionHeadline(
  group: ComparisonGroup,
  index: DatasetIndex,
  { high, low, ratio }: { high: ComparedClaim; low: ComparedClaim; ratio: number },
): string {
  const hn = nameOfClaim(index, high.claimId);
  const ln = nameOfClaim(index, low.claimId);
  const hs = saidOf(index, high);
  const ls = saidOf(index, low);
  const hi = high.interval;
  const lo = low.interval;
  const strict = !hi.lowInclusive || !lo.highInclusive;
  if (isPercentUnit(group.unit.replace(/ a day$/, '')) || group.unit.startsWith('%')) {
    const points = (hi.low ?? 0) - (lo.high ?? 0);
    return `${hn} gave ${hs}; ${ln} said ${ls}. The two figures are ${strict ? 'more than' : 'at least'} ${formatPoints(roundDownAsPrinted(points))} apart.`;
  }
  if (ratio === 1) return `${hn} gave ${hs} and ${ln} gave ${ls}: the figures meet at one value but cannot both be true.`;
  if (!Number.isFinite(ratio)) return `${hn} gave ${hs}; ${ln} said ${ls}, which is none at all. Both cannot be true.`;
  // A bound: rounded down, so that it says no more than the figures do.
  const times = `${strict ? 'more than' : 'at least'} ${formatRatio(roundDownAsPrinted(ratio)).replace('×', '')} times`;
  const hu = high.unit;
  const lu = low.unit.replace(/ a day$/, '');
  if (singular(hu) === singular(lu)) return `${possessive(hn)} figure, ${hs}, is ${times} ${possessive(ln)}, ${ls}.`;
  return `${hn} counted ${times} as many ${hu} as ${ln} reported ${lu}, counting one ${singular(lu)} as one ${singular(hu)}.`;
}

/** "Why they may differ": definition, scope, period, change of control, measurement or rhetoric, a shared source and the claimant's stake, each naming the figures it concerns; only for groups where two or more voices speak. */
function whyTheyMayDiffer(group: ComparisonGroup, index: DatasetIndex, events: readonly ControlEvent[] = []): WhyItem[] {
  if (group.voiceCount < 2) return [];
  const items: WhyItem[] = [];
  const entries = group.entries;
  const claims = entries.map((e) => index.claims.get(e.claimId)).filter((c): c is Claim => c !== undefined);
  // A speaker's name is asked for once per pair of figures below: work it out once per claim.
  const names = new Map<string, string>();
  const name = (id: string): string => {
    let known = names.get(id);
    if (known === undefined) names.set(id, (known = nameOfClaim(index, id)));
    return known;
  };
  // A checklist, not an inventory: a large group names a few reasons of each kind.
  const full = (kind: WhyKind): boolean => items.filter((i) => i.kind === kind).length >= WHY_PER_KIND;
  const add = (kind: WhyKind, text: string, claimIds: string[]): void => {
    if (full(kind)) return;
    const sentence = capitalise(text);
    if (!items.some((i) => i.kind === kind && i.text === sentence)) items.push({ kind, text: sentence, claimIds: [...new Set(claimIds)] });
  };
  // Caveats of the links between measures concern the figures that crossed the link and those on the anchor.
  const onAnchor = entries.filter((e) => e.measureId === group.anchorMeasureId).map((e) => e.claimId);
  for (const e of entries) {
    for (const c of e.caveats) {
      const kind: WhyKind = c.kind === 'scope' || c.kind === 'population' ? 'scope' : c.kind === 'period' ? 'period' : 'definition';
      add(kind, sentence(c.note), [e.claimId, ...onAnchor]);
    }
  }
  for (const c of claims)
    for (const cv of c.caveats ?? [])
      add(cv.kind === 'population' ? 'scope' : cv.kind === 'unit' ? 'definition' : cv.kind, sentence(cv.note), [c.id]);
  const places = new Map<string, string[]>();
  for (const c of claims) places.set(c.place, [...(places.get(c.place) ?? []), c.id]);
  if (places.size > 1) {
    add(
      'scope',
      `The figures are about different places: ${[...places.keys()].join('; ')}.`,
      claims.map((c) => c.id),
    );
  }
  periodItems(group, claims, { name, add, full });
  for (const e of entries) {
    if (!e.interpretation) continue;
    const claim = index.claims.get(e.claimId);
    add(
      'rhetoric',
      `${capitalise(possessive(name(e.claimId)))} “${claim?.value.asWritten ?? ''}” is a word, not a count: it is read by a rule as ${formatInterval(e.original, isPercentUnit(index.measures.get(e.measureId)?.unit ?? '') ? '%' : '')}.`,
      [e.claimId],
    );
  }
  upstreamItems(claims, index, { name, add, full });
  stakeItems(claims, index, add);
  for (const item of controlChangeItems(datedFigures(claims, index), events)) add(item.kind, item.text, item.claimIds);
  return items;
}

/** Each claim's date (stated, else its report's) with its claimant's name, for the change-of-control check. */
export function datedFigures(claims: readonly Claim[], index: DatasetIndex): DatedFigure[] {
  const out: DatedFigure[] = [];
  for (const c of claims) {
    const when = claimDate(c, index.articles);
    if (when)
      out.push({
        claimId: c.id,
        name: inSentence(sourceName(index.sources, c.claimantId)),
        date: when.date,
        basis: when.basis,
        place: c.place,
      });
  }
  return out;
}

function sentence(note: string): string {
  const t = note.trim();
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** How a reason finds a claim's speaker as a sentence names it, and how it adds itself to the list. */
interface ReasonWriter {
  name: (id: string) => string;
  add: (kind: WhyKind, text: string, ids: string[]) => void;
  /** No more reasons of this kind will be kept: the writer can stop building them. */
  full: (kind: WhyKind) => boolean;
}

function periodItems(group: ComparisonGroup, claims: readonly Claim[], { name, add, full }: ReasonWriter): void {
  const undated = claims.filter((c) => !c.period && !c.statedOn);
  if (undated.length > 0 && undated.length < claims.length) {
    add(
      'period',
      `${joinNames([...new Set(undated.map((c) => name(c.id)))])} ${undated.length === 1 ? 'says' : 'say'} neither when the figure was given nor what period it covers.`,
      undated.map((c) => c.id),
    );
  } else if (undated.length === claims.length) {
    add(
      'period',
      'None of the figures says when it was given or what period it covers, so they may describe different moments.',
      undated.map((c) => c.id),
    );
  }
  const withPeriod = claims.filter((c) => c.period !== null).slice(0, PERIOD_PAIR_LIMIT);
  // Up to 780 pairs in a large group, and only the first few distinct sentences are kept: stop building once they are.
  pairs: for (let i = 0; i < withPeriod.length; i++) {
    for (let j = i + 1; j < withPeriod.length; j++) {
      if (full('period')) break pairs;
      const a = withPeriod[i] as Claim;
      const b = withPeriod[j] as Claim;
      if (!a.period || !b.period) continue;
      const rel = periodRelation(a.period, b.period);
      if (rel === 'same') continue;
      const [inner, outer] = rel === 'contains' ? [b, a] : [a, b];
      const text =
        rel === 'inside' || rel === 'contains'
          ? nestedText(inner, outer, name)
          : rel === 'disjoint'
            ? `${possessive(name(a.id))} and ${possessive(name(b.id))} figures cover periods that share no day (${describePeriod(a.period)} and ${describePeriod(b.period)}).`
            : `${possessive(name(a.id))} and ${possessive(name(b.id))} figures cover periods that only partly overlap (${describePeriod(a.period)} and ${describePeriod(b.period)}).`;
      add('period', text, [a.id, b.id]);
    }
  }
  if (group.per === 'day') {
    const spread = claims.filter((c) => c.per !== 'day' && c.period && c.period.from !== c.period.to);
    for (const c of spread) {
      if (full('period')) break;
      const p = c.period as NonNullable<Claim['period']>;
      add(
        'period',
        `${name(c.id)} gave a total for ${describePeriod(p)}${p.approximate ? ' (dates approximate)' : ''}; spread evenly to compare with a daily figure, though some days may have seen far more than others.`,
        [c.id],
      );
    }
  }
}

/** One total's period inside another's: the shorter period's total is a floor for the longer one's; from one source it is progress. */
function nestedText(inner: Claim, outer: Claim, name: (id: string) => string): string {
  const short = describePeriod(inner.period as NonNullable<Claim['period']>);
  const long = describePeriod(outer.period as NonNullable<Claim['period']>);
  if (inner.claimantId === outer.claimantId) {
    return `${name(inner.id)} gave one total for ${short} and another for ${long}, which contains it: a rise between them is progress, not a contradiction.`;
  }
  return `${possessive(name(inner.id))} figure covers ${short}, inside ${possessive(name(outer.id))} ${long}: for a count, the shorter period’s total is a floor for the longer one’s.`;
}

function upstreamItems(claims: readonly Claim[], index: DatasetIndex, { name, add }: ReasonWriter): void {
  const byVia = new Map<string, Claim[]>();
  for (const c of claims) for (const v of c.via) byVia.set(v, [...(byVia.get(v) ?? []), c]);
  for (const [via, list] of byVia) {
    const claimants = new Set(list.map((c) => c.claimantId));
    if (claimants.size < 2) continue;
    add(
      'upstream',
      `${joinNames([...new Set(list.map((c) => name(c.id)))])} all reached the reports through ${sourceName(index.sources, via)}, so they may share one upstream source.`,
      list.map((c) => c.id),
    );
  }
}

const PARTY_KINDS = new Set(['government', 'military', 'armed group', 'state media']);

function stakeItems(claims: readonly Claim[], index: DatasetIndex, add: (kind: WhyKind, text: string, ids: string[]) => void): void {
  const seen = new Set<string>();
  for (const c of claims) {
    if (seen.has(c.claimantId)) continue;
    seen.add(c.claimantId);
    const source = index.sources.get(c.claimantId);
    if (!source) continue;
    const ids = claims.filter((x) => x.claimantId === c.claimantId).map((x) => x.id);
    const tied = source.alignment !== 'independent' && source.alignment !== 'unspecified';
    if (PARTY_KINDS.has(source.kind)) {
      add(
        'stake',
        `${inSentence(source.name)}, ${withArticle(`${source.kind} source`)}, speaks for ${tied ? `the ${source.alignment.replace(/^the /i, '')}` : 'one side'}, a party to the fighting.`,
        ids,
      );
    } else if (tied) {
      add(
        'stake',
        `${inSentence(source.name)}, ${withArticle(source.kind)}, is aligned with the ${source.alignment.replace(/^the /i, '')}.`,
        ids,
      );
    }
  }
}
