import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { z } from '../domain/zod';
import { mockNetworkInNode } from '../testing/msw/node-network';
import { server } from '../testing/msw/server';
import { dataUrl } from './data-url';
import { startDownloads } from './early-downloads';
import { ApiError } from './api-error';
import { fetchJson, fetchText, MAX_RESPONSE_BYTES } from './http';

const CHUNK = 64 * 1024;

/** A body that never ends, as a small compressed file expanding without bound looks once the browser inflates it. */
function endlessBody(): { stream: ReadableStream<Uint8Array>; sent: () => number; cancelled: () => boolean } {
  let sent = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      sent += CHUNK;
      controller.enqueue(new Uint8Array(CHUNK).fill(0x20));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, sent: () => sent, cancelled: () => cancelled };
}

mockNetworkInNode();

describe('the response size guard', () => {
  it('counts the bytes as they arrive and stops past the limit, whatever Content-Length says', async () => {
    const body = endlessBody();
    // The header claims a small file; the body goes on for ever. (MSW in Node waits for the declared length, so this one
    // response is handed to the app as a server would send it.)
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(body.stream, { headers: { 'Content-Length': '100' } }));
    const error = await fetchText('huge.txt', undefined, 1024 * 1024).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('too-large');
    expect((error as ApiError).message).toMatch(/huge\.txt is over the 1 MB limit: reading stopped there\.$/);
    // Reading stopped within a few chunks of the limit, and the download was cancelled.
    expect(body.sent()).toBeLessThan(1024 * 1024 + 8 * CHUNK);
    expect(body.cancelled()).toBe(true);
  });

  it('stops an endless body served through the network layer (no Content-Length at all)', async () => {
    const body = endlessBody();
    server.use(http.get('*/data/endless.json', () => new HttpResponse(body.stream)));
    const error = await fetchJson('endless.json', z.unknown(), undefined, 1024 * 1024).catch((e: unknown) => e);
    expect((error as ApiError).kind).toBe('too-large');
    expect(body.sent()).toBeLessThan(1024 * 1024 + 8 * CHUNK);
  });

  it('refuses at once a response that declares a size over the limit', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response('small', { headers: { 'Content-Length': String(MAX_RESPONSE_BYTES + 1) } }),
    );
    const error = await fetchText('declared.txt').catch((e: unknown) => e);
    expect((error as ApiError).kind).toBe('too-large');
    expect((error as ApiError).message).toMatch(/declared\.txt is 200 MB, over the 200 MB limit\.$/);
  });

  it('reads a body under the limit whole, multi-byte characters split across chunks included', async () => {
    const text = 'Palmyra — تدمر — 😀 '.repeat(10_000);
    server.use(http.get('*/data/fine.txt', () => HttpResponse.text(text)));
    await expect(fetchText('fine.txt', undefined, 1024 * 1024)).resolves.toBe(text);
  });
});

describe('downloads the worker starts as it loads', () => {
  it('are taken by the first request for the same file; a later request fetches again', async () => {
    let served = 0;
    server.use(
      http.get('http://localhost/data/claims.json', () => {
        served++;
        return HttpResponse.text('[1]');
      }),
    );
    startDownloads([dataUrl('claims.json')]);
    // Under way before anyone asks for the file.
    await vi.waitFor(() => expect(served).toBe(1));
    expect(await fetchText('claims.json')).toBe('[1]');
    expect(served).toBe(1);
    expect(await fetchText('claims.json')).toBe('[1]');
    expect(served).toBe(2);
  });

  it('hand a failed download to the request that takes it, as its own error', async () => {
    server.use(http.get('http://localhost/data/sources.json', () => HttpResponse.text('gone', { status: 404, statusText: 'Not Found' })));
    startDownloads([dataUrl('sources.json')]);
    await expect(fetchText('sources.json')).rejects.toThrow('http://localhost/data/sources.json answered 404 Not Found.');
  });
});
