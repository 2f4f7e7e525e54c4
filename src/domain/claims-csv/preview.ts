// What the mapping preview shows: the columns and the field each fills, the first rows as they would be read, and the verdict
// (how many claims are ready, or which rows and fields stop the import). Checked with the bundle's own merge rules.
import { mergeContent, type BundleContent } from '../bundle';
import { NO_GRADES } from '../grades';
import { unguardCell } from '../csv';
import { formatCount } from '../quote-value';
import type { Claim } from '../schema';
import { formatDatasetError, type MoreErrors } from '../validate-dataset';
import { fieldLabel, mappingProblems, type ClaimCsvField, type CsvMapping } from './mapping';
import { delimiterName, type CsvError, type CsvTable } from './read-table';
import { csvRowsToClaims, fieldOfPath } from './to-claims';

/** Rows shown as they would be read. */
export const SAMPLE_ROWS = 3;
const CELL_MAX = 80;

export interface CsvColumnView {
  index: number;
  /** The header as written, or "column 3" for a blank one. */
  name: string;
  /** The first non-blank cell below it, cut short. */
  example: string;
  field: ClaimCsvField | null;
}

export interface CsvSampleRow {
  row: number;
  cells: { label: string; value: string }[];
}

export interface CsvImportPreview {
  /** "14 rows, separated by semicolons." */
  description: string;
  columns: CsvColumnView[];
  sample: CsvSampleRow[];
  mappingProblems: string[];
  errors: CsvError[];
  more?: MoreErrors;
  /** The claims to merge, when nothing stands in the way. */
  claims: Claim[] | null;
  /** How many of them replace a claim of the workspace with the same id. */
  replaced: number;
  /** The verdict in one line: "12 claims ready to import" or "1 row has problems: nothing will be imported". */
  summary: string;
}

function clip(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max)}…`;
}

const display = (cell: string | undefined) =>
  cell === undefined || cell.trim() === '' ? '(empty)' : clip(unguardCell(cell.trim()), CELL_MAX);

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** The preview of importing `table` with `mapping` into the open workspace `current`. */
export function previewCsvImport(table: CsvTable, mapping: CsvMapping, current: BundleContent): CsvImportPreview {
  const columns = table.headers.map((header, index) => ({
    index,
    name: header || `column ${index + 1}`,
    example: clip(unguardCell(table.rows.find((r) => (r.cells[index] ?? '').trim() !== '')?.cells[index]?.trim() ?? ''), 40),
    field: mapping[index] ?? null,
  }));
  const sample = table.rows.slice(0, SAMPLE_ROWS).map((r) => ({
    row: r.row,
    cells: mapping.flatMap((field, i) => (field === null ? [] : [{ label: fieldLabel(field), value: display(r.cells[i]) }])),
  }));
  const base = {
    description: `${plural(table.rows.length, 'row', 'rows')} below the header, separated by ${delimiterName(table.delimiter)}.`,
    columns,
    sample,
    replaced: 0,
  };
  const problems = mappingProblems(table.headers, mapping);
  if (problems.length > 0) {
    return {
      ...base,
      mappingProblems: problems,
      errors: [],
      claims: null,
      summary: 'Choose the columns below: nothing will be imported until every field a claim needs has one.',
    };
  }
  const refused = (errors: CsvError[], more?: MoreErrors): CsvImportPreview => {
    const rows = new Set(errors.flatMap((e) => (e.row === null ? [] : [e.row]))).size;
    const atLeast = more !== undefined && (more.atLeast > 0 || more.unchecked > 0);
    const summary =
      rows === 0
        ? 'The file has problems: nothing will be imported.'
        : `${atLeast ? 'At least ' : ''}${plural(rows, 'row has', 'rows have')} problems: nothing will be imported.`;
    return { ...base, mappingProblems: [], errors, ...(more && { more }), claims: null, summary };
  };
  const read = csvRowsToClaims(table, mapping, current);
  if (!read.ok) return refused(read.errors, read.more);

  // The same check a bundle merge runs, so what the preview accepts the merge accepts.
  const merged = mergeContent(current, claimsAsContent(read.claims), table.fileName);
  if (!merged.ok) {
    const errors = merged.errors.map((e): CsvError => {
      const row = e.file === 'claims.json' && e.recordId !== null ? read.rowOf.get(e.recordId) : undefined;
      if (row === undefined)
        return {
          file: table.fileName,
          row: null,
          field: '',
          message: `the open workspace would not hold together: ${formatDatasetError(e)}`,
        };
      const field = fieldOfPath(e.field);
      return { file: table.fileName, row, field: field === null ? e.field : fieldLabel(field), message: e.message };
    });
    return refused(errors, merged.more);
  }
  const existing = new Set(current.dataset.claims.map((c) => c.id));
  const replaced = read.claims.filter((c) => existing.has(c.id)).length;
  const ready = `${plural(read.claims.length, 'claim', 'claims')} ready to import`;
  const summary = replaced === 0 ? `${ready}.` : `${ready} (${plural(replaced, 'replaces a claim', 'replace claims')} with the same id).`;
  return { ...base, mappingProblems: [], errors: [], claims: read.claims, replaced, summary };
}

/** The claims as content to merge into a workspace: nothing else travels with them. */
export function claimsAsContent(claims: readonly Claim[]): BundleContent {
  return { dataset: { articles: [], sources: [], measures: [], claims: [...claims] }, texts: new Map(), grades: NO_GRADES };
}
