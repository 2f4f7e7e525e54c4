// One handler set, shared by Vitest (node server) and Playwright (page routing), serving data/ as published.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { delay, http, HttpResponse } from 'msw';
import { buildHostileDataset, type HostileDataset } from '../hostile-dataset';

// A string, not new URL(): test DOMs replace the global URL class.
const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data') + '/';
const DATASET_FILES = ['articles.json', 'sources.json', 'measures.json', 'claims.json', 'events.json', 'stories.json'] as const;

function readDataFile(file: string): string | null {
  const path = normalize(join(DATA_DIR, file));
  if (!path.startsWith(DATA_DIR) || !existsSync(path)) return null;
  return readFileSync(path, 'utf8');
}

/** Happy paths for the dataset JSON files, the events list and the classroom stories. */
export const datasetHandlers = DATASET_FILES.map((file) =>
  http.get(`*/data/${file}`, () => {
    const body = readDataFile(file);
    return body === null
      ? new HttpResponse(null, { status: 404 })
      : HttpResponse.text(body, { headers: { 'Content-Type': 'application/json' } });
  }),
);

/** Happy paths for article texts. */
export const articleTextHandlers = [
  http.get('*/data/:file', ({ params }) => {
    const file = String(params.file);
    if (!file.endsWith('.txt')) return undefined;
    const body = readDataFile(file);
    return body === null ? new HttpResponse(null, { status: 404 }) : HttpResponse.text(body);
  }),
];

export const handlers = [...datasetHandlers, ...articleTextHandlers];

const claimsUrl = '*/data/claims.json';

let hostile: HostileDataset | null = null;
/** The hostile dataset, built on first use (it reads and rewrites the whole shipped dataset). */
export function hostileDataset(): HostileDataset {
  hostile ??= buildHostileDataset();
  return hostile;
}

/** Named fault scenarios: pass to server.use() or network.use() in a test. */
export const scenarios = {
  /** The claims request fails like a dropped connection. */
  offline: () => [http.get(claimsUrl, () => HttpResponse.error())],
  /** The claims request answers 500. */
  serverError: () => [http.get(claimsUrl, () => new HttpResponse('boom', { status: 500, statusText: 'Internal Server Error' }))],
  /** The claims request never answers within the test. */
  slow: () => [
    http.get(claimsUrl, async () => {
      await delay('infinite');
      return new HttpResponse(null, { status: 204 });
    }),
  ],
  /** The claims file is cut off half-way through. */
  truncated: () => [
    http.get(claimsUrl, () => {
      const body = readDataFile('claims.json') ?? '';
      return HttpResponse.text(body.slice(0, Math.floor(body.length / 2)), { headers: { 'Content-Type': 'application/json' } });
    }),
  ],
  /** The claims file is not JSON at all. */
  malformed: () => [
    http.get(claimsUrl, () =>
      HttpResponse.text('<html>Service temporarily unavailable</html>', { headers: { 'Content-Type': 'application/json' } }),
    ),
  ],
  /** The claims file is valid JSON that breaks the schema. */
  invalidSchema: () => [http.get(claimsUrl, () => HttpResponse.json([{ id: 'c-broken', quote: 42 }]))],
  /** The dataset has no claims at all. */
  empty: () => [http.get(claimsUrl, () => HttpResponse.json([]))],
  /** Every name, title, byline, URL, quote, note and article text carries hostile strings (script, bidi, formulas…). */
  hostile: () => {
    const { dataset, events, texts } = hostileDataset();
    // A Map, not an object: a request for "__proto__.json" must find nothing.
    const files = new Map<string, unknown>([
      ...Object.entries(dataset).map(([k, v]) => [`${k}.json`, v] as const),
      ['events.json', events],
    ]);
    return [
      http.get('*/data/:file', ({ params }) => {
        const file = String(params.file);
        const json = files.get(file);
        if (json !== undefined) return HttpResponse.json(json);
        const text = texts.get(file);
        return text === undefined ? new HttpResponse(null, { status: 404 }) : HttpResponse.text(text);
      }),
    ];
  },
  /** The first claims request fails, later ones succeed: a retry must work. */
  failOnce: () => {
    let failed = false;
    return [
      http.get(claimsUrl, () => {
        if (failed) return undefined;
        failed = true;
        return new HttpResponse('boom', { status: 500, statusText: 'Internal Server Error' });
      }),
    ];
  },
};
