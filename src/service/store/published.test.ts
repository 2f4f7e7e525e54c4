import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { delay, http, HttpResponse } from 'msw';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { checkedFilesSchema, type CheckedFiles } from '../../domain/checked-files';
import { parseBuiltAnswer } from '../../domain/built-answers';
import { NO_FILTERS } from '../../domain/filter';
import { SOURCE_PAGE_SIZE } from '../../domain/view-models/source-profiles-order';
import { mockNetworkInNode } from '../../testing/msw/node-network';
import { server } from '../../testing/msw/server';
import { DATA_DIR, loadShippedDataset } from '../../testing/real-dataset';
import { ApiError } from '../api-error';
import { firstView } from '../../domain/first-view';
import type { FirstView } from '../../domain/first-view';
import { partFile } from '../../domain/claim-parts';
import type { Claim } from '../../domain/schema';
import { generateCorpusFiles } from '../../testing/corpus';
import { loadPublishedDataset, sha256Hex, stillWaitingFor, type SealedParts } from './published';

// Sealed by the build's own script, in its own process, as the build runs it.
const SEALED = mkdtempSync(join(tmpdir(), 'corroborate-published-'));
execFileSync(process.execPath, ['--import', 'tsx', resolve(DATA_DIR, '../scripts/seal-data.ts'), DATA_DIR, SEALED]);
const sealed = (file: string) => readFileSync(join(SEALED, file), 'utf8');

/** Watches the app read the build's record: `next()` resolves once it has read it again, so a test can hold a large
 * file back until then. */
function watchRecordReads(): { next: () => Promise<void> } {
  let recordRead: () => void = () => undefined;
  const parse = checkedFilesSchema.safeParse.bind(checkedFilesSchema);
  vi.spyOn(checkedFilesSchema, 'safeParse').mockImplementation((data) => {
    const result = parse(data);
    recordRead();
    return result;
  });
  return { next: () => new Promise<void>((ok) => (recordRead = ok)) };
}

/**
 * Claims with one claim's notes left out, and a record vouching for exactly those bytes: validation would fill the notes
 * in (""), so a claim still without them was not validated.
 */
function vouched(): { text: string; record: string } {
  const claims = JSON.parse(sealed('claims.json')) as Record<string, unknown>[];
  delete claims[0]?.notes;
  const text = JSON.stringify(claims);
  const record = JSON.parse(sealed('checked.json')) as { format: 1; files: Record<string, string> };
  record.files['claims.json'] = createHash('sha256').update(text, 'utf8').digest('hex');
  return { text, record: JSON.stringify(record) };
}

/** Serves the sealed folder; `files` replaces some of it, and 'hang' never answers. */
function serve(files: Record<string, string> = {}) {
  server.use(
    http.get('*/data/:file', async ({ params }) => {
      const file = String(params.file);
      const body = files[file] ?? sealed(file);
      if (body === 'hang') await delay('infinite');
      return HttpResponse.text(body, { headers: { 'Content-Type': 'application/json' } });
    }),
  );
}

mockNetworkInNode();
afterAll(() => rmSync(SEALED, { recursive: true, force: true }));

/** A generated dataset large enough to be split into parts (two), sealed by the build's script. */
function sealedCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-parts-'));
  for (const { name, contents, append } of generateCorpusFiles({ claims: 4500, seed: 5 })) {
    (append ? appendFileSync : writeFileSync)(join(dir, name), contents);
  }
  execFileSync(process.execPath, ['--import', 'tsx', resolve(DATA_DIR, '../scripts/seal-data.ts'), dir, dir]);
  return dir;
}
afterEach(() => vi.unstubAllGlobals());

describe('loading the published dataset', () => {
  it('hashes the bytes as served, as the build does', async () => {
    const record = JSON.parse(sealed('checked.json')) as { files: Record<string, string> };
    expect(await sha256Hex(new Uint8Array(readFileSync(join(SEALED, 'claims.json'))))).toBe(record.files['claims.json']);
    const text = 'é — ١٢٣ “quoted”';
    expect(await sha256Hex(new TextEncoder().encode(text))).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('gives the records validation gives, from the files the build sealed', async () => {
    serve();
    expect(await loadPublishedDataset(() => undefined)).toStrictEqual(loadShippedDataset());
  });

  it('does not validate bytes the record vouches for', async () => {
    const { text, record } = vouched();
    // Handlers added later come first: the rest of the folder, then these two.
    serve();
    // The claims answer only once the app has read the record, as a large file arrives after a small one.
    const read = watchRecordReads().next();
    server.use(
      http.get('*/data/checked.json', () => HttpResponse.text(record, { headers: { 'Content-Type': 'application/json' } })),
      http.get('*/data/claims.json', async () => {
        await read;
        return HttpResponse.text(text, { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    const loaded = await loadPublishedDataset(() => undefined);
    expect(loaded.claims[0]).not.toHaveProperty('notes');
  });

  it('validates everything where the page cannot hash: over plain http there is no crypto.subtle', async () => {
    vi.stubGlobal('crypto', {});
    const { text, record } = vouched();
    serve({ 'claims.json': text, 'checked.json': record });
    expect((await loadPublishedDataset(() => undefined)).claims[0]).toHaveProperty('notes', '');
  });

  it('validates a file that changed since the build checked it, and names what is wrong', async () => {
    const claims = JSON.parse(sealed('claims.json')) as { value: { low: unknown } }[];
    const first = claims[0];
    if (!first) throw new Error('no claims');
    first.value.low = 'many';
    serve({ 'claims.json': JSON.stringify(claims) });
    const failure = await loadPublishedDataset(() => undefined).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).kind).toBe('schema');
    expect((failure as ApiError).details[0]).toMatch(/^claims\.json › 0\.value\.low:/);
  });

  it('validates everything when there is no record, or the record is broken, or it never arrives', async () => {
    for (const record of ['{"format":2}', '<html></html>', 'hang']) {
      serve({ 'checked.json': record });
      expect(await loadPublishedDataset(() => undefined)).toStrictEqual(loadShippedDataset());
      server.resetHandlers();
    }
  });

  it('gives the landing view the build made, only when every file and the view arrive as it sealed them', async () => {
    // The claims answer only once the app has read the record, as a large file arrives after a small one.
    const records = watchRecordReads();
    // …and after the view was sent and the three small files were read (the progress line then waits for the claims
    // alone), as small files come before a large one. Waiting for the small files as the load read them, not as the
    // server sent them: under load, a file sent first could be read after the claims, which were then parsed before the
    // view was given. The view, small and sent at once, is in by then.
    let smallFilesIn: () => void = () => undefined;
    const serveAfterRecord = (files: Record<string, string> = {}) => {
      const read = records.next();
      let viewSent: () => void = () => undefined;
      const sent = new Promise<void>((ok) => (viewSent = ok));
      const small = new Promise<void>((ok) => (smallFilesIn = ok));
      serve(files);
      const json = { headers: { 'Content-Type': 'application/json' } };
      server.use(
        http.get('*/data/claims.json', async () => {
          await Promise.all([read, small, files['first-view.json'] === 'hang' ? undefined : sent]);
          return HttpResponse.text(files['claims.json'] ?? sealed('claims.json'), json);
        }),
        http.get('*/data/first-view.json', async () => {
          const body = files['first-view.json'] ?? sealed('first-view.json');
          if (body === 'hang') await delay('infinite');
          viewSent();
          return body === 'missing' ? new HttpResponse(null, { status: 404 }) : HttpResponse.text(body, json);
        }),
      );
    };
    // The view given, and whether the claims had been parsed when it was.
    const viewOf = async () => {
      const given: { view: FirstView | null; claimsParsed: boolean | null; claims: number } = { view: null, claimsParsed: null, claims: 0 };
      const parse = vi.spyOn(JSON, 'parse');
      const onProgress = ({ message }: { message: string }) => {
        if (message === stillWaitingFor(['claims.json'])) smallFilesIn();
      };
      const dataset = await loadPublishedDataset(onProgress, undefined, {
        onView: (view) => {
          given.view = view;
          given.claimsParsed = parse.mock.calls.some(([text]) => text === sealed('claims.json'));
        },
      });
      parse.mockRestore();
      given.claims = dataset.claims.length;
      return given;
    };
    serveAfterRecord();
    const given = await viewOf();
    expect(given.view).toEqual(firstView(loadShippedDataset()));
    // Given as soon as the claims' bytes matched the record, before they were parsed.
    expect(given.claimsParsed).toBe(false);
    // A claims file the record does not vouch for (changed since the build, but valid): the view was not made from it.
    const claims = JSON.parse(sealed('claims.json')) as { notes: string }[];
    if (claims[0]) claims[0].notes = 'changed after the build';
    serveAfterRecord({ 'claims.json': JSON.stringify(claims) });
    expect((await viewOf()).view).toBeNull();
    // A view whose bytes changed since the build.
    const changed = JSON.parse(sealed('first-view.json')) as { totalClaims: number };
    changed.totalClaims += 1;
    serveAfterRecord({ 'first-view.json': JSON.stringify(changed) });
    expect((await viewOf()).view).toBeNull();
    // No record: everything is validated, and the view is made from the records.
    serve({ 'checked.json': '<html></html>' });
    expect((await viewOf()).view).toBeNull();
    // A view that cannot be downloaded.
    server.resetHandlers();
    serveAfterRecord({ 'first-view.json': 'missing' });
    expect((await viewOf()).view).toBeNull();
    // A view that never comes: the records load all the same, and the view is made from them.
    server.resetHandlers();
    serveAfterRecord({ 'first-view.json': 'hang' });
    expect(await viewOf()).toMatchObject({ view: null, claims: loadShippedDataset().claims.length });
  });
});

describe('the claims split by comparison', () => {
  const LARGE = sealedCorpus();
  afterAll(() => rmSync(LARGE, { recursive: true, force: true }));
  const file = (name: string) => readFileSync(join(LARGE, name), 'utf8');

  /** Serves the sealed corpus, parts included; `files` replaces some of it. The claims come once the record was read, as
   * a large file arrives after a small one. */
  const serveLarge = (files: Record<string, string> = {}) => {
    const json = { headers: { 'Content-Type': 'application/json' } };
    const read = watchRecordReads().next();
    server.use(
      http.get('*/data/:file', async ({ params }) => {
        const name = String(params.file);
        if (name === 'claims.json') await read;
        return HttpResponse.text(files[name] ?? file(name), json);
      }),
      http.get('*/data/:folder/:file', ({ params }) => {
        const name = `${String(params.folder)}/${String(params.file)}`;
        return HttpResponse.text(files[name] ?? file(name), json);
      }),
    );
  };
  const builtFiles = () => Object.keys((JSON.parse(file('checked.json')) as CheckedFiles).files).filter((f) => f.startsWith('answers/'));
  const load = async () => {
    let given: SealedParts | null = null;
    const dataset = await loadPublishedDataset(() => undefined, undefined, { onParts: (parts) => (given = parts) });
    return { dataset, parts: given as SealedParts | null };
  };

  it('gives the other records and the parts, each part the build wrote, once claims.json matched the record too', async () => {
    serveLarge();
    const { dataset, parts } = await load();
    if (!parts) throw new Error('the parts were not given');
    expect(parts.count).toBe(2);
    expect(parts.measures).toStrictEqual(dataset.measures);
    expect(parts.sources).toStrictEqual(dataset.sources);
    expect(parts.articles).toStrictEqual(dataset.articles);
    const read = await Promise.all([parts.read(0), parts.read(1)]);
    expect(read[0]).toStrictEqual(JSON.parse(file(partFile(0))));
    expect(read.flatMap((p) => p ?? [])).toHaveLength(dataset.claims.length);
    // Asked again, the same part is not downloaded again.
    expect(await parts.read(0)).toBe(read[0]);
    // The index names each claim's part.
    for (const claim of dataset.claims.slice(0, 50)) {
      const part = await parts.partOfClaim(claim.id);
      expect(read[part ?? -1]?.some((c) => c.id === claim.id)).toBe(true);
    }
    expect(await parts.partOfClaim('no-such-claim')).toBeNull();
  });

  it('gives each answer the build made to its own question, and none to a question it did not answer', async () => {
    serveLarge();
    const { parts } = await load();
    const files = builtFiles();
    expect(new Set(files.map((f) => parseBuiltAnswer(file(f)).name))).toEqual(
      new Set(['timeline', 'measureTimeline', 'timelineRows', 'sources', 'matrix']),
    );
    for (const f of files) {
      const built = parseBuiltAnswer(file(f));
      expect(await parts?.built(built.name, built.asked)).toStrictEqual(built.answer);
      // The same question under another name is not answered.
      expect(await parts?.built('no-such-question', built.asked)).toBeNull();
    }
    expect(await parts?.built('sources', { filters: NO_FILTERS, count: 2 * SOURCE_PAGE_SIZE })).toBeNull();
  });

  it('reads no part and gives no built answer from a claims file changed since the build', async () => {
    const claims = JSON.parse(file('claims.json')) as Claim[];
    if (claims[0]) claims[0].notes = 'changed after the build';
    serveLarge({ 'claims.json': JSON.stringify(claims) });
    const { parts } = await load();
    expect(await parts?.read(0)).toBeNull();
    const built = parseBuiltAnswer(file(builtFiles()[0] ?? ''));
    expect(await parts?.built(built.name, built.asked)).toBeNull();
  });

  it('gives no built answer whose file changed since the build', async () => {
    const [first] = builtFiles();
    if (!first) throw new Error('the build made no answer');
    const built = parseBuiltAnswer(file(first));
    serveLarge({ [first]: JSON.stringify({ ...built, answer: null }) });
    expect(await (await load()).parts?.built(built.name, built.asked)).toBeNull();
  });

  it('reads no part that changed since the build, and the others as they were', async () => {
    const part = JSON.parse(file(partFile(1))) as Claim[];
    part.pop();
    serveLarge({ [partFile(1)]: JSON.stringify(part) });
    const { parts } = await load();
    expect(await parts?.read(1)).toBeNull();
    expect(await parts?.read(0)).toStrictEqual(JSON.parse(file(partFile(0))));
  });
});
