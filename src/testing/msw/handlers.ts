// One handler set, shared by Vitest (node server) and Playwright (page routing), serving data/ as published.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { delay, http, HttpResponse } from 'msw';
import { buildHostileDataset, type HostileDataset } from '../hostile-dataset';

// A string, not new URL(): test DOMs replace the global URL class.
const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data') + '/';
// checked.json and first-view.json are written by the build, not kept in data/: here they answer 404, so every file is
// validated and the landing view is made from the records.
const DATASET_FILES = [
  'articles.json',
  'sources.json',
  'measures.json',
  'claims.json',
  'events.json',
  'stories.json',
  'checked.json',
  'first-view.json',
] as const;

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

// A static host's fallback for addresses it does not have: the app's own page.
const APP_PAGE = resolve(DATA_DIR, '../index.html');

/** The faults every published file is tried with. */
export const FILE_FAULTS = ['notFound', 'hang', 'trickle', 'badType'] as const;
export type FileFault = (typeof FILE_FAULTS)[number];

/** A published file's body a few bytes at a time, with a pause between them; stops when the reader gives up. */
function trickleBody(body: string, bytes: number, everyMs: number): ReadableStream<Uint8Array> {
  const encoded = new TextEncoder().encode(body);
  let sent = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      return new Promise<void>((done) => {
        timer = setTimeout(() => {
          controller.enqueue(encoded.slice(sent, sent + bytes));
          sent += bytes;
          if (sent >= encoded.length) controller.close();
          done();
        }, everyMs);
      });
    },
    cancel() {
      clearTimeout(timer);
    },
  });
}

/** Faults for any published file (a dataset JSON file, events.json, stories.json or an article text): pass to server.use(). */
export const fileFaults: Record<FileFault, (file: string) => ReturnType<typeof http.get>[]> = {
  /** The server does not have the file. */
  notFound: (file) => [http.get(`*/data/${file}`, () => new HttpResponse('Not Found', { status: 404, statusText: 'Not Found' }))],
  /** The request is accepted and never answered. */
  hang: (file) => [
    http.get(`*/data/${file}`, async () => {
      await delay('infinite');
      return new HttpResponse(null, { status: 204 });
    }),
  ],
  /** The file arrives 16 bytes every half second: for any real file, far slower than a reader will wait. */
  trickle: (file) => [
    http.get(
      `*/data/${file}`,
      () =>
        new HttpResponse(trickleBody(readDataFile(file) ?? '', 16, 500), {
          headers: { 'Content-Type': file.endsWith('.json') ? 'application/json' : 'text/plain' },
        }),
    ),
  ],
  /** The file is missing and the host's fallback for unknown addresses answers 200 with the app's page, as text/html. */
  badType: (file) => [
    http.get(`*/data/${file}`, () => HttpResponse.text(readFileSync(APP_PAGE, 'utf8'), { headers: { 'Content-Type': 'text/html' } })),
  ],
};

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
