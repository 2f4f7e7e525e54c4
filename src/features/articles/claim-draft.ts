// The claim form as plain data: drafts made from a proposed figure, a selection or an existing claim, and their conversion
// into dataset records with every rule of docs/dataset.md that concerns one claim checked. The quote is never typed: it is
// always the article text between the span's offsets, so it cannot drift from the text.
import type { FigureCandidate } from '../../domain/figure-finder';
import { applyRule, describeReading, findRule } from '../../domain/interpretation-rules';
import {
  claimSchema,
  measureSchema,
  sourceKinds,
  sourceSchema,
  type Article,
  type Claim,
  type Dataset,
  type Measure,
  type Source,
  type SourceKind,
} from '../../domain/schema';
import { articleDate } from '../../domain/article-date';
import { matchSource } from '../../domain/suggest/claimant';
import { NEW_SOURCE, type FieldErrors } from './article-draft';
import { uniqueId } from './record-ids';

/** Select value meaning "create a new measure from the fields below". */
export const NEW_MEASURE = '__new__';

export interface ClaimDraft {
  /** The claim being edited, or null for a new one. */
  id: string | null;
  start: number;
  end: number;
  asWritten: string;
  low: string;
  high: string;
  lowInclusive: boolean;
  highInclusive: boolean;
  approximate: boolean;
  /** Interpretation rule id, or '' for a figure read as written. */
  rule: string;
  reading: string;
  per: '' | 'day';
  /** An existing source's id, NEW_SOURCE, or ''. */
  claimantId: string;
  newClaimant: NewSourceFields;
  outletId: string;
  /** Intermediaries in order: existing source ids, and NEW_SOURCE where the new intermediary below stands. */
  via: string[];
  newIntermediary: NewSourceFields;
  /** An existing measure's id, NEW_MEASURE, or ''. */
  measureId: string;
  newMeasure: { label: string; unit: string; description: string; total: string; context: boolean };
  periodFrom: string;
  periodTo: string;
  periodApproximate: boolean;
  periodEvidence: string;
  statedOn: string;
  statedOnInferred: boolean;
  statedOnEvidence: string;
  place: string;
  notes: string;
}

/** What the form asks of a source it creates in place: its name, kind and side. */
export interface NewSourceFields {
  name: string;
  kind: SourceKind | '';
  alignment: string;
}

const NO_NEW_SOURCE: NewSourceFields = { name: '', kind: '', alignment: '' };

export type ClaimField =
  | 'form'
  | 'span'
  | 'asWritten'
  | 'low'
  | 'high'
  | 'rule'
  | 'per'
  | 'claimantId'
  | 'claimantName'
  | 'claimantKind'
  | 'claimantAlignment'
  | 'outletId'
  | 'via'
  | 'viaName'
  | 'viaKind'
  | 'viaAlignment'
  | 'measureId'
  | 'measureLabel'
  | 'measureUnit'
  | 'measureTotal'
  | 'periodFrom'
  | 'periodTo'
  | 'statedOn'
  | 'place';

export type ClaimResult =
  { ok: true; claim: Claim; sources: Source[]; measures: Measure[] } | { ok: false; errors: FieldErrors<ClaimField> };

/** Context a draft starts from: the article, and the place most recently used in it (claims of one article usually share it). */
interface DraftContext {
  article: Article;
  place: string;
}

function numberText(n: number | null): string {
  return n === null ? '' : String(n);
}

function blankDraft({ article, place }: DraftContext, start: number, end: number): ClaimDraft {
  return {
    id: null,
    start,
    end,
    asWritten: '',
    low: '',
    high: '',
    lowInclusive: true,
    highInclusive: true,
    approximate: false,
    rule: '',
    reading: '',
    per: '',
    claimantId: '',
    newClaimant: NO_NEW_SOURCE,
    outletId: article.outlet,
    via: [],
    newIntermediary: NO_NEW_SOURCE,
    measureId: '',
    newMeasure: { label: '', unit: '', description: '', total: '', context: false },
    periodFrom: '',
    periodTo: '',
    periodApproximate: false,
    periodEvidence: '',
    statedOn: '',
    statedOnInferred: false,
    statedOnEvidence: '',
    place,
    notes: '',
  };
}

/** A draft holding a proposed figure: its words as the quote, its interval, rate and reading. */
export function draftFromCandidate(candidate: FigureCandidate, context: DraftContext): ClaimDraft {
  return withCandidateValue(blankDraft(context, candidate.start, candidate.end), candidate);
}

/** The draft with the candidate's proposed value (quote and the other fields kept). */
export function withCandidateValue(draft: ClaimDraft, candidate: FigureCandidate): ClaimDraft {
  const { value } = candidate;
  return {
    ...draft,
    asWritten: value.asWritten,
    low: numberText(value.low),
    high: numberText(value.high),
    lowInclusive: value.low === null ? false : value.lowInclusive,
    highInclusive: value.high === null ? false : value.highInclusive,
    approximate: value.approximate,
    rule: value.interpretation?.rule ?? '',
    reading: value.interpretation?.reading ?? '',
    per: candidate.per ?? '',
  };
}

/**
 * A draft for a span the user selected. When a proposed figure lies inside it, its value is filled in; otherwise the
 * figure is left for the user, with the selected words as written.
 */
export function draftFromSelection(
  text: string,
  [start, end]: readonly [number, number],
  candidates: readonly FigureCandidate[],
  context: DraftContext,
): ClaimDraft {
  const draft = blankDraft(context, start, end);
  const inside = candidates.find((c) => c.start >= start && c.end <= end);
  if (inside) return withCandidateValue(draft, inside);
  return { ...draft, asWritten: text.slice(start, end).slice(0, 500) };
}

/** A draft for editing an existing claim. */
export function draftFromClaim(claim: Claim): ClaimDraft {
  const { value } = claim;
  return {
    id: claim.id,
    start: claim.span[0],
    end: claim.span[1],
    asWritten: value.asWritten,
    low: numberText(value.low),
    high: numberText(value.high),
    lowInclusive: value.lowInclusive,
    highInclusive: value.highInclusive,
    approximate: value.approximate,
    rule: value.interpretation?.rule ?? '',
    reading: value.interpretation?.reading ?? '',
    per: claim.per ?? '',
    claimantId: claim.claimantId,
    newClaimant: NO_NEW_SOURCE,
    outletId: claim.outletId,
    via: [...claim.via],
    newIntermediary: NO_NEW_SOURCE,
    measureId: claim.measureId,
    newMeasure: { label: '', unit: '', description: '', total: '', context: false },
    periodFrom: claim.period?.from ?? '',
    periodTo: claim.period?.to ?? '',
    periodApproximate: claim.period?.approximate ?? false,
    periodEvidence: claim.period?.evidence ?? '',
    statedOn: claim.statedOn ?? '',
    statedOnInferred: claim.statedOnInferred,
    statedOnEvidence: claim.statedOnEvidence,
    place: claim.place,
    notes: claim.notes,
  };
}

/** The draft with an interpretation rule chosen: the rule's interval and reading replace the figure's ('' clears the rule). */
export function withRule(draft: ClaimDraft, ruleId: string): ClaimDraft {
  const interval = ruleId === '' ? null : applyRule(ruleId);
  if (!interval) return { ...draft, rule: '', reading: '' };
  return {
    ...draft,
    rule: ruleId,
    reading: describeReading(ruleId, draft.asWritten) ?? '',
    low: numberText(interval.low),
    high: numberText(interval.high),
    lowInclusive: interval.lowInclusive,
    highInclusive: interval.highInclusive,
    approximate: false,
  };
}

/** Parses a number as typed: blank is "unbounded" (null); thousands separators (commas, spaces) are allowed. */
export function parseBound(input: string): number | null | 'invalid' {
  const compact = input.replace(/[\s,\u00a0\u202f]/g, '');
  if (compact === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return 'invalid';
  const n = Number(compact);
  return Number.isFinite(n) ? n : 'invalid';
}

/** Word-aligned start of the sentence around [start, end), and its end (after the closing punctuation). */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text.charAt(from - 1))) from--;
  while (from < start && /\s/.test(text.charAt(from))) from++;
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text.charAt(to))) to++;
  if (to < text.length && text.charAt(to) !== '\n') to++;
  return [from, to];
}

/** The span moved by one word at one end: `edge` start or end, `direction` -1 (left) or +1 (right); never empty or outside the text. */
export function stepWord(
  text: string,
  [start, end]: readonly [number, number],
  edge: 'start' | 'end',
  direction: -1 | 1,
): [number, number] {
  const step = (at: number): number => {
    let i = at;
    if (direction < 0) {
      while (i > 0 && /\s/.test(text.charAt(i - 1))) i--;
      while (i > 0 && !/\s/.test(text.charAt(i - 1))) i--;
    } else {
      while (i < text.length && /\s/.test(text.charAt(i))) i++;
      while (i < text.length && !/\s/.test(text.charAt(i))) i++;
    }
    return i;
  };
  if (edge === 'start') {
    const next = step(start);
    // Moving the start right skips the word and the spaces after it.
    const moved = direction > 0 ? skipSpaces(text, next) : next;
    return moved < end ? [moved, end] : [start, end];
  }
  const next = direction < 0 ? trimSpacesBack(text, step(end)) : step(end);
  return next > start ? [start, next] : [start, end];
}

function skipSpaces(text: string, i: number): number {
  let at = i;
  while (at < text.length && /\s/.test(text.charAt(at))) at++;
  return at;
}

function trimSpacesBack(text: string, i: number): number {
  let at = i;
  while (at > 0 && /\s/.test(text.charAt(at - 1))) at--;
  return at;
}

/** The existing source a typed name already stands for (its name or one of its aliases), or null when it is new. */
export function existingSourceNamed(name: string, sources: readonly Source[]): Source | null {
  // 0.8: every word of the name is in one of the source's names; looser matches ("the ministry") are too often another source.
  const match = name.trim() === '' ? null : matchSource(name, sources);
  return match && match.score >= 0.8 ? match.source : null;
}

interface NewSourceErrors {
  name: ClaimField;
  kind: ClaimField;
  alignment: ClaimField;
  who: string;
}

const CLAIMANT_ERRORS: NewSourceErrors = { name: 'claimantName', kind: 'claimantKind', alignment: 'claimantAlignment', who: 'claimant' };
const INTERMEDIARY_ERRORS: NewSourceErrors = { name: 'viaName', kind: 'viaKind', alignment: 'viaAlignment', who: 'intermediary' };

/**
 * Checks a source typed into the form and makes it with a fresh id (added to `ids`). With `existing`, a name that is already
 * a source's name or alias is refused, naming that source.
 */
function newSource(
  { name, kind, alignment }: NewSourceFields,
  ids: Set<string>,
  fields: NewSourceErrors,
  existing: readonly Source[] | null,
): { source: Source | null; errors: FieldErrors<ClaimField> } {
  const errors: FieldErrors<ClaimField> = {};
  if (name.trim() === '') errors[fields.name] = `Give the ${fields.who}’s name.`;
  const already = existing ? existingSourceNamed(name, existing) : null;
  if (already) errors[fields.name] = `“${name.trim()}” is already in the workspace as ${already.name}: choose it instead.`;
  if (kind === '' || !(sourceKinds as readonly string[]).includes(kind)) errors[fields.kind] = 'Choose what kind of source this is.';
  if (alignment.trim() === '') errors[fields.alignment] = 'Give the side it is tied to, or “independent”.';
  if (Object.keys(errors).length > 0) return { source: null, errors };
  const id = uniqueId(name, ids, 'source');
  ids.add(id);
  const source = sourceSchema.parse({ id, name: name.trim(), kind, alignment: alignment.trim(), description: '', parentId: null });
  return { source, errors };
}

const FIELD_OF_PATH: Record<string, ClaimField> = {
  quote: 'span',
  span: 'span',
  claimantId: 'claimantId',
  outletId: 'outletId',
  via: 'via',
  measureId: 'measureId',
  'value.asWritten': 'asWritten',
  'value.low': 'low',
  'value.high': 'high',
  'value.interpretation': 'rule',
  period: 'periodFrom',
  'period.from': 'periodFrom',
  'period.to': 'periodTo',
  statedOn: 'statedOn',
  place: 'place',
};

interface BuildContext {
  text: string;
  article: Article;
  dataset: Dataset;
  /** Id for a new claim (ignored when editing). */
  newClaimId: string;
}

/** Checks the draft against the dataset rules for one claim and builds the claim with any new claimant or measure. */
export function buildClaim(draft: ClaimDraft, { text, article, dataset, newClaimId }: BuildContext): ClaimResult {
  const errors: FieldErrors<ClaimField> = {};
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const sources: Source[] = [];
  const measures: Measure[] = [];

  const { start, end } = draft;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    errors.span = `The quote must be a non-empty part of the text (offsets 0 to ${text.length}).`;
  }
  const quote = text.slice(start, end);
  if (draft.asWritten.trim() === '') errors.asWritten = 'Give the figure as the article writes it.';

  // Value
  const low = parseBound(draft.low);
  const high = parseBound(draft.high);
  if (low === 'invalid') errors.low = 'Enter a number, or leave it blank when the figure has no lowest value (“up to 300”).';
  if (high === 'invalid') errors.high = 'Enter a number, or leave it blank when the figure has no highest value (“more than 900”).';
  const lowValue = low === 'invalid' ? null : low;
  const highValue = high === 'invalid' ? null : high;
  const lowInclusive = lowValue !== null && draft.lowInclusive;
  const highInclusive = highValue !== null && draft.highInclusive;
  if (low === null && high === null) errors.low = 'Give a lowest value, a highest value, or both.';
  if (lowValue !== null && highValue !== null) {
    if (lowValue > highValue) errors.high = `The highest value is below the lowest value (${lowValue}).`;
    else if (lowValue === highValue && (!lowInclusive || !highInclusive))
      errors.high = 'When the lowest and highest values are equal, both must be included.';
  }
  let interpretation: Claim['value']['interpretation'] = null;
  if (draft.rule !== '') {
    const interval = applyRule(draft.rule);
    if (!interval) errors.rule = 'Unknown interpretation rule.';
    else if (
      interval.low !== lowValue ||
      interval.high !== highValue ||
      interval.lowInclusive !== lowInclusive ||
      interval.highInclusive !== highInclusive
    ) {
      errors.rule = 'The values differ from this rule’s reading: choose the rule again, or “None” to enter your own values.';
    } else {
      interpretation = { rule: draft.rule, reading: draft.reading.trim() || (describeReading(draft.rule, draft.asWritten) ?? draft.rule) };
    }
  }

  // Claimant
  let claimantId = draft.claimantId;
  if (claimantId === NEW_SOURCE) {
    const made = newSource(draft.newClaimant, sourceIds, CLAIMANT_ERRORS, null);
    Object.assign(errors, made.errors);
    if (made.source) {
      claimantId = made.source.id;
      sources.push(made.source);
    }
  } else if (claimantId === '') errors.claimantId = 'Choose who made the claim, or add them.';
  else if (!sourceIds.has(claimantId)) errors.claimantId = 'This source is not in the workspace.';

  // Outlet and intermediaries
  if (draft.outletId !== article.outlet) {
    errors.outletId = 'A claim’s outlet must be the outlet that published the article; name other outlets as intermediaries.';
  }
  let via = draft.via.filter((id, i) => draft.via.indexOf(id) === i);
  if (via.includes(NEW_SOURCE)) {
    // An intermediary that is already a source (by name or alias) is offered instead, never created twice.
    const made = newSource(draft.newIntermediary, sourceIds, INTERMEDIARY_ERRORS, dataset.sources);
    Object.assign(errors, made.errors);
    if (made.source) {
      const { id } = made.source;
      via = via.map((v) => (v === NEW_SOURCE ? id : v));
      sources.push(made.source);
    }
  }
  if (via.some((id) => id !== NEW_SOURCE && !sourceIds.has(id))) errors.via = 'An intermediary is not in the workspace.';

  // Measure
  let measureId = draft.measureId;
  let measure = dataset.measures.find((m) => m.id === measureId);
  if (measureId === NEW_MEASURE) {
    const { label, unit, description, total, context } = draft.newMeasure;
    const totalValue = parseBound(total);
    if (label.trim() === '') errors.measureLabel = 'Say what is counted, and where and when.';
    if (unit.trim() === '') errors.measureUnit = 'Give the unit (people, raids, percent…).';
    if (totalValue === 'invalid' || (typeof totalValue === 'number' && totalValue <= 0))
      errors.measureTotal = 'Enter a positive number, or leave blank.';
    if (label.trim() !== '' && unit.trim() !== '' && totalValue !== 'invalid') {
      measureId = uniqueId(label, new Set(dataset.measures.map((m) => m.id)), 'measure');
      const parsed = measureSchema.safeParse({
        id: measureId,
        label: label.trim(),
        unit: unit.trim(),
        description: description.trim(),
        total: totalValue,
        context,
        comparableWith: [],
      });
      if (parsed.success) {
        measure = parsed.data;
        measures.push(parsed.data);
      } else errors.measureTotal = parsed.error.issues[0]?.message ?? 'Invalid measure.';
    }
  } else if (measureId === '') errors.measureId = 'Choose what the figure counts, or add a measure.';
  else if (!measure) errors.measureId = 'This measure is not in the workspace.';
  if (interpretation && measure && findRule(interpretation.rule)?.scale === 'percent' && measure.total !== 100) {
    errors.rule = 'Percent readings need a measure whose whole (total) is 100.';
  }

  // Dates and place
  let period: Claim['period'] = null;
  if (draft.periodFrom !== '' || draft.periodTo !== '') {
    if (draft.periodFrom === '') errors.periodFrom = 'Give the first day covered, or clear both dates.';
    if (draft.periodTo === '') errors.periodTo = 'Give the last day covered, or clear both dates.';
    if (draft.periodFrom !== '' && draft.periodTo !== '' && draft.periodFrom > draft.periodTo) {
      errors.periodTo = 'The last day comes before the first.';
    }
    period = { from: draft.periodFrom, to: draft.periodTo, approximate: draft.periodApproximate, evidence: draft.periodEvidence.trim() };
  }
  const latest = articleDate(article);
  if (draft.statedOn !== '' && draft.statedOn > latest.date) {
    errors.statedOn =
      latest.basis === 'published'
        ? `A claim cannot be stated after the article was published (${latest.date}).`
        : `A claim cannot be stated after the day the article was read (${latest.date}); the article prints no date.`;
  }
  if (draft.place.trim() === '') errors.place = 'Give the place the figure is about.';

  const parsed = claimSchema.safeParse({
    id: draft.id ?? newClaimId,
    articleId: article.id,
    quote,
    span: [start, end],
    claimantId,
    outletId: draft.outletId,
    via,
    measureId,
    value: {
      low: lowValue,
      high: highValue,
      lowInclusive,
      highInclusive,
      approximate: draft.approximate,
      asWritten: draft.asWritten.trim(),
      interpretation,
    },
    period,
    per: draft.per === 'day' ? 'day' : null,
    statedOn: draft.statedOn === '' ? null : draft.statedOn,
    statedOnInferred: draft.statedOn !== '' && draft.statedOnInferred,
    statedOnEvidence: draft.statedOn === '' ? '' : draft.statedOnEvidence.trim(),
    place: draft.place.trim(),
    context: measure?.context ?? false,
    notes: draft.notes.trim(),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      const field = FIELD_OF_PATH[path.slice(0, 2).join('.')] ?? FIELD_OF_PATH[path[0] ?? ''];
      if (field && !errors[field]) errors[field] = issue.message;
      else if (!field) errors.form ??= `${path.join('.')}: ${issue.message}`;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  // The quote is taken from the text at the span, never typed, so it cannot drift; checked once more for safety.
  if (parsed.data.quote !== text.slice(parsed.data.span[0], parsed.data.span[1]))
    return { ok: false, errors: { span: 'The quote does not match the text.' } };
  return { ok: true, claim: parsed.data, sources, measures };
}
