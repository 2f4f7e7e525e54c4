// Reading a claims CSV an analyst picked: the header row and the rows below it, numbered as a spreadsheet numbers them.
import { parse } from 'papaparse';
import { BOM, unguardCell } from '../csv';
import { clipMessage, formatCount } from '../quote-value';
import { LIMITS } from '../schema';
import { ErrorList, type MoreErrors } from '../validate-dataset';

/** A problem with a CSV file, named by file, row (the header is row 1) and claim field, as a spreadsheet user finds it. */
export interface CsvError {
  file: string;
  /** The spreadsheet's row number (header = 1); null for the file as a whole. */
  row: number | null;
  /** The claim field in words ("quote", "span start"); "" for the row or file as a whole. */
  field: string;
  /** The CSV column's header as written, when it differs from the field's name. */
  column?: string;
  message: string;
}

/** "claims.csv › row 3 › quote: …", with the column in brackets when its header is not the field's name. */
export function formatCsvError(e: CsvError): string {
  const parts = [e.file];
  if (e.row !== null) parts.push(`row ${e.row}`);
  if (e.field !== '') parts.push(e.column !== undefined && e.column !== e.field ? `${e.field} (column “${e.column}”)` : e.field);
  return `${parts.join(' › ')}: ${e.message}`;
}

export interface CsvRow {
  /** Row number as the spreadsheet shows it: the header is row 1. */
  row: number;
  cells: string[];
}

export interface CsvTable {
  fileName: string;
  headers: string[];
  rows: CsvRow[];
  delimiter: string;
}

export type CsvRefusal = { ok: false; errors: CsvError[]; more?: MoreErrors };
export type CsvTableResult = { ok: true; table: CsvTable } | CsvRefusal;

/** A failed result from a capped error list, with the count past the cap. */
export function csvRefusal(errors: ErrorList<CsvError>): CsvRefusal {
  const more = errors.more();
  return more ? { ok: false, errors: errors.errors, more } : { ok: false, errors: errors.errors };
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' };

export function delimiterName(delimiter: string): string {
  return DELIMITER_NAMES[delimiter] ?? `“${delimiter}”`;
}

/**
 * Splits the text into a header and rows. Commas, semicolons (as spreadsheets in many European locales write) and tabs are
 * recognised; a byte order mark is dropped; blank lines are skipped but still counted, so row numbers match the spreadsheet.
 * Parsing stops past the record limit, so a huge file is refused without being read to its end.
 */
export function readCsvTable(text: string, fileName: string): CsvTableResult {
  const refuse = (message: string, row: number | null = null): CsvTableResult => ({
    ok: false,
    errors: [{ file: fileName, row, field: '', message }],
  });
  const body = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  if (body.trim() === '') return refuse('the file is empty: expected a header row naming the columns, then one row per claim');
  const parsed = parse<string[]>(body, {
    delimitersToGuess: [',', ';', '\t'],
    // The header plus one row past the limit is enough to know the file is too long.
    preview: LIMITS.records + 2,
  });
  const delimiter = parsed.meta.delimiter;
  // An undetectable delimiter only means one column; that is reported below as a missing mapping, not here.
  const broken = parsed.errors.filter((e) => e.type === 'Quotes');
  if (broken.length > 0) {
    const errors = broken.slice(0, 5).map((e) => ({
      file: fileName,
      row: e.row === undefined ? null : e.row + 1,
      field: '',
      message: `a quoted cell is not closed or has stray quote marks (${clipMessage(e.message, 120)}); check that every " inside a cell is doubled ("")`,
    }));
    return { ok: false, errors };
  }
  const [header = [], ...data] = parsed.data;
  if (data.length > LIMITS.records) {
    return refuse(`the file has more than ${formatCount(LIMITS.records)} rows, the limit; nothing was read`);
  }
  const headers = header.map((h) => unguardCell(h.trim()));
  if (headers.every((h) => h === '')) return refuse('the first row is empty: expected a header row naming the columns', 1);
  const rows: CsvRow[] = [];
  const errors = new ErrorList<CsvError>();
  data.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.length !== headers.length) {
      errors.push({
        file: fileName,
        row,
        field: '',
        message: `this row has ${cells.length} ${cells.length === 1 ? 'cell' : 'cells'} but the header has ${headers.length} columns (the file is separated by ${delimiterName(delimiter)}); a cell may hold an unquoted ${delimiter === '\t' ? 'tab' : `“${delimiter}”`}`,
      });
    }
    rows.push({ row, cells });
  });
  if (errors.length > 0) return csvRefusal(errors);
  if (rows.length === 0) return refuse('the file has a header row but no claims below it');
  return { ok: true, table: { fileName, headers, rows, delimiter } };
}

/** "… and at least 3 more problems: checking stopped after the first 100 (49 rows were not checked)." */
export function describeMoreCsvErrors(more: MoreErrors, shown: number): string {
  const count = more.atLeast === 1 ? 'at least 1 more problem' : `at least ${formatCount(more.atLeast)} more problems`;
  const unchecked =
    more.unchecked > 0 ? ` (${formatCount(more.unchecked)} ${more.unchecked === 1 ? 'row was' : 'rows were'} not checked)` : '';
  return `… and ${count}: checking stopped after the first ${formatCount(shown)}${unchecked}.`;
}
