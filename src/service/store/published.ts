// Fetch → parse → validate, shared by the Web Worker and the main-thread fallback so both behave the same.
import { z } from '../../domain/zod';
import { CHECKED_FILE, checkedFilesSchema, isChecked, type CheckedFiles } from '../../domain/checked-files';
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
): Promise<z.infer<S>> {
  // crypto.subtle exists only in secure contexts (https, localhost): over plain http the hash fails, and all is validated.
  const hash = checked === null ? null : await sha256Hex(bytes).catch(() => null);
  const text = new TextDecoder().decode(bytes);
  if (hash !== null && isChecked(checked, file, hash)) {
    // The cast is the seal's promise: scripts/seal-data.ts wrote this text from the schema's own output.
    return JSON.parse(text) as z.infer<S>;
  }
  return parseJson(file, text, schema);
}

/** Loads the published dataset over HTTP; every file the build did not check, or that changed since, is validated here. */
export async function loadPublishedDataset(onProgress: (p: LoadProgress) => void, signal?: AbortSignal): Promise<Dataset> {
  onProgress({ stage: 'download', message: 'Downloading the dataset…' });
  // Without the build's record (a dataset folder served as it is, or an unreadable record), every file is validated.
  const record = fetchJson(CHECKED_FILE, checkedFilesSchema, signal).catch(() => null);
  // The worker asks for the same files as it starts (PUBLISHED_FILES); these requests take those downloads.
  const texts = {
    'articles.json': fetchBytes('articles.json', signal),
    'sources.json': fetchBytes('sources.json', signal),
    'measures.json': fetchBytes('measures.json', signal),
    'claims.json': fetchBytes('claims.json', signal),
  } satisfies Record<Exclude<(typeof PUBLISHED_FILES)[number], typeof CHECKED_FILE>, unknown>;
  // The record is waited for only while data files are still on their way: a hung record must never hang the load.
  const allIn = Promise.all(Object.values(texts)).then(
    () => null,
    () => null,
  );
  const checked = Promise.race([record, allIn]);
  // Once some files are in, name the ones still awaited: a slow or hung file is then named on screen.
  const waiting = new Set(Object.keys(texts));
  const read = async <S extends z.ZodType>(file: keyof typeof texts, schema: S) => {
    const data = await readChecked(file, await texts[file], schema, await checked);
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
  return { articles, sources, measures, claims };
}
