// Claims as CSV for spreadsheets. Quotes come from news articles, so every cell is treated as hostile to a spreadsheet.
import { unparse } from 'papaparse';
import { indexDataset, sourceName } from './lookups';
import type { Claim, Dataset } from './schema';

/**
 * Cells a spreadsheet would run as a formula get a leading apostrophe. Stricter than papaparse's default:
 * it also catches leading (non-breaking) whitespace and a formula on any line of a multi-line cell.
 */
const FORMULA_PATTERN = /^[\s\u00a0]*[=+\-@\t\r]/m;

/** Zero-width characters a spreadsheet ignores, so "=" behind one still starts a formula. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * The cell as a spreadsheet may read it: NFKC turns full-width "＝" and "＋" into "=" and "+", and zero-width characters are
 * dropped. Only the check sees this form; the cell itself is written as it was.
 */
export function looksLikeFormula(cell: string): boolean {
  return FORMULA_PATTERN.test(cell.normalize('NFKC').replace(ZERO_WIDTH, ''));
}

/** A RegExp (papaparse only takes one) whose test() checks the normalised cell. */
class FormulaGuard extends RegExp {
  constructor(private readonly check: (cell: string) => boolean = looksLikeFormula) {
    super(FORMULA_PATTERN.source, FORMULA_PATTERN.flags);
  }
  override test(cell: string): boolean {
    return this.check(cell);
  }
}

/**
 * The guard for files that are read back: a cell gets an apostrophe when it looks like a formula, or when it already
 * starts with apostrophes in front of one, so `unguardCell` can tell the guard's apostrophe from the writer's own.
 */
export function needsReversibleGuard(cell: string): boolean {
  return looksLikeFormula(cell) || (cell.startsWith("'") && needsReversibleGuard(cell.slice(1)));
}

/** The papaparse `escapeFormulae` option that checks cells with `looksLikeFormula`. */
export function formulaGuard(): RegExp {
  return new FormulaGuard();
}

/** The papaparse `escapeFormulae` option for files read back with `unguardCell`. */
export function reversibleFormulaGuard(): RegExp {
  return new FormulaGuard(needsReversibleGuard);
}

/** Undoes `reversibleFormulaGuard` on one cell: drops the apostrophe it added, and only that one. */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && needsReversibleGuard(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Byte order mark, so spreadsheet programs read the file as UTF-8. */
export const BOM = '\uFEFF';

export const CSV_COLUMNS = [
  'claim id',
  'claimant',
  'outlet',
  'via',
  'measure',
  'unit',
  'as written',
  'low',
  'high',
  'low inclusive',
  'high inclusive',
  'approximate',
  'interpretation',
  'per',
  'stated on',
  'stated on inferred',
  'period from',
  'period to',
  'place',
  'context',
  'quote',
  'article',
  'published',
  'article url',
  'notes',
] as const;

/** One row per claim, in the order given, with names resolved from the dataset (ids when unknown); BOM first, formulae neutralised. */
export function toClaimsCsv(claims: readonly Claim[], dataset: Dataset): string {
  const index = indexDataset(dataset);
  const name = (id: string) => sourceName(index.sources, id);
  const rows = claims.map((c) => {
    const measure = index.measures.get(c.measureId);
    const article = index.articles.get(c.articleId);
    return [
      c.id,
      name(c.claimantId),
      name(c.outletId),
      c.via.map(name).join('; '),
      measure?.label ?? c.measureId,
      measure?.unit ?? '',
      c.value.asWritten,
      c.value.low ?? '',
      c.value.high ?? '',
      c.value.lowInclusive,
      c.value.highInclusive,
      c.value.approximate,
      c.value.interpretation?.reading ?? '',
      c.per ?? '',
      c.statedOn ?? '',
      c.statedOnInferred,
      c.period?.from ?? '',
      c.period?.to ?? '',
      c.place,
      c.context,
      c.quote,
      article?.title ?? c.articleId,
      article?.publishedAt ?? '',
      article?.url ?? '',
      c.notes,
    ];
  });
  // The reversible guard, so the claims CSV can be imported again with every cell as it was.
  return BOM + unparse({ fields: [...CSV_COLUMNS], data: rows }, { escapeFormulae: reversibleFormulaGuard(), newline: '\r\n' });
}
