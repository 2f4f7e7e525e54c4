import type { z } from 'zod';

export type ApiErrorKind = 'offline' | 'http' | 'malformed' | 'schema' | 'too-large';

/** A failed dataset request, with a message a reader can act on. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly url: string;
  readonly details: string[];
  constructor(kind: ApiErrorKind, url: string, message: string, details: string[] = []) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.url = url;
    this.details = details;
  }
}

// Anything larger is refused before parsing, so a runaway file cannot freeze the tab.
export const MAX_RESPONSE_BYTES = 200 * 1024 * 1024;

/** URL of a file in the published dataset folder, under the app's base path. */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}data/${path}`;
}

async function request(url: string, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : undefined);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('offline', url, `Could not reach ${url}: the network request failed.`);
  }
  if (!response.ok) {
    throw new ApiError('http', url, `${url} answered ${response.status} ${response.statusText}`.trim() + '.');
  }
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > MAX_RESPONSE_BYTES) {
    throw new ApiError('too-large', url, `${url} is ${length} bytes, over the ${MAX_RESPONSE_BYTES}-byte limit.`);
  }
  return response;
}

/** Reads a text file as stored, without any normalisation. */
export async function fetchText(path: string, signal?: AbortSignal): Promise<string> {
  const url = dataUrl(path);
  const response = await request(url, signal);
  try {
    return await response.text();
  } catch {
    throw new ApiError('offline', url, `The response from ${url} was cut off.`);
  }
}

/** Fetches JSON and parses it with a schema; each failure becomes an ApiError naming the file. */
export async function fetchJson<S extends z.ZodType>(path: string, schema: S, signal?: AbortSignal): Promise<z.infer<S>> {
  const url = dataUrl(path);
  const text = await fetchText(path, signal);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ApiError('malformed', url, `${path} is not valid JSON (${(error as Error).message}).`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.slice(0, 20).map((issue) => `${path} › ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new ApiError('schema', url, `${path} does not match the dataset format.`, details);
  }
  return parsed.data;
}
