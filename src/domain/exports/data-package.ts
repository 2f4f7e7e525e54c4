// A workspace as a Frictionless Tabular Data Package: datapackage.json describing one CSV per table, each with its Table
// Schema, so data tools (frictionless, pandas, R) read it with types and keys. Read back by `fromDataPackage`.
import { parse, unparse } from 'papaparse';
import { zipSync, unzipSync, strFromU8, strToU8 } from 'fflate';
import { reversibleFormulaGuard, unguardCell } from '../csv';
import { claimGradeSchema, sourceGradeSchema, type DatasetGrades } from '../grades';
import { articleSchema, claimSchema, measureSchema, sourceSchema, type Dataset } from '../schema';

type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'array';

/** One column: its Table Schema field and how a record gives its cell. */
interface Column<T> {
  name: string;
  type: FieldType;
  description: string;
  required?: boolean;
  enum?: readonly string[];
  get: (record: T) => string | number | boolean | null | undefined | readonly unknown[];
}

interface Table<T> {
  name: string;
  title: string;
  columns: Column<T>[];
  primaryKey: string[];
  foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
}

type Article = Dataset['articles'][number] & { accessedOn?: string | null; archiveUrl?: string | null; language?: string | null };
type Source = Dataset['sources'][number];
type Measure = Dataset['measures'][number];
type Claim = Dataset['claims'][number];
type ClaimGrade = DatasetGrades['claims'][number];
type SourceGrade = DatasetGrades['sources'][number];

const s = <T>(name: string, description: string, get: Column<T>['get'], required = false): Column<T> => ({
  name,
  type: 'string',
  description,
  get,
  required,
});

const ARTICLES: Table<Article> = {
  name: 'articles',
  title: 'Articles',
  primaryKey: ['id'],
  columns: [
    s('id', 'Article id.', (a) => a.id, true),
    s('title', 'Headline.', (a) => a.title, true),
    s('outlet_id', 'Source id of the outlet that published it.', (a) => a.outlet, true),
    {
      name: 'outlet_named_in_text',
      type: 'boolean',
      description: 'False when the text does not print the outlet’s name.',
      get: (a) => a.outletNamedInText,
    },
    s('outlet_evidence', 'How the outlet was identified when its name is not printed.', (a) => a.outletEvidence),
    s('byline', 'Author as printed.', (a) => a.byline),
    {
      name: 'published_at',
      type: 'date',
      description: 'Publication date; empty when the article prints no date (accessed_on then gives the day it was read).',
      get: (a) => a.publishedAt,
    },
    s('published_at_evidence', 'Where the date comes from.', (a) => a.publishedAtEvidence),
    {
      name: 'published_at_inferred',
      type: 'boolean',
      description: 'True when the text prints no date.',
      get: (a) => a.publishedAtInferred,
    },
    {
      name: 'published_at_confidence',
      type: 'string',
      description: 'Confidence in the date.',
      enum: ['high', 'medium', 'low'],
      get: (a) => a.publishedAtConfidence,
    },
    s('file', 'Article text file, relative to the dataset folder.', (a) => a.file, true),
    s('url', 'Web address of the article.', (a) => a.url),
    { name: 'accessed_on', type: 'date', description: 'When the web address was visited.', get: (a) => a.accessedOn },
    s('archive_url', 'Archived copy of the article.', (a) => a.archiveUrl),
    s('language', 'Language of the article (BCP 47).', (a) => a.language),
  ],
  foreignKeys: [{ fields: 'outlet_id', reference: { resource: 'sources', fields: 'id' } }],
};

const SOURCES: Table<Source> = {
  name: 'sources',
  title: 'Sources: claimants, outlets and intermediaries',
  primaryKey: ['id'],
  columns: [
    s('id', 'Source id.', (x) => x.id, true),
    s('name', 'Name.', (x) => x.name, true),
    s('kind', 'Kind of source.', (x) => x.kind, true),
    s('alignment', 'The side the source is tied to, or "independent".', (x) => x.alignment, true),
    s('description', 'Who the source is.', (x) => x.description),
    s('parent_id', 'Parent organisation, so two voices of one body count once.', (x) => x.parentId),
    { name: 'aliases', type: 'array', description: 'Other names the source goes by (JSON list of names).', get: (x) => x.aliases },
  ],
};

const MEASURES: Table<Measure> = {
  name: 'measures',
  title: 'Measures',
  primaryKey: ['id'],
  columns: [
    s('id', 'Measure id.', (m) => m.id, true),
    s('label', 'What is counted.', (m) => m.label, true),
    s('unit', 'What one unit counts.', (m) => m.unit, true),
    s('description', 'Definition.', (m) => m.description),
    { name: 'total', type: 'number', description: 'For shares: the whole (100 for percent).', get: (m) => m.total },
    { name: 'context', type: 'boolean', description: 'Background number, never ranked as contested.', get: (m) => m.context },
    {
      name: 'comparable_with',
      type: 'array',
      description: 'Links to other measures (JSON): measureId, relation, factor, caveats.',
      get: (m) => m.comparableWith,
    },
  ],
};

const CLAIMS: Table<Claim> = {
  name: 'claims',
  title: 'Claims: one figure each, as reported',
  primaryKey: ['id'],
  columns: [
    s('id', 'Claim id.', (c) => c.id, true),
    s('article_id', 'Article that reports the claim.', (c) => c.articleId, true),
    s('quote', 'The words of the article that carry the figure.', (c) => c.quote, true),
    {
      name: 'span_start',
      type: 'integer',
      description: 'Offset of the quote in the article text (UTF-16 code units).',
      get: (c) => c.span[0],
      required: true,
    },
    { name: 'span_end', type: 'integer', description: 'End of the quote, exclusive.', get: (c) => c.span[1], required: true },
    s('claimant_id', 'Who gave the figure.', (c) => c.claimantId, true),
    s('outlet_id', 'Who published it.', (c) => c.outletId, true),
    { name: 'via', type: 'array', description: 'Intermediaries between claimant and outlet (JSON list of source ids).', get: (c) => c.via },
    s('measure_id', 'What the figure counts.', (c) => c.measureId, true),
    { name: 'value_low', type: 'number', description: 'Lower bound; empty when open.', get: (c) => c.value.low },
    { name: 'value_high', type: 'number', description: 'Upper bound; empty when open.', get: (c) => c.value.high },
    {
      name: 'value_low_inclusive',
      type: 'boolean',
      description: 'Whether the lower bound is included.',
      get: (c) => c.value.lowInclusive,
      required: true,
    },
    {
      name: 'value_high_inclusive',
      type: 'boolean',
      description: 'Whether the upper bound is included.',
      get: (c) => c.value.highInclusive,
      required: true,
    },
    { name: 'value_approximate', type: 'boolean', description: 'An "around" figure.', get: (c) => c.value.approximate, required: true },
    s('value_as_written', 'The figure as the article writes it.', (c) => c.value.asWritten, true),
    s('interpretation_rule', 'Rule that read a vague word as bounds.', (c) => c.value.interpretation?.rule),
    s('interpretation_reading', 'That reading in words.', (c) => c.value.interpretation?.reading),
    { name: 'period_from', type: 'date', description: 'First day the figure covers.', get: (c) => c.period?.from },
    { name: 'period_to', type: 'date', description: 'Last day the figure covers.', get: (c) => c.period?.to },
    {
      name: 'period_approximate',
      type: 'boolean',
      description: 'Whether the period’s dates are approximate.',
      get: (c) => c.period?.approximate,
    },
    s('period_evidence', 'Where the period comes from.', (c) => c.period?.evidence),
    { name: 'per', type: 'string', description: '"day" for a daily rate.', enum: ['day'], get: (c) => c.per },
    { name: 'stated_on', type: 'date', description: 'When the figure was given.', get: (c) => c.statedOn },
    { name: 'stated_on_inferred', type: 'boolean', description: 'True when that date was inferred.', get: (c) => c.statedOnInferred },
    s('stated_on_evidence', 'Where that date comes from.', (c) => c.statedOnEvidence),
    s('place', 'The place the figure is about.', (c) => c.place, true),
    { name: 'context', type: 'boolean', description: 'Background figure, not a contested one.', get: (c) => c.context },
    s('notes', 'Notes.', (c) => c.notes),
    {
      name: 'caveats',
      type: 'array',
      description: 'Why the figure may differ, from the article (JSON list of kind and note).',
      get: (c) => c.caveats,
    },
  ],
  foreignKeys: [
    { fields: 'article_id', reference: { resource: 'articles', fields: 'id' } },
    { fields: 'claimant_id', reference: { resource: 'sources', fields: 'id' } },
    { fields: 'outlet_id', reference: { resource: 'sources', fields: 'id' } },
    { fields: 'measure_id', reference: { resource: 'measures', fields: 'id' } },
  ],
};

const CLAIM_GRADES: Table<ClaimGrade> = {
  name: 'claim-grades',
  title: 'The analyst’s credibility grades (1–6) per claim',
  primaryKey: ['claim_id'],
  columns: [
    s('claim_id', 'Claim graded.', (g) => g.claimId, true),
    { name: 'grade', type: 'integer', description: '1 confirmed … 5 improbable, 6 cannot be judged.', get: (g) => g.grade, required: true },
    s('reason', 'Why.', (g) => g.reason),
  ],
  foreignKeys: [{ fields: 'claim_id', reference: { resource: 'claims', fields: 'id' } }],
};

const SOURCE_GRADES: Table<SourceGrade> = {
  name: 'source-grades',
  title: 'The analyst’s reliability grades (A–F) per source',
  primaryKey: ['source_id'],
  columns: [
    s('source_id', 'Source graded.', (g) => g.sourceId, true),
    {
      name: 'grade',
      type: 'string',
      description: 'A completely reliable … E unreliable, F cannot be judged.',
      enum: ['A', 'B', 'C', 'D', 'E', 'F'],
      get: (g) => g.grade,
      required: true,
    },
    s('reason', 'Why.', (g) => g.reason),
  ],
  foreignKeys: [{ fields: 'source_id', reference: { resource: 'sources', fields: 'id' } }],
};

const GUARD_NOTE =
  'A text cell that a spreadsheet would run as a formula starts with an added apostrophe (as does one that already started with apostrophes before such text); drop one leading apostrophe from those cells to get the text as recorded.';

function cell(value: ReturnType<Column<unknown>['get']>): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return JSON.stringify(value);
  return value as string | number | boolean;
}

function tableSchema<T>(table: Table<T>) {
  return {
    fields: table.columns.map((c) => ({
      name: c.name,
      type: c.type,
      description: c.description,
      ...(c.required || c.enum
        ? { constraints: { ...(c.required ? { required: true } : {}), ...(c.enum ? { enum: [...c.enum] } : {}) } }
        : {}),
    })),
    primaryKey: table.primaryKey,
    ...(table.foreignKeys ? { foreignKeys: table.foreignKeys } : {}),
    missingValues: [''],
  };
}

function tableCsv<T>(table: Table<T>, records: readonly T[]): string {
  return unparse(
    { fields: table.columns.map((c) => c.name), data: records.map((r) => table.columns.map((c) => cell(c.get(r)))) },
    { escapeFormulae: reversibleFormulaGuard(), newline: '\r\n' },
  );
}

/** What goes in a package: the records and grades, and the package's name, title and creation time (given, not read from a clock). */
export interface DataPackageInput {
  dataset: Dataset;
  grades: DatasetGrades;
  /** Lower case letters, digits, ".", "_", "-" (the spec's name rule); anything else is replaced by "-". */
  name: string;
  title: string;
  /** ISO 8601 date-time. */
  created: string;
}

/** The files of a Tabular Data Package: datapackage.json and one CSV per table (articles, sources, measures, claims, grades). */
export function toDataPackage(input: DataPackageInput): Record<string, string> {
  const { dataset, grades } = input;
  const tables = [
    [ARTICLES, dataset.articles],
    [SOURCES, dataset.sources],
    [MEASURES, dataset.measures],
    [CLAIMS, dataset.claims],
    [CLAIM_GRADES, grades.claims],
    [SOURCE_GRADES, grades.sources],
  ] as const;
  const files: Record<string, string> = {};
  const resources = tables.map(([table, records]) => {
    const path = `${table.name}.csv`;
    files[path] = tableCsv(table as Table<unknown>, records);
    return {
      profile: 'tabular-data-resource',
      name: table.name,
      path,
      title: table.title,
      description: GUARD_NOTE,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: tableSchema(table as Table<unknown>),
    };
  });
  const descriptor = {
    profile: 'tabular-data-package',
    name:
      input.name
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'corroborate-workspace',
    title: input.title,
    description: 'Figures from news reports, who gave them and where they were published, as recorded in Corroborate.',
    created: input.created,
    resources,
  };
  files['datapackage.json'] = `${JSON.stringify(descriptor, null, 2)}\n`;
  return files;
}

/** The package as one .zip file (stored uncompressed is not needed: CSV compresses well). */
export function zipDataPackage(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { level: 6 });
}

/** The files of a zipped package, as text. */
export function unzipDataPackage(zip: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** A cell back to its value by the column's type; empty is missing (undefined). */
function readCell(type: FieldType, raw: string | undefined): unknown {
  if (raw === undefined || raw === '') return undefined;
  switch (type) {
    case 'number':
    case 'integer':
      return Number(raw);
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : raw;
    case 'array':
      return JSON.parse(raw) as unknown;
    default:
      return unguardCell(raw);
  }
}

/** Reads one table of the package into rows keyed by column name; a missing file or a malformed CSV is an error. */
function readTable<T>(files: Record<string, string>, table: Table<T>, errors: string[]): Record<string, unknown>[] {
  const text = files[`${table.name}.csv`];
  if (text === undefined) {
    errors.push(`${table.name}.csv is missing from the package.`);
    return [];
  }
  const parsed = parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  for (const e of parsed.errors.slice(0, 5)) errors.push(`${table.name}.csv, row ${e.row ?? '?'}: ${e.message}`);
  return parsed.data.flatMap((row, i) => {
    try {
      return [Object.fromEntries(table.columns.map((c) => [c.name, readCell(c.type, row[c.name])]))];
    } catch (e) {
      // Only a list column (JSON) can fail to read; the row is reported, not half-kept.
      errors.push(`${table.name}.csv, row ${i + 1}: ${e instanceof Error ? e.message : String(e)}`);
      return [];
    }
  });
}

const orNull = (v: unknown) => (v === undefined ? null : v);

/** Rebuilds the records and grades from a package written by `toDataPackage`, checked with the dataset's own schemas. */
export function fromDataPackage(
  files: Record<string, string>,
): { ok: true; dataset: Dataset; grades: DatasetGrades } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  if (files['datapackage.json'] === undefined) return { ok: false, errors: ['datapackage.json is missing from the package.'] };
  const check = <T>(
    schema: { safeParse: (x: unknown) => { success: true; data: T } | { success: false; error: { message: string } } },
    what: string,
    rows: unknown[],
  ): T[] =>
    rows.flatMap((row, i) => {
      const r = schema.safeParse(row);
      if (r.success) return [r.data];
      errors.push(`${what}, row ${i + 1}: ${r.error.message}`);
      return [];
    });
  const articles = check(
    articleSchema,
    'articles.csv',
    readTable(files, ARTICLES, errors).map((r) => ({
      id: r.id,
      title: r.title,
      outlet: r.outlet_id,
      outletNamedInText: r.outlet_named_in_text,
      outletEvidence: r.outlet_evidence ?? '',
      byline: orNull(r.byline),
      publishedAt: orNull(r.published_at),
      publishedAtEvidence: r.published_at_evidence ?? '',
      publishedAtInferred: r.published_at_inferred,
      publishedAtConfidence: r.published_at_confidence,
      file: r.file,
      url: orNull(r.url),
      ...(r.accessed_on !== undefined ? { accessedOn: r.accessed_on } : {}),
      ...(r.archive_url !== undefined ? { archiveUrl: r.archive_url } : {}),
      ...(r.language !== undefined ? { language: r.language } : {}),
    })),
  );
  const sources = check(
    sourceSchema,
    'sources.csv',
    readTable(files, SOURCES, errors).map((r) => ({
      ...r,
      description: r.description ?? '',
      parentId: orNull(r.parent_id),
      aliases: r.aliases ?? [],
    })),
  );
  const measures = check(
    measureSchema,
    'measures.csv',
    readTable(files, MEASURES, errors).map((r) => ({
      ...r,
      description: r.description ?? '',
      total: orNull(r.total),
      comparableWith: r.comparable_with,
    })),
  );
  const claims = check(
    claimSchema,
    'claims.csv',
    readTable(files, CLAIMS, errors).map((r) => ({
      id: r.id,
      articleId: r.article_id,
      quote: r.quote,
      span: [r.span_start, r.span_end],
      claimantId: r.claimant_id,
      outletId: r.outlet_id,
      via: r.via ?? [],
      measureId: r.measure_id,
      value: {
        low: orNull(r.value_low),
        high: orNull(r.value_high),
        lowInclusive: r.value_low_inclusive,
        highInclusive: r.value_high_inclusive,
        approximate: r.value_approximate,
        asWritten: r.value_as_written,
        interpretation: r.interpretation_rule === undefined ? null : { rule: r.interpretation_rule, reading: r.interpretation_reading },
      },
      period:
        r.period_from === undefined && r.period_to === undefined
          ? null
          : { from: r.period_from, to: r.period_to, approximate: r.period_approximate, evidence: r.period_evidence ?? '' },
      per: orNull(r.per),
      statedOn: orNull(r.stated_on),
      statedOnInferred: r.stated_on_inferred,
      statedOnEvidence: r.stated_on_evidence ?? '',
      place: r.place,
      context: r.context,
      notes: r.notes ?? '',
      ...(r.caveats !== undefined ? { caveats: r.caveats } : {}),
    })),
  );
  const claimGrades = check(
    claimGradeSchema,
    'claim-grades.csv',
    readTable(files, CLAIM_GRADES, errors).map((r) => ({ claimId: r.claim_id, grade: r.grade, reason: r.reason ?? '' })),
  );
  const sourceGrades = check(
    sourceGradeSchema,
    'source-grades.csv',
    readTable(files, SOURCE_GRADES, errors).map((r) => ({ sourceId: r.source_id, grade: r.grade, reason: r.reason ?? '' })),
  );
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, dataset: { articles, sources, measures, claims }, grades: { claims: claimGrades, sources: sourceGrades } };
}
