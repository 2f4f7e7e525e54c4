import type { z } from 'zod';
import { clipMessage } from '../domain/quote-value';
import { dataUrl } from './data-url';
import { ApiError } from './api-error';
import { takeDownload } from './early-downloads';

// Anything larger is refused, so a runaway file cannot freeze the tab. Counted on the bytes as they arrive (after the
// browser undoes any compression), never taken from Content-Length, which a server or proxy can get wrong.
export const MAX_RESPONSE_BYTES = 200 * 1024 * 1024;

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

async function request(url: string, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    // A download the worker started as it loaded is the same request, already under way.
    response = await (takeDownload(url) ?? fetch(url, signal ? { signal } : undefined));
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('offline', url, `Could not reach ${url}: the network request failed.`);
  }
  if (!response.ok) {
    throw new ApiError('http', url, `${url} answered ${response.status} ${response.statusText}`.trim() + '.');
  }
  // A declared size over the limit is refused at once; a smaller one is not trusted, the body is counted as it arrives.
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_RESPONSE_BYTES) {
    await response.body?.cancel().catch(() => undefined);
    throw new ApiError('too-large', url, `${url} is ${megabytes(declared)}, over the ${megabytes(MAX_RESPONSE_BYTES)} limit.`);
  }
  // A static host that lacks a file often answers with the app's own page instead (a fallback for client-side routes).
  const type = response.headers.get('content-type') ?? '';
  if (/^\s*text\/html\b/i.test(type)) {
    // Not awaited: some bodies only settle their cancel once the server ends them, and the page is not needed.
    void response.body?.cancel().catch(() => undefined);
    const name = fileName(url);
    throw new ApiError(
      'malformed',
      url,
      `${name} did not arrive: the server sent a web page instead, which usually means the file is missing there.`,
    );
  }
  return response;
}

/** The file's name at the end of its address, as a reader knows it. */
function fileName(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1);
}

/** Reads a response body's bytes, counting them as they arrive and stopping as soon as they pass `maxBytes`. */
async function readBytesCapped(response: Response, url: string, maxBytes: number, signal?: AbortSignal): Promise<Uint8Array<ArrayBuffer>> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > maxBytes) {
        // Stop the download: nothing past the limit is read, let alone parsed. Not awaited: a network layer slow to
        // acknowledge the cancel must not hold up the error.
        void reader.cancel().catch(() => undefined);
        throw new ApiError('too-large', url, `${url} is over the ${megabytes(maxBytes)} limit: reading stopped there.`);
      }
      parts.push(value);
    }
  } catch (error) {
    if (error instanceof ApiError || signal?.aborted) throw error;
    throw new ApiError('offline', url, `The response from ${url} was cut off.`);
  }
  // One buffer, decoded once: decoding each piece as it came was slower, and the dataset's seal is a hash of the bytes.
  const all = new Uint8Array(bytes);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.byteLength;
  }
  return all;
}

/** Reads a text file as stored, without any normalisation. */
export async function fetchText(path: string, signal?: AbortSignal, maxBytes: number = MAX_RESPONSE_BYTES): Promise<string> {
  return new TextDecoder().decode(await fetchBytes(path, signal, maxBytes));
}

/** Reads a file's bytes as served (UTF-8 for the dataset's files). */
export async function fetchBytes(
  path: string,
  signal?: AbortSignal,
  maxBytes: number = MAX_RESPONSE_BYTES,
): Promise<Uint8Array<ArrayBuffer>> {
  const url = dataUrl(path);
  const response = await request(url, signal);
  return readBytesCapped(response, url, maxBytes, signal);
}

/** Fetches JSON and parses it with a schema; each failure becomes an ApiError naming the file. */
export async function fetchJson<S extends z.ZodType>(
  path: string,
  schema: S,
  signal?: AbortSignal,
  maxBytes: number = MAX_RESPONSE_BYTES,
): Promise<z.infer<S>> {
  return parseJson(path, await fetchText(path, signal, maxBytes), schema);
}

/** Parses a fetched file's text as JSON, then with a schema; each failure becomes an ApiError naming the file. */
export function parseJson<S extends z.ZodType>(path: string, text: string, schema: S): z.infer<S> {
  const url = dataUrl(path);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    // A parser's "Unexpected token <" tells a reader nothing: say what the file holds instead.
    if (text.trimStart().startsWith('<')) {
      throw new ApiError('malformed', url, `${path} is not valid JSON: the server sent a web page (HTML) instead of the data.`);
    }
    if (text.trim() === '') throw new ApiError('malformed', url, `${path} is not valid JSON: the file is empty.`);
    throw new ApiError('malformed', url, `${path} is not valid JSON (${clipMessage((error as Error).message)}).`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.slice(0, 20).map((issue) => `${path} › ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new ApiError('schema', url, `${path} does not match the dataset format.`, details);
  }
  return parsed.data;
}
