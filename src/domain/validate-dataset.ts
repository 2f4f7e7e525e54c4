// The dataset format checker: the zod schema per record, then what a schema cannot see (quotes at
// their spans, references between files, bounds, dates, duplicate ids, rule consistency).
// Pure: the caller reads the files. Every id comes from untrusted data, so lookups use Map only.
import type { z } from 'zod';
import { findRule } from './interpretation-rules';
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
export type DatasetErrorFile = `${DatasetFile}.json` | (string & {});

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

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: DatasetError[] };

const RECORD_NOUN: Record<DatasetFile, string> = {
  articles: 'article',
  sources: 'source',
  measures: 'measure',
  claims: 'claim',
};

/** Formats an error as "claims.json › claim c-12 › value.low: message"; a record without id is shown by its field path alone, a file-level error without "›" parts. */
export function formatDatasetError(e: DatasetError): string {
  const noun = e.file.endsWith('.json') ? RECORD_NOUN[e.file.slice(0, -5) as DatasetFile] : undefined;
  const parts: string[] = [e.file];
  if (e.recordId !== null) parts.push(`${noun ?? 'article'} ${e.recordId}`);
  if (e.field !== '') parts.push(e.field);
  return `${parts.join(' › ')}: ${e.message}`;
}

/** Validates a dataset: schema per record, then cross-file checks on the records that parsed; ok only with zero errors. */
export function validateDataset(input: DatasetInput, texts: ReadonlyMap<string, string>): ValidationResult {
  const errors: DatasetError[] = [];
  const articles = parseFile('articles', input.articles, articleSchema, errors);
  const sources = parseFile('sources', input.sources, sourceSchema, errors);
  const measures = parseFile('measures', input.measures, measureSchema, errors);
  const claims = parseFile('claims', input.claims, claimSchema, errors);

  const articleById = indexById('articles', articles, errors);
  const sourceById = indexById('sources', sources, errors);
  const measureById = indexById('measures', measures, errors);
  indexById('claims', claims, errors);

  for (const a of articles) checkArticle(a, sourceById, texts, errors);
  for (const s of sources) checkSource(s, sourceById, errors);
  for (const m of measures) checkMeasure(m, measureById, errors);
  for (const c of claims) checkClaim(c, { articleById, sourceById, measureById, texts }, errors);

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, dataset: { articles, sources, measures, claims } };
}

function parseFile<T extends { id: string }>(file: DatasetFile, raw: unknown, schema: z.ZodType<T>, errors: DatasetError[]): T[] {
  const name = `${file}.json` as const;
  if (!Array.isArray(raw)) {
    errors.push({ file: name, recordId: null, field: '', message: 'expected a JSON array of records' });
    return [];
  }
  const parsed: T[] = [];
  raw.forEach((record: unknown, index) => {
    const result = schema.safeParse(record);
    if (result.success) {
      parsed.push(result.data);
      return;
    }
    const recordId = usableId(record);
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      const field = recordId === null ? (path ? `[${index}].${path}` : `[${index}]`) : path;
      errors.push({ file: name, recordId, field, message: issue.message });
    }
  });
  return parsed;
}

/** The record's id when it is a valid one, to name the record in errors; a bad id is named by the record's index instead. */
function usableId(record: unknown): string | null {
  if (typeof record !== 'object' || record === null || !Object.hasOwn(record, 'id')) return null;
  const id: unknown = (record as { id: unknown }).id;
  return typeof id === 'string' && id.length <= LIMITS.id && ID_PATTERN.test(id) ? id : null;
}

function indexById<T extends { id: string }>(file: DatasetFile, records: readonly T[], errors: DatasetError[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const r of records) {
    if (byId.has(r.id)) {
      errors.push({ file: `${file}.json`, recordId: r.id, field: 'id', message: `duplicate id "${r.id}"` });
      continue;
    }
    byId.set(r.id, r);
  }
  return byId;
}

function checkArticle(
  a: Article,
  sourceById: ReadonlyMap<string, Source>,
  texts: ReadonlyMap<string, string>,
  errors: DatasetError[],
): void {
  const err = (field: string, message: string): void => {
    errors.push({ file: 'articles.json', recordId: a.id, field, message });
  };
  const outlet = sourceById.get(a.outlet);
  if (!outlet) err('outlet', `unknown source "${a.outlet}"`);
  else if (outlet.kind !== 'outlet') err('outlet', `source "${a.outlet}" is of kind "${outlet.kind}", expected "outlet"`);
  if (!texts.has(a.file)) errors.push({ file: a.file, recordId: a.id, field: 'file', message: 'article text file is missing' });
}

function checkSource(s: Source, sourceById: ReadonlyMap<string, Source>, errors: DatasetError[]): void {
  const err = (message: string): void => {
    errors.push({ file: 'sources.json', recordId: s.id, field: 'parentId', message });
  };
  if (s.parentId === null) return;
  if (s.parentId === s.id) {
    err('a source cannot be its own parent');
    return;
  }
  if (!sourceById.has(s.parentId)) {
    err(`unknown source "${s.parentId}"`);
    return;
  }
  // A cycle would make "which organisation speaks" undefined.
  const seen = new Set<string>([s.id]);
  for (let at: string | null = s.parentId; at !== null; at = sourceById.get(at)?.parentId ?? null) {
    if (seen.has(at)) {
      err(`parent chain loops back through "${at}"`);
      return;
    }
    seen.add(at);
  }
}

function checkMeasure(m: Measure, measureById: ReadonlyMap<string, Measure>, errors: DatasetError[]): void {
  m.comparableWith.forEach((cmp, i) => {
    const err = (field: string, message: string): void => {
      errors.push({ file: 'measures.json', recordId: m.id, field: `comparableWith.${i}.${field}`, message });
    };
    const other = measureById.get(cmp.measureId);
    if (cmp.measureId === m.id) err('measureId', 'a measure cannot be compared with itself');
    else if (!other) err('measureId', `unknown measure "${cmp.measureId}"`);
    if (cmp.relation === 'scale' && cmp.factor === undefined) err('factor', 'relation "scale" needs a factor');
    if (cmp.relation !== 'scale' && cmp.factor !== undefined)
      err('factor', `a factor only makes sense with relation "scale", not "${cmp.relation}"`);
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

function checkClaim(c: Claim, { articleById, sourceById, measureById, texts }: Lookups, errors: DatasetError[]): void {
  const err = (field: string, message: string): void => {
    errors.push({ file: 'claims.json', recordId: c.id, field, message });
  };

  const article = articleById.get(c.articleId);
  if (!article) err('articleId', `unknown article "${c.articleId}"`);
  if (!sourceById.has(c.claimantId)) err('claimantId', `unknown source "${c.claimantId}"`);
  if (!sourceById.has(c.outletId)) err('outletId', `unknown source "${c.outletId}"`);
  else if (article && article.outlet !== c.outletId)
    err('outletId', `article ${article.id} was published by "${article.outlet}", not "${c.outletId}"`);
  c.via.forEach((v, i) => {
    if (!sourceById.has(v)) err(`via.${i}`, `unknown source "${v}"`);
  });

  const measure = measureById.get(c.measureId);
  if (!measure) err('measureId', `unknown measure "${c.measureId}"`);
  else if (measure.context !== c.context)
    err('context', `claim context is ${c.context} but measure "${measure.id}" has context ${measure.context}`);

  // A text file that is missing is reported once, on the article.
  const text = article ? texts.get(article.file) : undefined;
  if (text !== undefined) checkSpan(c, text, err);

  checkValue(c.value, measure, err);

  if (c.period && c.period.from > c.period.to) err('period.to', `period ends (${c.period.to}) before it starts (${c.period.from})`);
  if (article && c.statedOn !== null && c.statedOn > article.publishedAt)
    err('statedOn', `stated on ${c.statedOn}, after the article was published (${article.publishedAt})`);
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
    err('value.interpretation.rule', `unknown interpretation rule "${v.interpretation.rule}"`);
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
