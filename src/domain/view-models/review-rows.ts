// The review table's rows: each proposed figure with the claimant, measure and period suggested for it (or as the user
// changed them), in words, with why, and what it still lacks before it can become a claim.
import { describePeriod } from '../comparability';
import { formatInterval } from '../format';
import type { Claim, Measure, Source, SourceKind } from '../schema';
import { guessSourceKind } from '../suggest/source-kind';
import type { ClaimSuggestion } from '../suggest/suggest-claim';

/** Who the row's claim will name: a source of the workspace, or a new one made with the claim. */
export type ReviewClaimant =
  { kind: 'source'; sourceId: string } | { kind: 'new'; name: string; sourceKind: SourceKind | ''; alignment: string };

/** What the row's claim will count: a measure of the workspace, or a new one made with the claim. */
export type ReviewMeasure = { kind: 'measure'; measureId: string } | { kind: 'new'; label: string; unit: string };

export interface ReviewChoices {
  claimant: ReviewClaimant;
  measure: ReviewMeasure;
  period: { from: string; to: string } | null;
}

/** The suggestions as first made; a new claimant's kind is guessed from its name, its side is left to the user. */
export function initialChoices(suggestion: ClaimSuggestion): ReviewChoices {
  const { claimant, measure, period } = suggestion;
  return {
    claimant:
      claimant.choice.kind === 'source'
        ? { kind: 'source', sourceId: claimant.choice.sourceId }
        : { kind: 'new', name: claimant.choice.name, sourceKind: guessSourceKind(claimant.choice.name), alignment: '' },
    measure: measure.choice.kind === 'measure' ? { kind: 'measure', measureId: measure.choice.measureId } : { ...measure.choice },
    period: period ? { from: period.from, to: period.to } : null,
  };
}

export interface ReviewCell {
  text: string;
  /** Why it was suggested, or that the user chose it. */
  why: string;
  /** True when the claim would create this record. */
  isNew: boolean;
}

export interface ReviewRow {
  /** Stable for one figure of one text: its offsets. */
  key: string;
  figure: string;
  /** The figure read as an interval in the chosen measure's unit: "more than 900 raids". */
  reading: string;
  claimant: ReviewCell;
  measure: ReviewCell;
  period: ReviewCell;
  /** The suggested quote around the figure, split so the figure can be marked. */
  quote: { before: string; figure: string; after: string };
  /** Background figure (an age, a date of building): proposed as context, not as a count. */
  context: boolean;
  /** What the row still needs before it can be accepted, in words; empty when it is ready. */
  missing: string[];
  /** True when a claim of this article already quotes the figure. */
  claimed: boolean;
}

export interface ReviewRowInput {
  suggestion: ClaimSuggestion;
  choices: ReviewChoices;
  /** True when the user changed the cell, so its "why" says so rather than repeating the suggestion's reason. */
  edited: { claimant: boolean; measure: boolean; period: boolean };
  text: string;
  sources: ReadonlyMap<string, Source>;
  measures: ReadonlyMap<string, Measure>;
  /** The claims of this article. */
  claims: readonly Claim[];
  place: string;
}

const CHANGED = 'changed by you';

function claimantCell({ choices, suggestion, edited, sources }: ReviewRowInput): ReviewCell {
  const why = edited.claimant ? CHANGED : suggestion.claimant.why;
  const c = choices.claimant;
  if (c.kind === 'source') return { text: sources.get(c.sourceId)?.name ?? c.sourceId, why, isNew: false };
  const name = c.name.trim() === '' ? 'a new source' : `“${c.name.trim()}”`;
  const kind = c.sourceKind === '' ? '' : `, ${c.sourceKind}`;
  const side = c.alignment.trim() === '' ? '' : `, ${c.alignment.trim()}`;
  return { text: `New source: ${name}${kind}${side}`, why, isNew: true };
}

function measureCell({ choices, suggestion, edited, measures }: ReviewRowInput): ReviewCell {
  const why = edited.measure ? CHANGED : suggestion.measure.why;
  const m = choices.measure;
  if (m.kind === 'measure') return { text: measures.get(m.measureId)?.label ?? m.measureId, why, isNew: false };
  const label = m.label.trim() === '' ? 'a new measure' : `“${m.label.trim()}”`;
  return { text: `New measure: ${label}${m.unit.trim() === '' ? '' : ` (${m.unit.trim()})`}`, why, isNew: true };
}

function periodCell({ choices, suggestion, edited }: ReviewRowInput): ReviewCell {
  if (choices.period === null) {
    return { text: 'None given', why: edited.period ? CHANGED : 'no date in the figure’s sentence', isNew: false };
  }
  return { text: describePeriod(choices.period), why: edited.period ? CHANGED : (suggestion.period?.why ?? CHANGED), isNew: false };
}

function unitOf({ choices, measures }: ReviewRowInput): string {
  const m = choices.measure;
  return m.kind === 'measure' ? (measures.get(m.measureId)?.unit ?? '') : m.unit.trim();
}

/** What stops the row becoming a claim, in the words the table prints. */
function missingOf({ choices, measures, sources, place }: ReviewRowInput): string[] {
  const missing: string[] = [];
  const c = choices.claimant;
  if (c.kind === 'source' && !sources.has(c.sourceId)) missing.push('a claimant');
  if (c.kind === 'new') {
    if (c.name.trim() === '') missing.push('the new source’s name');
    if (c.sourceKind === '') missing.push('the new source’s kind');
    if (c.alignment.trim() === '') missing.push('the new source’s side');
  }
  const m = choices.measure;
  if (m.kind === 'measure' && !measures.has(m.measureId)) missing.push('a measure');
  if (m.kind === 'new') {
    if (m.label.trim() === '') missing.push('the new measure’s label');
    if (m.unit.trim() === '') missing.push('the new measure’s unit');
  }
  if (place.trim() === '') missing.push('a place');
  return missing;
}

/** One row of the review table. */
export function reviewRow(input: ReviewRowInput): ReviewRow {
  const { suggestion, text, claims } = input;
  const { candidate, quote } = suggestion;
  const [qs, qe] = quote.span;
  const perDay = candidate.per === 'day' ? ' a day' : '';
  return {
    key: `${candidate.start}-${candidate.end}`,
    figure: candidate.text,
    reading: `${formatInterval(candidate.value, unitOf(input))}${perDay}`,
    claimant: claimantCell(input),
    measure: measureCell(input),
    period: periodCell(input),
    quote: {
      before: text.slice(qs, candidate.start),
      figure: text.slice(candidate.start, candidate.end),
      after: text.slice(candidate.end, qe),
    },
    context: candidate.context,
    missing: missingOf(input),
    claimed: claims.some((c) => c.span[0] < candidate.end && c.span[1] > candidate.start),
  };
}

/** "Needs the new source’s kind and side." for the row's status line; '' when the row is ready. */
export function missingSentence(missing: readonly string[]): string {
  if (missing.length === 0) return '';
  const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}`;
  return `Needs ${list}.`;
}
