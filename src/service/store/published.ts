// Fetch → parse → validate, shared by the Web Worker and the main-thread fallback so both behave the same.
import { z } from '../../domain/zod';
import { CHECKED_FILE, checkedFilesSchema, isChecked, type CheckedFiles } from '../../domain/checked-files';
import { FIRST_VIEW_FILE } from '../../domain/checked-files-name';
import type { FirstView } from '../../domain/first-view';
import { articleSchema, claimSchema, measureSchema, sourceSchema, type Dataset } from '../../domain/schema';
import { PUBLISHED_FILES } from '../early-downloads';
import { fetchBytes, fetchJson, parseJson } from '../http';
import type { LoadProgress } from '../progress';

/** SHA-256 of bytes, lowercase hex: a dataset file as served, hashed as the build hashed it. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A dataset file, validated unless the build's record says these exact bytes passed its checks: then the file is as
 * the validator wrote it, and JSON.parse alone gives the same records. The bytes are hashed as they came, not encoded
 * again from the text.
 */
async function readChecked<S extends z.ZodType>(
  file: string,
  bytes: Uint8Array<ArrayBuffer>,
  schema: S,
  checked: CheckedFiles | null,
): Promise<{ data: z.infer<S>; sealed: boolean }> {
  // crypto.subtle exists only in secure contexts (https, localhost): over plain http the hash fails, and all is validated.
  const hash = checked === null ? null : await sha256Hex(bytes).catch(() => null);
  const text = new TextDecoder().decode(bytes);
  if (hash !== null && isChecked(checked, file, hash)) {
    // The cast is the seal's promise: scripts/seal-data.ts wrote this text from the schema's own output.
    return { data: JSON.parse(text) as z.infer<S>, sealed: true };
  }
  return { data: parseJson(file, text, schema), sealed: false };
}

/** The landing view the build made for each published dataset that arrived sealed with it (see loadPublishedDataset). */
const firstViews = new WeakMap<Dataset, FirstView>();

/**
 * The landing view the build made from the published files (first-view.json), when the four files of `dataset` arrived
 * as the build sealed them and the view's bytes, in by then, match the same record: it was made from these very records.
 * Otherwise (no record, a file changed since the build, a view failed, late or changed) null, and the view is made here.
 */
export function sealedFirstView(dataset: Dataset): Promise<FirstView | null> {
  return Promise.resolve(firstViews.get(dataset) ?? null);
}

/** The view's bytes parsed, if the record vouches for exactly them. */
async function readFirstView(bytes: Uint8Array<ArrayBuffer>, record: CheckedFiles): Promise<FirstView | null> {
  const hash = await sha256Hex(bytes).catch(() => null);
  if (hash === null || !isChecked(record, FIRST_VIEW_FILE, hash)) return null;
  // The cast is the seal's promise: scripts/seal-data.ts wrote this text from firstView() of the same records.
  return JSON.parse(new TextDecoder().decode(bytes)) as FirstView;
}

/** Loads the published dataset over HTTP; every file the build did not check, or that changed since, is validated here. */
export async function loadPublishedDataset(onProgress: (p: LoadProgress) => void, signal?: AbortSignal): Promise<Dataset> {
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
  // The files validated here, not vouched for by the record.
  const validated = new Set<string>();
  const read = async <S extends z.ZodType>(file: keyof typeof texts, schema: S) => {
    const { data, sealed } = await readChecked(file, await texts[file], schema, await checked);
    if (!sealed) validated.add(file);
    waiting.delete(file);
    if (waiting.size > 0)
      onProgress({ stage: 'download', message: `Downloading the dataset… still waiting for ${[...waiting].join(', ')}.` });
    return data;
  };
  const [articles, sources, measures, claims] = await Promise.all([
    read('articles.json', z.array(articleSchema)),
    read('sources.json', z.array(sourceSchema)),
    read('measures.json', z.array(measureSchema)),
    read('claims.json', z.array(claimSchema)),
  ]);
  const dataset = { articles, sources, measures, claims };
  const sealedBy = await checked;
  if (validated.size === 0 && sealedBy && view.bytes) {
    const made = await readFirstView(view.bytes, sealedBy);
    if (made) firstViews.set(dataset, made);
  }
  return dataset;
}
