import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { mockNetworkInNode } from '../testing/msw/node-network';
import { server } from '../testing/msw/server';
import { fetchTexts, TEXTS_AT_ONCE } from './fetch-texts';

mockNetworkInNode();

describe('several text files', () => {
  it('are downloaded a few at a time and returned by name', async () => {
    let open = 0;
    let most = 0;
    const waiters: (() => void)[] = [];
    server.use(
      http.get('http://localhost/data/:file', async ({ params }) => {
        open++;
        most = Math.max(most, open);
        // Each answer waits until the test lets the oldest one go, so requests pile up as far as the limit allows.
        await new Promise<void>((release) => waiters.push(release));
        open--;
        return HttpResponse.text(`text of ${String(params.file)}`);
      }),
    );
    const files = Array.from({ length: 30 }, (_, i) => `${String(i).padStart(3, '0')}.txt`);
    const done = fetchTexts(files);
    // The first few are all asked for at once, and no more.
    await vi.waitFor(() => expect(waiters.length).toBe(TEXTS_AT_ONCE));
    const state = { finished: false };
    void done.finally(() => (state.finished = true));
    while (!state.finished) {
      await vi.waitFor(() => expect(waiters.length > 0 || state.finished).toBe(true));
      waiters.shift()?.();
    }
    const texts = await done;
    expect(most).toBe(TEXTS_AT_ONCE);
    expect([...texts.keys()]).toEqual(files);
    expect(texts.get('007.txt')).toBe('text of 007.txt');
  });
});
