// Fetch → parse → validate, shared by the Web Worker and the main-thread fallback so both behave the same.
import { z } from '../../domain/zod';
import { CHECKED_FILE, checkedFilesSchema, isChecked, type CheckedFiles } from '../../domain/checked-files';
import { FIRST_VIEW_FILE } from '../../domain/checked-files-name';
import type { FirstView } from '../../domain/first-view';
import { claimIndexFile, partFile, partOf, partsListed } from '../../domain/claim-parts';
import { answers, builtAnswerFile, parseBuiltAnswer, type BuiltAnswer } from '../../domain/built-answers';
import {
  articleSchema,
  claimSchema,
  measureSchema,
  sourceSchema,
  type Article,
  type Claim,
  type Dataset,
  type Measure,
  type Source,
} from '../../domain/schema';
import { PUBLISHED_FILES } from '../early-downloads';
import { fetchBytes, fetchJson, parseJson } from '../http';
import type { LoadProgress } from '../progress';

/** SHA-256 of bytes, lowercase hex: a dataset file as served, hashed as the build hashed it. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether the build's record vouches for exactly these bytes of `file`: then the file is as the validator (or, for the
 * view, firstView()) wrote it, and JSON.parse alone gives what the checks would. The bytes are hashed as they came. */
async function isSealed(file: string, bytes: Uint8Array<ArrayBuffer>, record: CheckedFiles | null): Promise<boolean> {
  if (record === null) return false;
  // crypto.subtle exists only in secure contexts (https, localhost): over plain http the hash fails, and all is validated.
  const hash = await sha256Hex(bytes).catch(() => null);
  return hash !== null && isChecked(record, file, hash);
}

/** A dataset file, parsed alone when `sealed`, otherwise validated against its schema. */
function readFile<S extends z.ZodType>(file: string, bytes: Uint8Array<ArrayBuffer>, schema: S, sealed: boolean): z.infer<S> {
  const text = new TextDecoder().decode(bytes);
  // The cast is the seal's promise: scripts/seal-data.ts wrote this text from the schema's own output.
  return sealed ? (JSON.parse(text) as z.infer<S>) : parseJson(file, text, schema);
}

/** The records beside the claims, and the claims split by comparison at build (`src/domain/claim-parts.ts`). */
export interface SealedParts {
  articles: Article[];
  sources: Source[];
  measures: Measure[];
  /** How many parts the build wrote. */
  count: number;
  /** The claims of one part, once its bytes matched the build's record and claims.json's did too (so the parts were
   * split from the very claims being loaded); null otherwise. Each part is downloaded once. */
  read(part: number): Promise<Claim[] | null>;
  /** The part a claim is in, from the claim index the build wrote; null for a claim it does not list, or an index that
   * did not arrive as sealed. */
  partOfClaim(claimId: string): Promise<number | null>;
  /** The answer the build made to question `name` asked with `asked` (src/domain/built-answers.ts), under the same
   * conditions as a part; null when the build made none for that question. */
  built(name: string, asked: unknown): Promise<unknown>;
}

/** Reads the claims' parts and their index over the build's record: each file downloaded once, and parsed only when its
 * bytes are the ones the build wrote; a part is given only once `claimsSealed` says claims.json matched the record too. */
function partsReader(
  record: CheckedFiles,
  count: number,
  claimsSealed: Promise<boolean>,
  signal?: AbortSignal,
): Pick<SealedParts, 'read' | 'partOfClaim' | 'built'> {
  const reads = new Map<string, Promise<unknown>>();
  const readSealed = (file: string, parse: (text: string) => unknown = JSON.parse): Promise<unknown> => {
    let found = reads.get(file);
    if (!found) {
      found = fetchBytes(file, signal)
        .then(async (bytes): Promise<unknown> => ((await isSealed(file, bytes, record)) ? parse(new TextDecoder().decode(bytes)) : null))
        .catch(() => null);
      reads.set(file, found);
    }
    return found;
  };
  return {
    // Downloaded at once; given only when claims.json is known to be the file the parts were split from. The casts are
    // the seal's promise: scripts/seal-data.ts wrote these files from the validated claims.
    read: async (part) => {
      const claims = readSealed(partFile(part)) as Promise<Claim[] | null>;
      return (await claimsSealed) ? claims : null;
    },
    partOfClaim: async (claimId) => {
      const index = (await readSealed(claimIndexFile(partOf(claimId, count)))) as Record<string, number> | null;
      return index && Object.hasOwn(index, claimId) ? (index[claimId] ?? null) : null;
    },
    built: async (name, asked) => {
      const file = builtAnswerFile(name, asked);
      // Most questions have no built answer: the record says so without a request.
      if (!Object.hasOwn(record.files, file)) return null;
      const built = (await readSealed(file, parseBuiltAnswer)) as BuiltAnswer | null;
      return built && answers(built, name, asked) && (await claimsSealed) ? built.answer : null;
    },
  };
}

/** The progress line once some of the dataset's files are in: it names the ones still awaited. */
export function stillWaitingFor(files: readonly string[]): string {
  return `Downloading the dataset… still waiting for ${files.join(', ')}.`;
}

/** What a load gives before the claims are parsed, when the files arrived as the build sealed them. */
export interface EarlyReads {
  /** The landing view the build made (first-view.json). */
  onView?: (view: FirstView) => void;
  /** The other records and the claims' parts, as soon as the three small files are in, sealed and parsed. */
  onParts?: (parts: SealedParts) => void;
}

/**
 * Loads the published dataset over HTTP; every file the build did not check, or that changed since, is validated here.
 * `onView` is given the landing view the build made (first-view.json) as soon as the four files are in and each matched
 * the build's record, before the last of them is parsed: it was made from these very records. The view must be in by
 * then, and match the record too; otherwise it is not given (no record, a file changed since the build, a view failed,
 * late or changed), and the view is made from the records. `onParts` is given the claims' parts in the same way.
 */
export async function loadPublishedDataset(
  onProgress: (p: LoadProgress) => void,
  signal?: AbortSignal,
  { onView, onParts }: EarlyReads = {},
): Promise<Dataset> {
  onProgress({ stage: 'download', message: 'Downloading the dataset…' });
  // Without the build's record (a dataset folder served as it is, or an unreadable record), every file is validated.
  const record = fetchJson(CHECKED_FILE, checkedFilesSchema, signal).catch(() => null);
  // The worker asks for the same files as it starts (PUBLISHED_FILES); these requests take those downloads.
  // The view is small and comes first; one still on its way when the records are in is not waited for.
  const view: { bytes: Uint8Array<ArrayBuffer> | null } = { bytes: null };
  fetchBytes(FIRST_VIEW_FILE, signal).then(
    (bytes) => (view.bytes = bytes),
    () => undefined,
  );
  const texts = {
    'articles.json': fetchBytes('articles.json', signal),
    'sources.json': fetchBytes('sources.json', signal),
    'measures.json': fetchBytes('measures.json', signal),
    'claims.json': fetchBytes('claims.json', signal),
  } satisfies Record<Exclude<(typeof PUBLISHED_FILES)[number], typeof CHECKED_FILE | typeof FIRST_VIEW_FILE>, unknown>;
  // The record is waited for only while data files are still on their way: a hung record must never hang the load.
  const allIn = Promise.all(Object.values(texts)).then(
    () => null,
    () => null,
  );
  const checked = Promise.race([record, allIn]);
  // Once some files are in, name the ones still awaited: a slow or hung file is then named on screen.
  const waiting = new Set(Object.keys(texts));
  const sealedFiles = new Set<string>();
  let viewGiven = false;
  // Called as each file's seal is known: the last of the four gives the view, before it is parsed.
  const giveView = async (record: CheckedFiles | null) => {
    const bytes = view.bytes;
    if (viewGiven || !onView || !bytes || sealedFiles.size < Object.keys(texts).length) return;
    viewGiven = true;
    if (!(await isSealed(FIRST_VIEW_FILE, bytes, record))) return;
    // The cast is the seal's promise: scripts/seal-data.ts wrote this text from firstView() of the same records.
    onView(JSON.parse(new TextDecoder().decode(bytes)) as FirstView);
    // A task's turn, so the answer made from the view is posted before the long parse holds the thread.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  // Whether claims.json is the file the build split into parts: known once it is in and hashed, before it is parsed.
  let sealClaims: (sealed: boolean) => void = () => undefined;
  const claimsSealed = new Promise<boolean>((resolve) => (sealClaims = resolve));
  const beside: Partial<Pick<Dataset, 'articles' | 'sources' | 'measures'>> = {};
  let partsGiven = false;
  const giveParts = (record: CheckedFiles | null) => {
    const { articles, sources, measures } = beside;
    const count = record ? partsListed(record.files) : 0;
    if (partsGiven || !onParts || !record || count === 0 || !articles || !sources || !measures) return;
    if (!['articles.json', 'sources.json', 'measures.json'].every((f) => sealedFiles.has(f))) return;
    partsGiven = true;
    onParts({ articles, sources, measures, count, ...partsReader(record, count, claimsSealed, signal) });
  };
  const read = async <S extends z.ZodType>(file: keyof typeof texts, schema: S) => {
    const bytes = await texts[file];
    const record = await checked;
    const sealed = await isSealed(file, bytes, record);
    if (sealed) sealedFiles.add(file);
    await giveView(record);
    if (file === 'claims.json') {
      sealClaims(sealed);
      // A task's turn, so that a comparison read from its part is answered before the long parse holds the thread.
      if (partsGiven) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const data = readFile(file, bytes, schema, sealed);
    if (file !== 'claims.json') {
      beside[file.replace('.json', '') as keyof typeof beside] = data as never;
      giveParts(record);
    }
    waiting.delete(file);
    if (waiting.size > 0) onProgress({ stage: 'download', message: stillWaitingFor([...waiting]) });
    return data;
  };
  try {
    const [articles, sources, measures, claims] = await Promise.all([
      read('articles.json', z.array(articleSchema)),
      read('sources.json', z.array(sourceSchema)),
      read('measures.json', z.array(measureSchema)),
      read('claims.json', z.array(claimSchema)),
    ]);
    return { articles, sources, measures, claims };
  } finally {
    // A load that failed before claims.json was hashed reads no part.
    sealClaims(false);
  }
}
