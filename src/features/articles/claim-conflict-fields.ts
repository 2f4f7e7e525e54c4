// The claim's fields as the conflict view compares them: which fields go together, what each is called, and how a
// value reads. Pure, so the side-by-side view only renders.
import { formatInterval } from '../../domain/format';
import { sourceName } from '../../domain/lookups';
import { diffRecord, mergeRecord, type FieldDiff, type FieldGroup, type MergePick } from '../../domain/record-merge';
import type { Claim, Measure, Source } from '../../domain/schema';

type ClaimFieldKey =
  | 'ids'
  | 'quote'
  | 'value'
  | 'per'
  | 'claimantId'
  | 'outletId'
  | 'via'
  | 'measureId'
  | 'period'
  | 'statedOn'
  | 'place'
  | 'context'
  | 'notes';

/** The claim's fields in the groups that change together (a quote and its offsets, a day and its evidence). */
const CLAIM_FIELD_GROUPS: readonly FieldGroup<ClaimFieldKey>[] = [
  { key: 'ids', fields: ['id', 'articleId'] },
  { key: 'quote', fields: ['quote', 'span'] },
  { key: 'value', fields: ['value'] },
  { key: 'per', fields: ['per'] },
  { key: 'claimantId', fields: ['claimantId'] },
  { key: 'outletId', fields: ['outletId'] },
  { key: 'via', fields: ['via'] },
  { key: 'measureId', fields: ['measureId'] },
  { key: 'period', fields: ['period'] },
  { key: 'statedOn', fields: ['statedOn', 'statedOnInferred', 'statedOnEvidence'] },
  { key: 'place', fields: ['place'] },
  { key: 'context', fields: ['context'] },
  { key: 'notes', fields: ['notes'] },
];

const LABELS: Record<ClaimFieldKey, string> = {
  ids: 'Record',
  quote: 'Quote',
  value: 'Figure',
  per: 'Rate',
  claimantId: 'Claimant',
  outletId: 'Outlet',
  via: 'Intermediaries',
  measureId: 'Measure',
  period: 'Period',
  statedOn: 'Stated on',
  place: 'Place',
  context: 'Background figure',
  notes: 'Notes',
};

/** Names of the sources and measures a claim may point at, the user's new ones included. */
export interface ClaimNames {
  sources: ReadonlyMap<string, Source>;
  measures: ReadonlyMap<string, Measure>;
}

export interface ClaimFieldRow {
  key: ClaimFieldKey;
  label: string;
  mine: string;
  stored: string;
  diff: FieldDiff;
}

function describe(key: ClaimFieldKey, claim: Claim, names: ClaimNames): string {
  const source = (id: string) => sourceName(names.sources, id);
  switch (key) {
    case 'ids':
      return claim.id;
    case 'quote':
      return `“${claim.quote}” (characters ${claim.span[0].toLocaleString('en-GB')} to ${claim.span[1].toLocaleString('en-GB')})`;
    case 'value': {
      const reading = formatInterval(claim.value, names.measures.get(claim.measureId)?.unit ?? '');
      return `${claim.value.asWritten}: ${reading}${claim.value.interpretation ? ` (${claim.value.interpretation.reading})` : ''}`;
    }
    case 'per':
      return claim.per === 'day' ? 'Per day' : 'A total';
    case 'claimantId':
      return source(claim.claimantId);
    case 'outletId':
      return source(claim.outletId);
    case 'via':
      return claim.via.length === 0 ? 'None' : claim.via.map(source).join(', ');
    case 'measureId':
      return names.measures.get(claim.measureId)?.label ?? claim.measureId;
    case 'period': {
      const p = claim.period;
      if (p === null) return 'Not given';
      return `${p.from} to ${p.to}${p.approximate ? ', approximate' : ''}${p.evidence ? ` (“${p.evidence}”)` : ''}`;
    }
    case 'statedOn':
      if (claim.statedOn === null) return 'Not given';
      return `${claim.statedOn}${claim.statedOnInferred ? ', worked out from the text' : ''}${claim.statedOnEvidence ? ` (“${claim.statedOnEvidence}”)` : ''}`;
    case 'place':
      return claim.place;
    case 'context':
      return claim.context ? 'Yes: shown, never ranked as contested' : 'No';
    case 'notes':
      return claim.notes === '' ? 'None' : claim.notes;
  }
}

/** The rows of the side-by-side view: every field the user can read, with what differs and the merge's starting pick. */
export function claimFieldRows(base: Claim | null, mine: Claim, stored: Claim, names: ClaimNames): ClaimFieldRow[] {
  const diffs = new Map(diffRecord(base, mine, stored, CLAIM_FIELD_GROUPS).map((d) => [d.key, d]));
  return CLAIM_FIELD_GROUPS.filter((g) => g.key !== 'ids').flatMap(({ key }) => {
    const diff = diffs.get(key);
    return diff ? [{ key, label: LABELS[key], mine: describe(key, mine, names), stored: describe(key, stored, names), diff }] : [];
  });
}

/** The claim with each field from the side picked for it. */
export function mergeClaims(mine: Claim, stored: Claim, picks: Readonly<Partial<Record<string, MergePick>>>): Claim {
  return mergeRecord(mine, stored, CLAIM_FIELD_GROUPS, picks);
}

/** The new sources and measures the user's form made that the claim to be saved still points at. */
export function recordsStillUsed(
  claim: Claim,
  sources: readonly Source[],
  measures: readonly Measure[],
): { sources: Source[]; measures: Measure[] } {
  const used = new Set([claim.claimantId, claim.outletId, ...claim.via]);
  return { sources: sources.filter((s) => used.has(s.id)), measures: measures.filter((m) => m.id === claim.measureId) };
}
