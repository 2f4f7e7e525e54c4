// Which CSV column fills which claim field: proposed from the headers, so the app's own claims exports map with no help.

/** The claim fields a CSV column can fill, in the order the mapping preview lists them. */
export const CLAIM_CSV_FIELDS = [
  { key: 'id', label: 'claim id', aliases: ['claim id', 'id'] },
  { key: 'article', label: 'article', aliases: ['article', 'article id', 'article title'] },
  { key: 'quote', label: 'quote', aliases: ['quote', 'quotation'] },
  { key: 'spanStart', label: 'span start', aliases: ['span start', 'quote start'] },
  { key: 'spanEnd', label: 'span end', aliases: ['span end', 'quote end'] },
  { key: 'claimant', label: 'claimant', aliases: ['claimant', 'claimant id', 'claimant name'] },
  { key: 'outlet', label: 'outlet', aliases: ['outlet', 'outlet id', 'outlet name'] },
  { key: 'via', label: 'via', aliases: ['via'] },
  { key: 'measure', label: 'measure', aliases: ['measure', 'measure id', 'measure label'] },
  { key: 'asWritten', label: 'as written', aliases: ['as written', 'value as written', 'figure as written'] },
  { key: 'low', label: 'low', aliases: ['low', 'value low'] },
  { key: 'high', label: 'high', aliases: ['high', 'value high'] },
  { key: 'lowInclusive', label: 'low inclusive', aliases: ['low inclusive', 'value low inclusive'] },
  { key: 'highInclusive', label: 'high inclusive', aliases: ['high inclusive', 'value high inclusive'] },
  { key: 'approximate', label: 'approximate', aliases: ['approximate', 'value approximate'] },
  { key: 'interpretation', label: 'interpretation', aliases: ['interpretation', 'interpretation reading'] },
  { key: 'interpretationRule', label: 'interpretation rule', aliases: ['interpretation rule'] },
  { key: 'per', label: 'per', aliases: ['per'] },
  { key: 'statedOn', label: 'stated on', aliases: ['stated on'] },
  { key: 'statedOnInferred', label: 'stated on inferred', aliases: ['stated on inferred'] },
  { key: 'statedOnEvidence', label: 'stated on evidence', aliases: ['stated on evidence'] },
  { key: 'periodFrom', label: 'period from', aliases: ['period from'] },
  { key: 'periodTo', label: 'period to', aliases: ['period to'] },
  { key: 'periodApproximate', label: 'period approximate', aliases: ['period approximate'] },
  { key: 'periodEvidence', label: 'period evidence', aliases: ['period evidence'] },
  { key: 'place', label: 'place', aliases: ['place'] },
  { key: 'context', label: 'context', aliases: ['context'] },
  { key: 'notes', label: 'notes', aliases: ['notes', 'note'] },
  { key: 'caveats', label: 'caveats', aliases: ['caveats'] },
] as const;

export type ClaimCsvField = (typeof CLAIM_CSV_FIELDS)[number]['key'];

/** Fields every claim needs a column for; the rest have a default (the outlet is the article's, the context the measure's). */
export const REQUIRED_CSV_FIELDS: readonly ClaimCsvField[] = ['article', 'quote', 'claimant', 'measure', 'asWritten', 'place'];

/** Per CSV column, the field it fills, or null to ignore it. */
export type CsvMapping = (ClaimCsvField | null)[];

const LABELS = new Map<ClaimCsvField, string>(CLAIM_CSV_FIELDS.map((f) => [f.key, f.label]));

export function fieldLabel(field: ClaimCsvField): string {
  return LABELS.get(field) ?? field;
}

/** A header as compared with the aliases: "Value_Low " and "value-low" both read "value low". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

const BY_ALIAS = new Map<string, ClaimCsvField>(CLAIM_CSV_FIELDS.flatMap((f) => f.aliases.map((a) => [a, f.key] as const)));

/** Maps each header that names a field to it; the first column naming a field wins, later ones and unknown headers are ignored. */
export function proposeMapping(headers: readonly string[]): CsvMapping {
  const taken = new Set<ClaimCsvField>();
  return headers.map((h) => {
    const field = BY_ALIAS.get(normaliseHeader(h));
    if (field === undefined || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** What is wrong with a mapping, in words: a required field no column fills, or a field two columns fill. */
export function mappingProblems(headers: readonly string[], mapping: CsvMapping): string[] {
  const problems: string[] = [];
  const columnsOf = new Map<ClaimCsvField, string[]>();
  mapping.forEach((field, i) => {
    if (field !== null) columnsOf.set(field, [...(columnsOf.get(field) ?? []), headers[i] || `column ${i + 1}`]);
  });
  for (const field of REQUIRED_CSV_FIELDS) {
    if (!columnsOf.has(field)) problems.push(`No column fills “${fieldLabel(field)}”, which every claim needs: choose one.`);
  }
  if (!columnsOf.has('low') && !columnsOf.has('high') && !columnsOf.has('interpretation') && !columnsOf.has('interpretationRule')) {
    problems.push('No column fills “low” or “high”: every figure needs at least one bound (or an interpretation of a vague word).');
  }
  for (const [field, columns] of columnsOf) {
    if (columns.length > 1) {
      const both = columns.length === 2;
      problems.push(
        `Columns ${columns.map((c) => `“${c}”`).join(' and ')} ${both ? 'both' : 'all'} fill “${fieldLabel(field)}”: set ${both ? 'one of them' : 'all but one'} to “ignore”.`,
      );
    }
  }
  return problems;
}
