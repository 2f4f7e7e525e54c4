// The dataset bundle: one JSON file holding a dataset, its article texts and the analyst's grades, for export and import.
// Imported bundles are untrusted: keys named by the data are only ever read into Maps, never used to index objects.
import { claimGradeSchema, NO_GRADES, sourceGradeSchema, type ClaimGradeEntry, type DatasetGrades, type SourceGradeEntry } from './grades';
import { articleSchema, type Article, type Claim, type Dataset, type Measure, type Source, type Story } from './schema';
import { STORIES_FILE, validateStories } from './stories';
import { clipMessage, describeValue, quoteValue } from './quote-value';
import { ErrorList, validateDataset, type DatasetError, type MoreErrors } from './validate-dataset';

export const BUNDLE_FORMAT = 'corroborate-dataset';
export const BUNDLE_VERSION = 1;
/**
 * Largest bundle read, in bytes of JSON (after decompression for .json.gz): 400 MB, about twice what a 200,000-claim
 * workspace exports (the compact JSON is counted as it is decompressed, never trusted from a header). It stays under the
 * longest string a browser holds (about 512 million characters), which JSON.parse needs the whole text in.
 */
export const MAX_BUNDLE_BYTES = 400 * 1024 * 1024;

/** The exported JSON: the four dataset files, the texts by file name, and (optionally) the grades. */
export interface DatasetBundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  articles: Article[];
  sources: Source[];
  measures: Measure[];
  claims: Claim[];
  texts: Record<string, string>;
  grades: DatasetGrades;
  /** Classroom stories through the dataset; absent from bundles without any (and from every bundle written before them). */
  stories?: Story[];
}

/** A dataset with everything that travels with it. */
export interface BundleContent {
  dataset: Dataset;
  texts: Map<string, string>;
  grades: DatasetGrades;
  /** Classroom stories; optional, so content without stories is complete. */
  stories?: Story[];
}

export type BundleResult = { ok: true; content: BundleContent } | { ok: false; errors: DatasetError[]; more?: MoreErrors };

const byId = <T extends { id: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const byKey = <T>(list: readonly T[], key: (t: T) => string): T[] =>
  [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/** A failed result from an error list, with what was left unsaid past the cap. */
export function refusal(errors: ErrorList): { ok: false; errors: DatasetError[]; more?: MoreErrors } {
  const more = errors.more();
  return more ? { ok: false, errors: errors.errors, more } : { ok: false, errors: errors.errors };
}

/** Builds the bundle; records, texts and grades are sorted by id so two exports of the same data are byte-identical. Stories
 * keep their order (it is the author's) and are left out when there are none, so a bundle without stories is as before. */
export function toBundle(content: BundleContent): DatasetBundle {
  const files = [...content.texts.keys()].sort();
  const stories = content.stories && content.stories.length > 0 ? { stories: content.stories } : {};
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    articles: byId(content.dataset.articles),
    sources: byId(content.dataset.sources),
    measures: byId(content.dataset.measures),
    claims: byId(content.dataset.claims),
    // fromEntries defines own properties, so a file named "__proto__" stays a plain key.
    texts: Object.fromEntries(files.map((f) => [f, content.texts.get(f) ?? ''])),
    grades: {
      sources: byKey(content.grades.sources, (g) => g.sourceId),
      claims: byKey(content.grades.claims, (g) => g.claimId),
    },
    ...stories,
  };
}

/**
 * What the import would refuse in this content, checked before it is exported: an export must always come back in. The
 * same checks as parseBundle on the records, texts and grades (the schema, references, quotes, the article text rules).
 */
export function exportProblems(content: BundleContent, fileName: string): BundleResult {
  const errors = new ErrorList();
  const checked = validateDataset(content.dataset, content.texts, errors);
  if (!checked.ok) return refusal(errors);
  const unknown = gradeReferenceErrors(content.grades, checked.dataset, fileName, 'the workspace');
  if (unknown.length > 0) return refusal(unknown);
  if (content.stories) {
    validateStories(content.stories, checked.dataset, STORIES_FILE, errors);
    if (errors.length > 0) return refusal(errors);
  }
  return { ok: true, content: { ...content, dataset: checked.dataset } };
}

/**
 * The bundle as JSON text in pieces, a record per line, so an export of any size is written without one huge string.
 * Joined, the pieces parse to exactly the bundle; records stay in the bundle's (sorted) order, so exports are repeatable.
 */
export function* bundleJsonChunks(bundle: DatasetBundle): Generator<string> {
  yield `{"format":${JSON.stringify(bundle.format)},"version":${JSON.stringify(bundle.version)}`;
  for (const kind of ['articles', 'sources', 'measures', 'claims'] as const) {
    yield `,\n${JSON.stringify(kind)}:[`;
    const records = bundle[kind];
    for (let i = 0; i < records.length; i++) yield `${i === 0 ? '\n' : ',\n'}${JSON.stringify(records[i])}`;
    yield '\n]';
  }
  yield ',\n"texts":{';
  let first = true;
  for (const [file, text] of Object.entries(bundle.texts)) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(file)}:${JSON.stringify(text)}`;
    first = false;
  }
  yield `\n},\n"grades":${JSON.stringify(bundle.grades)}`;
  if (bundle.stories) yield `,\n"stories":${JSON.stringify(bundle.stories)}`;
  yield '}\n';
}

/** The bundle as a dataset folder (articles.json … claims.json plus the text files), the form `data:check` reads. */
export function bundleToFolder(bundle: DatasetBundle): Map<string, string> {
  const files = new Map<string, string>();
  for (const kind of ['articles', 'sources', 'measures', 'claims'] as const) {
    files.set(`${kind}.json`, `${JSON.stringify(bundle[kind], null, 2)}\n`);
  }
  if (bundle.stories) files.set(STORIES_FILE, `${JSON.stringify(bundle.stories, null, 2)}\n`);
  for (const [file, text] of Object.entries(bundle.texts)) files.set(file, text);
  return files;
}

/**
 * Decodes a file's bytes as text: UTF-8, or UTF-16 (little or big endian) when the file starts with its byte order mark.
 * NUL characters or bytes that are not valid text mean a binary file and are refused, naming the file.
 */
export function decodeBundleBytes(
  bytes: Uint8Array,
  fileName: string,
  /** What the file should have been, for the messages. */
  expected = 'a JSON dataset bundle',
): { ok: true; text: string } | { ok: false; errors: DatasetError[] } {
  const refuse = (message: string) => ({ ok: false as const, errors: [{ file: fileName, recordId: null, field: '', message }] });
  // UTF-16 text is full of zero bytes, so its byte order mark is read before the NUL check.
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  if (encoding === 'utf-8' && bytes.includes(0)) return refuse(`this is a binary file (it contains NUL bytes), not ${expected}`);
  let text: string;
  try {
    // The decoder drops the byte order mark itself.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return refuse(`this is a binary file (it is not valid ${encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'} text), not ${expected}`);
  }
  if (encoding !== 'utf-8' && text.includes('\u0000')) {
    return refuse(`this is a binary file (it contains NUL characters), not ${expected}`);
  }
  return { ok: true, text };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses a bundle's text: JSON, the format marker, then every record with the dataset checks of validateDataset.
 * Unknown keys (including "__proto__" and "constructor") are dropped; texts no article refers to are left out.
 */
export function parseBundle(text: string, fileName: string): BundleResult {
  const fileError = (message: string, field = ''): DatasetError => ({ file: fileName, recordId: null, field, message });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [fileError(`not valid JSON (${clipMessage(error instanceof Error ? error.message : String(error))})`)] };
  }
  if (!isPlainObject(raw)) return { ok: false, errors: [fileError('expected a JSON object (a Corroborate dataset bundle)')] };
  if (raw.format !== BUNDLE_FORMAT) {
    return { ok: false, errors: [fileError(`not a Corroborate dataset bundle (expected "format": "${BUNDLE_FORMAT}")`, 'format')] };
  }
  if (raw.version !== BUNDLE_VERSION) {
    return {
      ok: false,
      errors: [fileError(`version ${describeValue(raw.version)} is not one this app reads (expected ${BUNDLE_VERSION})`, 'version')],
    };
  }

  // One list for the whole file, so the cap on errors holds across texts, records and grades.
  const errors = new ErrorList();
  const texts = readTexts(raw.texts, fileName, errors);
  const result = validateDataset(
    { articles: raw.articles, sources: raw.sources, measures: raw.measures, claims: raw.claims },
    texts,
    errors,
  );
  const grades = errors.full ? NO_GRADES : readGrades(raw.grades, fileName, errors);
  if (!result.ok || errors.length > 0) return refusal(errors);
  // Stories are checked against the records they walk through, so only once those are sound; a bundle without is complete.
  const stories = raw.stories === undefined ? undefined : validateStories(raw.stories, result.dataset, STORIES_FILE, errors);
  if (errors.length > 0) return refusal(errors);

  // Only the texts the articles name travel on: stray keys change nothing.
  const used = new Map<string, string>();
  for (const a of result.dataset.articles) {
    const t = texts.get(a.file);
    if (t !== undefined) used.set(a.file, t);
  }
  return { ok: true, content: { dataset: result.dataset, texts: used, grades, ...(stories && { stories }) } };
}

/** The texts by file name; whether each meets the article text rules is checked on the articles that use it. */
function readTexts(raw: unknown, fileName: string, errors: ErrorList): Map<string, string> {
  const texts = new Map<string, string>();
  if (raw === undefined) return texts;
  if (!isPlainObject(raw)) {
    errors.push({ file: fileName, recordId: null, field: 'texts', message: 'expected an object of article texts by file name' });
    return texts;
  }
  // Object.entries lists own keys only, so "__proto__" from JSON.parse is just a name here.
  for (const [file, text] of Object.entries(raw)) {
    if (errors.full) break;
    if (!articleSchema.shape.file.safeParse(file).success) {
      errors.push({
        file: fileName,
        recordId: null,
        field: 'texts',
        message: `${quoteValue(file)} is not an acceptable text file name (a relative path without "..")`,
      });
    } else if (typeof text !== 'string') errors.push({ file, recordId: null, field: '', message: 'the article text must be a string' });
    else texts.set(file, text);
  }
  return texts;
}

/**
 * Reads the grades: each must be a valid grade of a source or claim id. Which records they name is checked where the grades
 * are used (gradeReferenceErrors), since a bundle of grades alone is meant to be merged into a workspace holding the records.
 */
function readGrades(raw: unknown, fileName: string, errors: ErrorList): DatasetGrades {
  if (raw === undefined) return NO_GRADES;
  const err = (field: string, message: string) => {
    errors.push({ file: fileName, recordId: null, field, message });
  };
  if (!isPlainObject(raw)) {
    err('grades', 'expected an object with "sources" and "claims" lists');
    return NO_GRADES;
  }
  const read = <T>(
    list: unknown,
    kind: 'sources' | 'claims',
    parser: { parseOne: (entry: unknown) => T | null; idOf: (t: T) => string },
  ): T[] => {
    const { parseOne, idOf } = parser;
    if (list === undefined) return [];
    if (!Array.isArray(list)) {
      err(`grades.${kind}`, 'expected a list');
      return [];
    }
    const out = new Map<string, T>();
    for (let i = 0; i < list.length && !errors.full; i++) {
      const parsed = parseOne(list[i]);
      if (parsed === null) err(`grades.${kind}.${i}`, `not a valid ${kind === 'sources' ? 'source grade (A–F)' : 'claim grade (1–6)'}`);
      else out.set(idOf(parsed), parsed);
    }
    return [...out.values()];
  };
  const sources = read<SourceGradeEntry>(raw.sources, 'sources', {
    parseOne: (e) => sourceGradeSchema.safeParse(e).data ?? null,
    idOf: (g) => g.sourceId,
  });
  const claims = read<ClaimGradeEntry>(raw.claims, 'claims', {
    parseOne: (e) => claimGradeSchema.safeParse(e).data ?? null,
    idOf: (g) => g.claimId,
  });
  return { sources, claims };
}

/**
 * Grades that name a source or claim the dataset does not hold, one error each. `where` says what was searched, for the
 * message: "the bundle" for an import on its own, "the bundle or the workspace" for a merge.
 */
export function gradeReferenceErrors(grades: DatasetGrades, dataset: Dataset, fileName: string, where: string): ErrorList {
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const claimIds = new Set(dataset.claims.map((c) => c.id));
  const errors = new ErrorList();
  const check = (kind: 'sources' | 'claims', ids: readonly string[], known: Set<string>) => {
    for (let i = 0; i < ids.length && !errors.full; i++) {
      const id = ids[i] ?? '';
      if (known.has(id)) continue;
      const noun = kind === 'sources' ? 'source' : 'claim';
      errors.push({
        file: fileName,
        recordId: null,
        field: `grades.${kind}.${i}`,
        message: `grades a ${noun} ${quoteValue(id)} that is not in ${where}`,
      });
    }
  };
  check(
    'sources',
    grades.sources.map((g) => g.sourceId),
    sourceIds,
  );
  check(
    'claims',
    grades.claims.map((g) => g.claimId),
    claimIds,
  );
  return errors;
}

interface ChangeCounts {
  added: number;
  changed: number;
  unchanged: number;
}

export const PREVIEW_KINDS = ['articles', 'sources', 'measures', 'claims', 'texts', 'sourceGrades', 'claimGrades'] as const;
export type PreviewKind = (typeof PREVIEW_KINDS)[number];
export type ImportPreview = Record<PreviewKind, ChangeCounts>;

/** JSON with object keys sorted, so two records that differ only in key order compare equal. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isPlainObject(value)) {
    // Keys holding undefined are left out, as JSON.stringify does.
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}

function countChanges<T>(current: readonly T[], incoming: readonly T[], key: (t: T) => string): ChangeCounts {
  const existing = new Map(current.map((t) => [key(t), canonicalJson(t)]));
  const counts: ChangeCounts = { added: 0, changed: 0, unchanged: 0 };
  for (const t of incoming) {
    const before = existing.get(key(t));
    if (before === undefined) counts.added++;
    else if (before === canonicalJson(t)) counts.unchanged++;
    else counts.changed++;
  }
  return counts;
}

/** What importing `incoming` would add or change, per kind, against `current` (null: against nothing, so all is new). */
export function previewImport(current: BundleContent | null, incoming: BundleContent): ImportPreview {
  const cur = current ?? {
    dataset: { articles: [], sources: [], measures: [], claims: [] },
    texts: new Map<string, string>(),
    grades: NO_GRADES,
  };
  const id = (r: { id: string }) => r.id;
  return {
    articles: countChanges(cur.dataset.articles, incoming.dataset.articles, id),
    sources: countChanges(cur.dataset.sources, incoming.dataset.sources, id),
    measures: countChanges(cur.dataset.measures, incoming.dataset.measures, id),
    claims: countChanges(cur.dataset.claims, incoming.dataset.claims, id),
    texts: countChanges([...cur.texts], [...incoming.texts], ([file]) => file),
    sourceGrades: countChanges(cur.grades.sources, incoming.grades.sources, (g) => g.sourceId),
    claimGrades: countChanges(cur.grades.claims, incoming.grades.claims, (g) => g.claimId),
  };
}

function mergeById<T>(current: readonly T[], incoming: readonly T[], key: (t: T) => string): T[] {
  const merged = new Map(current.map((t) => [key(t), t]));
  for (const t of incoming) merged.set(key(t), t);
  return [...merged.values()];
}

/**
 * Merges `incoming` into `current`: a record with the same id is replaced, everything else is kept; the result is re-checked,
 * and every grade must name a record of the result. `fileName` names the incoming file in errors.
 */
export function mergeContent(current: BundleContent, incoming: BundleContent, fileName = 'bundle'): BundleResult {
  const id = (r: { id: string }) => r.id;
  const dataset: Dataset = {
    articles: mergeById(current.dataset.articles, incoming.dataset.articles, id),
    sources: mergeById(current.dataset.sources, incoming.dataset.sources, id),
    measures: mergeById(current.dataset.measures, incoming.dataset.measures, id),
    claims: mergeById(current.dataset.claims, incoming.dataset.claims, id),
  };
  const texts = new Map([...current.texts, ...incoming.texts]);
  // The merge must hold together too: an incoming claim may point at a measure the current copy changed.
  const checked = validateDataset(dataset, texts);
  if (!checked.ok) return checked;
  const unknown = gradeReferenceErrors(incoming.grades, checked.dataset, fileName, 'the bundle or the workspace');
  if (unknown.length > 0) return refusal(unknown);
  const stories = current.stories || incoming.stories ? mergeById(current.stories ?? [], incoming.stories ?? [], (s) => s.id) : undefined;
  if (stories) {
    // A story kept from the workspace may walk through a record the import changed.
    const storyErrors = new ErrorList();
    validateStories(stories, checked.dataset, STORIES_FILE, storyErrors);
    if (storyErrors.length > 0) return refusal(storyErrors);
  }
  return {
    ok: true,
    content: {
      dataset: checked.dataset,
      texts,
      grades: {
        sources: mergeById(current.grades.sources, incoming.grades.sources, (g) => g.sourceId),
        claims: mergeById(current.grades.claims, incoming.grades.claims, (g) => g.claimId),
      },
      ...(stories && { stories }),
    },
  };
}
