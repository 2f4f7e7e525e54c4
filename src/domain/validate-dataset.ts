// The dataset format checker: the zod schema per record, then what a schema cannot see (quotes at
// their spans, references between files, bounds, dates, duplicate ids, rule consistency).
// Pure: the caller reads the files. Every id comes from untrusted data, so lookups use Map only.
import type { z } from 'zod';
import { articleTextProblem } from './article-text-rules';
import { findRule } from './interpretation-rules';
import { formatCount, quoteValue } from './quote-value';
import { articleDate } from './article-date';
import {
  articleSchema,
  claimSchema,
  measureSchema,
  sourceSchema,
  type Article,
  type Claim,
  type ClaimValue,
  type Dataset,
  type DatasetFile,
  type Measure,
  type Source,
  ID_PATTERN,
  LIMITS,
} from './schema';

/** A file of the dataset folder: one of the four JSON files, or an article text file. */
type DatasetErrorFile = `${DatasetFile}.json` | (string & {});

export interface DatasetError {
  file: DatasetErrorFile;
  /** The record's id; null when the record has no usable id (the field then starts with its index). */
  recordId: string | null;
  /** Path inside the record, e.g. "value.low" or "via.1"; "" for the file as a whole. */
  field: string;
  message: string;
}

export interface DatasetInput {
  articles: unknown;
  sources: unknown;
  measures: unknown;
  claims: unknown;
}

/** Checking stops at this many errors: a broken file of a million records says what is wrong in its first hundred. */
export const MAX_ERRORS = 100;

/** What a check left unsaid after it stopped at MAX_ERRORS. */
export interface MoreErrors {
  /** Errors found past the cap before checking stopped: there are at least this many more. */
  atLeast: number;
  /** Records that were never checked. */
  unchecked: number;
}

type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: DatasetError[]; more?: MoreErrors };

/** The errors of one check, kept up to MAX_ERRORS; past that it only counts, and `full` tells the checks to stop. */
export class ErrorList<E = DatasetError> {
  readonly errors: E[] = [];
  extra = 0;
  unchecked = 0;
  constructor(readonly max: number = MAX_ERRORS) {}
  push(e: E): void {
    if (this.errors.length < this.max) this.errors.push(e);
    else this.extra++;
  }
  get full(): boolean {
    return this.errors.length >= this.max && this.extra > 0;
  }
  get length(): number {
    return this.errors.length + this.extra;
  }
  /** What to report beyond the errors kept, or undefined when every error was kept and every record checked. */
  more(): MoreErrors | undefined {
    return this.extra > 0 || this.unchecked > 0 ? { atLeast: this.extra, unchecked: this.unchecked } : undefined;
  }
}

/** "… and at least 3 more problems: checking stopped after the first 100 (999,992 records were not checked)." */
export function describeMoreErrors(more: MoreErrors, shown: number): string {
  const count = more.atLeast === 1 ? 'at least 1 more problem' : `at least ${formatCount(more.atLeast)} more problems`;
  const unchecked =
    more.unchecked > 0 ? ` (${formatCount(more.unchecked)} ${more.unchecked === 1 ? 'record was' : 'records were'} not checked)` : '';
  return `… and ${count}: checking stopped after the first ${formatCount(shown)}${unchecked}.`;
}

const RECORD_NOUN: Record<DatasetFile, string> = {
  articles: 'article',
  sources: 'source',
  measures: 'measure',
  claims: 'claim',
};

/** Formats an error as "claims.json › claim c-12 › value.low: message"; a record without id is shown by its field path alone, a file-level error without "›" parts. */
export function formatDatasetError(e: DatasetError): string {
  const noun = e.file === 'stories.json' ? 'story' : e.file.endsWith('.json') ? RECORD_NOUN[e.file.slice(0, -5) as DatasetFile] : undefined;
  const parts: string[] = [e.file];
  if (e.recordId !== null) parts.push(`${noun ?? 'article'} ${e.recordId}`);
  if (e.field !== '') parts.push(e.field);
  return `${parts.join(' › ')}: ${e.message}`;
}

/**
 * Validates a dataset: record counts first, then the schema per record, then cross-file checks on the records that parsed;
 * ok only with zero errors. Stops once `errors` is full (MAX_ERRORS), so a broken file of a million records answers at once.
 * Article texts must meet the article text rules; a text that breaks them is reported once, on its article, and not searched.
 */
export function validateDataset(
  input: DatasetInput,
  texts: ReadonlyMap<string, string>,
  errors: ErrorList = new ErrorList(),
): ValidationResult {
  const pending = (raw: unknown) => (Array.isArray(raw) ? raw.length : 0);
  const articles = parseFile(
    {
      file: 'articles',
      raw: input.articles,
      schema: articleSchema,
      later: pending(input.sources) + pending(input.measures) + pending(input.claims),
    },
    errors,
  );
  const sources = parseFile(
    { file: 'sources', raw: input.sources, schema: sourceSchema, later: pending(input.measures) + pending(input.claims) },
    errors,
  );
  const measures = parseFile({ file: 'measures', raw: input.measures, schema: measureSchema, later: pending(input.claims) }, errors);
  const claims = parseFile({ file: 'claims', raw: input.claims, schema: claimSchema, later: 0 }, errors);

  const articleById = indexById('articles', articles, errors);
  const sourceById = indexById('sources', sources, errors);
  const measureById = indexById('measures', measures, errors);
  indexById('claims', claims, errors);

  const usable = new Map<string, string>();
  for (const a of articles) {
    if (errors.full) break;
    checkArticle(a, { sourceById, texts, usable }, errors);
  }
  for (const s of sources) {
    if (errors.full) break;
    checkSource(s, sourceById, errors);
  }
  for (const m of measures) {
    if (errors.full) break;
    checkMeasure(m, measureById, errors);
  }
  for (const c of claims) {
    if (errors.full) break;
    checkClaim(c, { articleById, sourceById, measureById, texts: usable }, errors);
  }

  if (errors.length > 0) {
    const more = errors.more();
    return more ? { ok: false, errors: errors.errors, more } : { ok: false, errors: errors.errors };
  }
  return { ok: true, dataset: { articles, sources, measures, claims } };
}

function parseFile<T extends { id: string }>(
  {
    file,
    raw,
    schema,
    later,
  }: {
    file: DatasetFile;
    raw: unknown;
    schema: z.ZodType<T>;
    /** Records in the files checked after this one, counted as unchecked if checking stops here. */
    later: number;
  },
  errors: ErrorList,
): T[] {
  const name = `${file}.json` as const;
  if (!Array.isArray(raw)) {
    errors.push({ file: name, recordId: null, field: '', message: 'expected a JSON array of records' });
    return [];
  }
  // The count is checked on the array itself, before any record is looked at.
  if (raw.length > LIMITS.records) {
    errors.push({
      file: name,
      recordId: null,
      field: '',
      message: `holds ${formatCount(raw.length)} records, over the limit of ${formatCount(LIMITS.records)}`,
    });
    return [];
  }
  const parsed: T[] = [];
  for (let index = 0; index < raw.length; index++) {
    if (errors.full) {
      errors.unchecked += raw.length - index + later;
      return parsed;
    }
    const record: unknown = raw[index];
    const result = schema.safeParse(record);
    if (result.success) {
      parsed.push(result.data);
      continue;
    }
    const recordId = usableId(record);
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      const field = recordId === null ? (path ? `[${index}].${path}` : `[${index}]`) : path;
      errors.push({ file: name, recordId, field, message: issue.message });
    }
  }
  return parsed;
}

function usableId(record: unknown): string | null {
  if (typeof record !== 'object' || record === null || !Object.hasOwn(record, 'id')) return null;
  const id: unknown = (record as { id: unknown }).id;
  return typeof id === 'string' && id.length <= LIMITS.id && ID_PATTERN.test(id) ? id : null;
}

function indexById<T extends { id: string }>(file: DatasetFile, records: readonly T[], errors: ErrorList): Map<string, T> {
  const byId = new Map<string, T>();
  for (const r of records) {
    if (byId.has(r.id)) {
      errors.push({ file: `${file}.json`, recordId: r.id, field: 'id', message: `duplicate id ${quoteValue(r.id)}` });
      continue;
    }
    byId.set(r.id, r);
  }
  return byId;
}

function checkArticle(
  a: Article,
  {
    sourceById,
    texts,
    usable,
  }: {
    sourceById: ReadonlyMap<string, Source>;
    texts: ReadonlyMap<string, string>;
    /** Filled with the texts that meet the rules, the only ones claims are checked against. */
    usable: Map<string, string>;
  },
  errors: ErrorList,
): void {
  const err = (field: string, message: string): void => {
    errors.push({ file: 'articles.json', recordId: a.id, field, message });
  };
  const outlet = sourceById.get(a.outlet);
  if (!outlet) err('outlet', `unknown source ${quoteValue(a.outlet)}`);
  else if (outlet.kind !== 'outlet') err('outlet', `source ${quoteValue(a.outlet)} is of kind "${outlet.kind}", expected "outlet"`);
  const text = texts.get(a.file);
  if (text === undefined) {
    errors.push({ file: a.file, recordId: a.id, field: 'file', message: 'article text file is missing' });
    return;
  }
  if (usable.has(a.file)) return;
  // Checked once per file; a text that breaks the rules is not searched for quotes (it may be megabytes long).
  const problem = articleTextProblem(text);
  if (problem === null) usable.set(a.file, text);
  else errors.push({ file: a.file, recordId: a.id, field: '', message: problem });
}

function checkSource(s: Source, sourceById: ReadonlyMap<string, Source>, errors: ErrorList): void {
  const err = (message: string): void => {
    errors.push({ file: 'sources.json', recordId: s.id, field: 'parentId', message });
  };
  if (s.parentId === null) return;
  if (s.parentId === s.id) {
    err('a source cannot be its own parent');
    return;
  }
  if (!sourceById.has(s.parentId)) {
    err(`unknown source ${quoteValue(s.parentId)}`);
    return;
  }
  // A cycle would make "which organisation speaks" undefined.
  const seen = new Set<string>([s.id]);
  for (let at: string | null = s.parentId; at !== null; at = sourceById.get(at)?.parentId ?? null) {
    if (seen.has(at)) {
      err(`parent chain loops back through ${quoteValue(at)}`);
      return;
    }
    seen.add(at);
  }
}

function checkMeasure(m: Measure, measureById: ReadonlyMap<string, Measure>, errors: ErrorList): void {
  m.comparableWith.forEach((cmp, i) => {
    const err = (field: string, message: string): void => {
      errors.push({ file: 'measures.json', recordId: m.id, field: `comparableWith.${i}.${field}`, message });
    };
    const other = measureById.get(cmp.measureId);
    if (cmp.measureId === m.id) err('measureId', 'a measure cannot be compared with itself');
    else if (!other) err('measureId', `unknown measure ${quoteValue(cmp.measureId)}`);
    if (cmp.relation === 'scale' && cmp.factor === undefined) err('factor', 'relation "scale" needs a factor');
    if (cmp.relation !== 'scale' && cmp.factor !== undefined)
      err('factor', `a factor only makes sense with relation "scale", not "${cmp.relation}"`);
    if (cmp.relation === 'part' && other && (m.total === null) !== (other.total === null)) {
      err('relation', 'relation "part" needs both measures counted alike: two counts, or two shares of the same whole');
    } else if (cmp.relation === 'part' && other && m.total !== other.total) {
      err('relation', `relation "part" needs shares of the same whole (${String(m.total)} vs ${String(other.total)})`);
    }
    if (cmp.relation === 'complement' && other) {
      if (m.total === null || other.total === null) err('relation', 'relation "complement" needs a total on both measures');
      else if (m.total !== other.total) err('relation', `relation "complement" needs equal totals (${m.total} vs ${other.total})`);
    }
  });
}

interface Lookups {
  articleById: ReadonlyMap<string, Article>;
  sourceById: ReadonlyMap<string, Source>;
  measureById: ReadonlyMap<string, Measure>;
  texts: ReadonlyMap<string, string>;
}

function checkClaim(c: Claim, { articleById, sourceById, measureById, texts }: Lookups, errors: ErrorList): void {
  const err = (field: string, message: string): void => {
    errors.push({ file: 'claims.json', recordId: c.id, field, message });
  };

  const article = articleById.get(c.articleId);
  if (!article) err('articleId', `unknown article ${quoteValue(c.articleId)}`);
  if (!sourceById.has(c.claimantId)) err('claimantId', `unknown source ${quoteValue(c.claimantId)}`);
  if (!sourceById.has(c.outletId)) err('outletId', `unknown source ${quoteValue(c.outletId)}`);
  else if (article && article.outlet !== c.outletId)
    err('outletId', `article ${article.id} was published by ${quoteValue(article.outlet)}, not ${quoteValue(c.outletId)}`);
  c.via.forEach((v, i) => {
    if (!sourceById.has(v)) err(`via.${i}`, `unknown source ${quoteValue(v)}`);
  });

  const measure = measureById.get(c.measureId);
  if (!measure) err('measureId', `unknown measure ${quoteValue(c.measureId)}`);
  else if (measure.context !== c.context)
    err('context', `claim context is ${c.context} but measure "${measure.id}" has context ${measure.context}`);

  // A text file that is missing, or breaks the text rules, is reported once, on the article.
  const text = article ? texts.get(article.file) : undefined;
  if (text !== undefined) checkSpan(c, text, err);

  checkValue(c.value, measure, err);

  if (c.period && c.period.from > c.period.to) err('period.to', `period ends (${c.period.to}) before it starts (${c.period.from})`);
  const latest = article ? articleDate(article) : null;
  if (latest && c.statedOn !== null && c.statedOn > latest.date)
    err(
      'statedOn',
      latest.basis === 'published'
        ? `stated on ${c.statedOn}, after the article was published (${latest.date})`
        : `stated on ${c.statedOn}, after the undated article was read (accessedOn ${latest.date})`,
    );
}

function checkSpan(c: Claim, text: string, err: (field: string, message: string) => void): void {
  const [start, end] = c.span;
  if (start > end) {
    err('span', `span start ${start} is after its end ${end}`);
    return;
  }
  if (end > text.length) {
    err('span', `span end ${end} is past the end of the text (${text.length})`);
    return;
  }
  if (text.slice(start, end) === c.quote) return;
  const found = text.indexOf(c.quote);
  const hint = found < 0 ? 'the quote does not occur in the text' : `the quote occurs at [${found}, ${found + c.quote.length}]`;
  err('span', `text at [${start}, ${end}] is not the quote; ${hint}`);
}

function checkValue(v: ClaimValue, measure: Measure | undefined, err: (field: string, message: string) => void): void {
  if (v.low === null && v.high === null) err('value', 'a value needs at least one bound');
  if (v.low !== null && v.high !== null) {
    if (v.low > v.high) err('value.low', `low ${v.low} is above high ${v.high}`);
    else if (v.low === v.high && !(v.lowInclusive && v.highInclusive))
      err('value.low', `low equals high (${v.low}) but an end is exclusive, so the interval is empty`);
  }
  if (measure?.total != null) {
    if (v.low !== null && (v.low < 0 || v.low > measure.total)) err('value.low', `low ${v.low} is outside 0–${measure.total}`);
    if (v.high !== null && (v.high < 0 || v.high > measure.total)) err('value.high', `high ${v.high} is outside 0–${measure.total}`);
  }
  if (v.interpretation === null) return;
  const rule = findRule(v.interpretation.rule);
  if (!rule) {
    err('value.interpretation.rule', `unknown interpretation rule ${quoteValue(v.interpretation.rule)}`);
    return;
  }
  // Consistency: a word is always read the same way, so the stored bounds must be the rule's.
  const same = v.low === rule.low && v.high === rule.high && v.lowInclusive === rule.lowInclusive && v.highInclusive === rule.highInclusive;
  if (!same) err('value', `does not match rule "${rule.id}" (${describeBounds(rule)})`);
  if (rule.scale === 'percent' && measure && measure.total !== 100)
    err('value.interpretation.rule', `rule "${rule.id}" reads a percent share, but measure "${measure.id}" has no total of 100`);
}

function describeBounds(b: { low: number | null; high: number | null; lowInclusive: boolean; highInclusive: boolean }): string {
  const low = b.low === null ? '(−∞' : `${b.lowInclusive ? '[' : '('}${b.low}`;
  const high = b.high === null ? '∞)' : `${b.high}${b.highInclusive ? ']' : ')'}`;
  return `${low}, ${high}`;
}
