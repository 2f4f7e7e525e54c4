// Rows of a claims CSV, mapped to fields, into Claim records: every cell read strictly, every name resolved against the open
// workspace, every quote found word for word in its article. One bad cell refuses the file; the errors name row and field.
import type { BundleContent } from '../bundle';
import { unguardCell } from '../csv';
import { describeReading, findRule, INTERPRETATION_RULES, type InterpretationRule } from '../interpretation-rules';
import { quoteValue } from '../quote-value';
import { claimSchema, isoDate, type Claim, type ClaimValue } from '../schema';
import { ErrorList } from '../validate-dataset';
import { fieldLabel, type ClaimCsvField, type CsvMapping } from './mapping';
import { csvRefusal, type CsvError, type CsvRefusal, type CsvRow, type CsvTable } from './read-table';

export type CsvClaimsResult =
  { ok: true; claims: Claim[]; /** The row each claim came from, by claim id. */ rowOf: Map<string, number> } | CsvRefusal;

/** A cell that could not be read: the message says what was expected. */
class CellError extends Error {}

const normaliseName = (s: string) => s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/** Finds a record by its id, or else by its name when exactly one record has that name. */
function resolver<T extends { id: string }>(records: readonly T[], nameOf: (t: T) => string, noun: string, nameWord: string) {
  const byId = new Map(records.map((r) => [r.id, r]));
  const byName = new Map<string, T[]>();
  for (const r of records) {
    const key = normaliseName(nameOf(r));
    byName.set(key, [...(byName.get(key) ?? []), r]);
  }
  return (cell: string): T => {
    const value = cell.trim();
    const found = byId.get(value);
    if (found) return found;
    const named = byName.get(normaliseName(value)) ?? [];
    if (named.length === 1 && named[0]) return named[0];
    if (named.length > 1) {
      const ids = named.slice(0, 5).map((r) => r.id);
      throw new CellError(`${quoteValue(value)} is the ${nameWord} of ${named.length} ${noun}s (${ids.join(', ')}): write the id instead`);
    }
    throw new CellError(
      `there is no ${noun} ${quoteValue(value)} in the open workspace (looked up by id and by ${nameWord}): add it first, or correct the cell`,
    );
  };
}

const NUMBER = /^[-+]?(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?$/;

function readNumber(cell: string, decimalComma: boolean): number {
  const value = unguardCell(cell.trim());
  const text = decimalComma && /^[-+]?\d+,\d+$/.test(value) ? value.replace(',', '.') : value;
  if (NUMBER.test(text)) return Number(text);
  const hint = /\d[,.' ]\d{3}\b/.test(value) ? ' (write it without thousands separators)' : '';
  throw new CellError(`expected a number such as 900 or 12.5, not ${quoteValue(value)}${hint}`);
}

function readInteger(cell: string): number {
  const value = cell.trim();
  if (/^\d{1,15}$/.test(value)) return Number(value);
  throw new CellError(`expected a whole number of characters from the start of the article's text, not ${quoteValue(value)}`);
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0']);

function readBoolean(cell: string): boolean {
  const value = cell.trim().toLowerCase();
  if (TRUE_WORDS.has(value)) return true;
  if (FALSE_WORDS.has(value)) return false;
  throw new CellError(`expected true or false (or yes or no), not ${quoteValue(cell.trim())}`);
}

function readDate(cell: string): string {
  const value = cell.trim();
  const parsed = isoDate.safeParse(value);
  if (parsed.success) return parsed.data;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new CellError(`${quoteValue(value)} is not a real calendar date`);
  throw new CellError(
    `expected a date written year-month-day, such as 2016-03-22, not ${quoteValue(value)} (a spreadsheet may have reformatted it: format the column as text)`,
  );
}

function readVia(cell: string): string[] {
  const value = unguardCell(cell.trim());
  if (value.startsWith('[')) {
    let list: unknown;
    try {
      list = JSON.parse(value);
    } catch {
      throw new CellError(`expected a list of sources separated by “;”, or a JSON list of source ids, not ${quoteValue(value)}`);
    }
    if (!Array.isArray(list) || !list.every((v) => typeof v === 'string')) throw new CellError('expected a JSON list of source ids');
    return list;
  }
  return value
    .split(';')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** The rule whose reading template gives `reading`: by the word it quotes when several templates read alike. */
function ruleOfReading(reading: string): InterpretationRule {
  const matches = INTERPRETATION_RULES.flatMap((rule) => {
    const [before = '', after = ''] = rule.reading.split('{word}');
    if (!reading.startsWith(before) || !reading.endsWith(after) || reading.length < before.length + after.length) return [];
    const word = reading.slice(before.length, reading.length - after.length).toLowerCase();
    return [{ rule, exact: rule.words.includes(word) }];
  });
  const exact = matches.filter((m) => m.exact);
  const pick = exact.length === 1 ? exact[0] : matches.length === 1 ? matches[0] : undefined;
  if (pick) return pick.rule;
  if (matches.length > 1) {
    throw new CellError(
      `${quoteValue(reading)} fits the rules ${matches.map((m) => m.rule.id).join(', ')}: add an “interpretation rule” column naming one`,
    );
  }
  throw new CellError(`${quoteValue(reading)} is not the reading of any interpretation rule the app knows`);
}

/** Every place `quote` starts in `text`, up to `max`. */
function occurrences(text: string, quote: string, max = 10): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(quote); i >= 0 && at.length < max; i = text.indexOf(quote, i + 1)) at.push(i);
  return at;
}

/** Maps a path of the claim schema to the CSV field a journalist would fix. */
export function fieldOfPath(path: string): ClaimCsvField | null {
  const direct: Record<string, ClaimCsvField> = {
    id: 'id',
    articleId: 'article',
    quote: 'quote',
    span: 'spanStart',
    'span.0': 'spanStart',
    'span.1': 'spanEnd',
    claimantId: 'claimant',
    outletId: 'outlet',
    measureId: 'measure',
    'value.low': 'low',
    'value.high': 'high',
    'value.asWritten': 'asWritten',
    'value.lowInclusive': 'lowInclusive',
    'value.highInclusive': 'highInclusive',
    'value.approximate': 'approximate',
    'value.interpretation.rule': 'interpretationRule',
    'value.interpretation.reading': 'interpretation',
    'period.from': 'periodFrom',
    'period.to': 'periodTo',
    'period.evidence': 'periodEvidence',
    per: 'per',
    statedOn: 'statedOn',
    statedOnEvidence: 'statedOnEvidence',
    place: 'place',
    context: 'context',
    notes: 'notes',
  };
  if (direct[path]) return direct[path];
  if (path.startsWith('via')) return 'via';
  if (path.startsWith('caveats')) return 'caveats';
  if (path === 'value') return 'low';
  return null;
}

interface Context {
  table: CsvTable;
  columnOf: Map<ClaimCsvField, number>;
  current: BundleContent;
  articles: ReturnType<typeof resolver<BundleContent['dataset']['articles'][number]>>;
  sources: ReturnType<typeof resolver<BundleContent['dataset']['sources'][number]>>;
  measures: ReturnType<typeof resolver<BundleContent['dataset']['measures'][number]>>;
  decimalComma: boolean;
}

/** Builds one claim; each cell that cannot be read adds an error and the row gives no claim. */
function rowToClaim(ctx: Context, row: CsvRow, fallbackId: string, errors: ErrorList<CsvError>): Claim | null {
  const found: { column: number; error: CsvError }[] = [];
  const claim = readRow(ctx, row, fallbackId, (column, error) => found.push({ column, error }));
  // In the order of the columns, as the user reads the row.
  for (const { error } of found.sort((a, b) => a.column - b.column)) errors.push(error);
  return found.length === 0 ? claim : null;
}

function readRow(
  ctx: Context,
  { row, cells }: CsvRow,
  fallbackId: string,
  report: (column: number, error: CsvError) => void,
): Claim | null {
  const { table, columnOf } = ctx;
  let count = 0;
  const fail = (field: ClaimCsvField | '', message: string) => {
    const column = field === '' ? undefined : columnOf.get(field);
    const header = column === undefined ? undefined : table.headers[column];
    count++;
    report(column ?? -1, {
      file: table.fileName,
      row,
      field: field === '' ? '' : fieldLabel(field),
      ...(header !== undefined && { column: header || `column ${(column ?? 0) + 1}` }),
      message,
    });
  };
  /** The cell of a field, or undefined when the field has no column or the cell is blank. */
  const raw = (field: ClaimCsvField): string | undefined => {
    const i = columnOf.get(field);
    const cell = i === undefined ? undefined : cells[i];
    return cell === undefined || cell.trim() === '' ? undefined : cell;
  };
  const text = (field: ClaimCsvField): string | undefined => {
    const cell = raw(field);
    return cell === undefined ? undefined : unguardCell(cell.trim());
  };
  function read<T>(field: ClaimCsvField, reader: (cell: string) => T): T | undefined;
  function read<T>(field: ClaimCsvField, reader: (cell: string) => T, fallback: T): T;
  function read<T>(field: ClaimCsvField, reader: (cell: string) => T, fallback?: T): T | undefined {
    const cell = raw(field);
    if (cell === undefined) return fallback;
    try {
      return reader(cell);
    } catch (e) {
      if (!(e instanceof CellError)) throw e;
      fail(field, e.message);
      return fallback;
    }
  }
  const required = (field: ClaimCsvField, what: string): void => {
    if (raw(field) === undefined) fail(field, `is empty: every claim needs ${what}`);
  };

  required('article', 'the article that reports it');
  required('quote', 'the words of the article that carry the figure');
  required('claimant', 'who gave the figure');
  required('measure', 'what the figure counts');
  required('asWritten', 'the figure as the article writes it');
  required('place', 'the place the figure is about');

  const article = read('article', ctx.articles);
  const claimant = read('claimant', ctx.sources);
  const outlet = read('outlet', ctx.sources) ?? (article ? ctx.current.dataset.sources.find((s) => s.id === article.outlet) : undefined);
  const via = (read('via', readVia) ?? []).flatMap((name) => {
    try {
      return [ctx.sources(name).id];
    } catch (e) {
      if (!(e instanceof CellError)) throw e;
      fail('via', e.message);
      return [];
    }
  });
  const measure = read('measure', ctx.measures);

  // The span: both ends or neither; without one, the quote is found in the article's text.
  const spanStart = read('spanStart', readInteger);
  const spanEnd = read('spanEnd', readInteger);
  if ((raw('spanStart') === undefined) !== (raw('spanEnd') === undefined)) {
    fail(raw('spanStart') === undefined ? 'spanStart' : 'spanEnd', 'give both span start and span end, or neither');
  }
  const quoteCell = raw('quote');
  let quote: string | undefined;
  let span: [number, number] | undefined;
  const articleText = article ? ctx.current.texts.get(article.file) : undefined;
  if (article && articleText === undefined) fail('article', `the text of article ${quoteValue(article.id)} is missing from the workspace`);
  if (quoteCell !== undefined && articleText !== undefined && article) {
    // A cell may carry the guard apostrophe of an export, or spaces a spreadsheet added: the first form found in the text wins.
    const forms = [...new Set([unguardCell(quoteCell), quoteCell, unguardCell(quoteCell.trim())])];
    if (spanStart !== undefined && spanEnd !== undefined) {
      const atSpan = articleText.slice(spanStart, spanEnd);
      quote = forms.find((f) => f === atSpan);
      if (quote !== undefined) span = [spanStart, spanEnd];
      else {
        const found = forms.map((f) => ({ f, at: articleText.indexOf(f) })).find((x) => x.at >= 0);
        const hint = found
          ? `; it occurs at ${found.at}–${found.at + found.f.length}`
          : '; the quote is not in the text word for word either';
        fail('spanStart', `the text of article ${quoteValue(article.id)} at ${spanStart}–${spanEnd} is not this quote${hint}`);
      }
    } else {
      const hits = forms.map((f) => ({ f, at: occurrences(articleText, f) })).find((x) => x.at.length > 0);
      if (!hits) {
        fail('quote', `${quoteValue(unguardCell(quoteCell))} is not in the text of article ${quoteValue(article.id)} word for word`);
      } else if (hits.at.length > 1) {
        const more = hits.at.length >= 10 ? '10 or more' : String(hits.at.length);
        fail(
          'quote',
          `occurs ${more} times in the text of article ${quoteValue(article.id)} (at ${hits.at.slice(0, 3).join(', ')}${hits.at.length > 3 ? ', …' : ''}): add span start and span end to say which`,
        );
      } else {
        quote = hits.f;
        span = [hits.at[0] ?? 0, (hits.at[0] ?? 0) + hits.f.length];
      }
    }
  }

  const asWritten = text('asWritten') ?? '';
  const ruleCell = text('interpretationRule');
  const readingCell = text('interpretation');
  let rule: InterpretationRule | undefined;
  if (ruleCell !== undefined) {
    rule = findRule(ruleCell);
    if (!rule) fail('interpretationRule', `there is no interpretation rule ${quoteValue(ruleCell)}`);
  } else if (readingCell !== undefined) {
    rule = read('interpretation', (cell) => ruleOfReading(unguardCell(cell.trim())));
  }
  const lowCell = raw('low');
  const highCell = raw('high');
  // A vague word's bounds are its rule's, so a row may leave them blank.
  const fromRule = rule !== undefined && lowCell === undefined && highCell === undefined ? rule : undefined;
  const low = fromRule ? fromRule.low : (read('low', (c) => readNumber(c, ctx.decimalComma)) ?? null);
  const high = fromRule ? fromRule.high : (read('high', (c) => readNumber(c, ctx.decimalComma)) ?? null);
  if (rule === undefined && ruleCell === undefined && readingCell === undefined && lowCell === undefined && highCell === undefined)
    fail('low', 'low and high are both empty: a figure needs at least one bound');
  const word = rule?.words.find((w) => asWritten.toLowerCase().includes(w)) ?? asWritten;
  const value: ClaimValue = {
    low,
    high,
    lowInclusive: fromRule ? fromRule.lowInclusive : read('lowInclusive', readBoolean, low !== null),
    highInclusive: fromRule ? fromRule.highInclusive : read('highInclusive', readBoolean, high !== null),
    approximate: read('approximate', readBoolean, false),
    asWritten,
    interpretation: rule ? { rule: rule.id, reading: readingCell ?? describeReading(rule.id, word) ?? '' } : null,
  };

  const periodFrom = read('periodFrom', readDate);
  const periodTo = read('periodTo', readDate);
  if ((raw('periodFrom') === undefined) !== (raw('periodTo') === undefined)) {
    fail(raw('periodFrom') === undefined ? 'periodFrom' : 'periodTo', 'give both period from and period to, or neither');
  }
  const per = read('per', (cell) => {
    if (cell.trim().toLowerCase() === 'day') return 'day' as const;
    throw new CellError(`expected “day” for a figure per day, or nothing, not ${quoteValue(cell.trim())}`);
  });
  const caveats = read('caveats', (cell) => {
    try {
      return JSON.parse(unguardCell(cell.trim())) as unknown;
    } catch {
      throw new CellError('expected a JSON list of caveats, each with a kind and a note');
    }
  });

  const period =
    periodFrom !== undefined && periodTo !== undefined
      ? {
          from: periodFrom,
          to: periodTo,
          approximate: read('periodApproximate', readBoolean, false),
          evidence: text('periodEvidence') ?? '',
        }
      : null;
  const statedOn = read('statedOn', readDate) ?? null;
  const statedOnInferred = read('statedOnInferred', readBoolean, false);
  const context = read('context', readBoolean, measure?.context ?? false);
  // Every cell is read before giving up on the row, so one pass names all its problems.
  if (count > 0) return null;
  const candidate = {
    id: text('id') ?? fallbackId,
    articleId: article?.id,
    quote,
    span,
    claimantId: claimant?.id,
    outletId: outlet?.id ?? article?.outlet,
    via,
    measureId: measure?.id,
    value,
    period,
    per: per ?? null,
    statedOn,
    statedOnInferred,
    statedOnEvidence: text('statedOnEvidence') ?? '',
    place: text('place'),
    context,
    notes: text('notes') ?? '',
    ...(caveats !== undefined && { caveats }),
  };
  const parsed = claimSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    const field = fieldOfPath(path);
    fail(field ?? '', field === null ? `${path}: ${issue.message}` : issue.message);
  }
  return null;
}

/**
 * Turns the rows into claims against the open workspace's records and texts. Ids left blank are made from the row number
 * ("csv-row-2", with a suffix if the workspace holds it already). Stops at the error cap and counts the rows left unchecked.
 */
export function csvRowsToClaims(table: CsvTable, mapping: CsvMapping, current: BundleContent): CsvClaimsResult {
  const columnOf = new Map<ClaimCsvField, number>();
  mapping.forEach((field, i) => {
    if (field !== null && !columnOf.has(field)) columnOf.set(field, i);
  });
  const { dataset } = current;
  const ctx: Context = {
    table,
    columnOf,
    current,
    articles: resolver(dataset.articles, (a) => a.title, 'article', 'title'),
    sources: resolver(dataset.sources, (s) => s.name, 'source', 'name'),
    measures: resolver(dataset.measures, (m) => m.label, 'measure', 'label'),
    // "12,5" is a decimal only where commas cannot separate cells.
    decimalComma: table.delimiter !== ',',
  };
  const taken = new Set(dataset.claims.map((c) => c.id));
  const errors = new ErrorList<CsvError>();
  const claims: Claim[] = [];
  const rowOf = new Map<string, number>();
  for (const [i, row] of table.rows.entries()) {
    if (errors.full) {
      errors.unchecked += table.rows.length - i;
      break;
    }
    let fallback = `csv-row-${row.row}`;
    for (let n = 2; taken.has(fallback); n++) fallback = `csv-row-${row.row}-${n}`;
    const claim = rowToClaim(ctx, row, fallback, errors);
    if (!claim) continue;
    const earlier = rowOf.get(claim.id);
    if (earlier !== undefined) {
      const header = table.headers[columnOf.get('id') ?? -1];
      errors.push({
        file: table.fileName,
        row: row.row,
        field: 'claim id',
        ...(header !== undefined && { column: header }),
        message: `${quoteValue(claim.id)} is also the id on row ${earlier}: each claim needs its own`,
      });
      continue;
    }
    rowOf.set(claim.id, row.row);
    claims.push(claim);
  }
  if (errors.length > 0) return csvRefusal(errors);
  return { ok: true, claims, rowOf };
}
