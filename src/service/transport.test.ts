// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../domain/filter';
import { over } from '../testing/message-channel';
import { loadShippedDataset } from '../testing/real-dataset';
import { createStore } from './dataset-store';
import { createHandlers, type Handlers } from './handlers';
import { ApiError } from './api-error';
import { PUBLISHED } from './keys';
import type { LoadProgress, RequestContext } from './progress';
import { MessageChannel } from 'node:worker_threads';
import { inPage, joinParts, PART_SIZE, serve, splitLongLists, type Port, type Reply } from './transport';

const shipped = loadShippedDataset();

describe('the data service over a message boundary', () => {
  it('answers each question as the handlers do when called directly', async () => {
    const handlers = createHandlers(createStore({ fetchPublished: () => Promise.resolve(shipped) }));
    const { ask } = over<Handlers>(handlers);
    const direct = await handlers.overview({ key: PUBLISHED, filters: NO_FILTERS }, {});
    const remote = await ask('overview', { key: PUBLISHED, filters: NO_FILTERS });
    // A copy, equal in every field: what the page receives is what the handler made.
    expect(remote).not.toBe(direct);
    expect(remote).toEqual(direct);
    const groupId = direct.overview.groups[0]?.id ?? '';
    expect(await ask('group', { key: PUBLISHED, filters: NO_FILTERS, groupId })).toEqual(
      await handlers.group({ key: PUBLISHED, filters: NO_FILTERS, groupId }, {}),
    );
    const claimId = shipped.claims[0]?.id ?? '';
    expect(await ask('claim', { key: PUBLISHED, claimId })).toEqual(await handlers.claim({ key: PUBLISHED, claimId }, {}));
    const matrix = await ask('matrix', { key: PUBLISHED, filters: NO_FILTERS, sort: 'contested', q: '' });
    expect(matrix.rows?.length).toBeGreaterThan(0);
    expect(matrix).toEqual(await handlers.matrix({ key: PUBLISHED, filters: NO_FILTERS, sort: 'contested', q: '' }, {}));
    const block = {
      key: PUBLISHED,
      filters: NO_FILTERS,
      sort: 'contested' as const,
      q: '',
      rows: { start: 0, end: 5 },
      columns: { start: 0, end: 4 },
    };
    const window = await ask('matrixWindow', block);
    expect(window.rows).toHaveLength(5);
    expect(window).toEqual(await handlers.matrixWindow(block, {}));
    // The suggester's words cross as a map of sets.
    const articleId = shipped.claims[0]?.articleId ?? '';
    const desk = await ask('articleDesk', { key: PUBLISHED, articleId });
    expect(desk.measureWords.size).toBeGreaterThan(0);
    expect(desk).toEqual(await handlers.articleDesk({ key: PUBLISHED, articleId }, {}));
  });

  it('relays progress to the asker while the records load', async () => {
    const { ask } = over<Handlers>(createHandlers(createStore({ fetchPublished: () => Promise.resolve(shipped) })));
    const seen: LoadProgress[] = [];
    await ask('sources', { key: PUBLISHED, filters: NO_FILTERS, count: 1 }, { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.message)).toContain(`Comparing ${shipped.claims.length.toLocaleString('en-GB')} figures…`);
  });

  it('carries errors across as values: an ApiError keeps its class, kind and details', async () => {
    const failing = () =>
      Promise.reject(new ApiError('schema', 'data/claims.json', 'claims.json does not match the schema.', ['claims[3].value: required']));
    const { ask } = over<Handlers>(createHandlers(createStore({ fetchPublished: failing })));
    const error = await ask('catalogue', { key: PUBLISHED }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'schema', url: 'data/claims.json', details: ['claims[3].value: required'] });
    const plain = await ask('catalogue', { key: 'ws:w1@1' }).catch((e: unknown) => e);
    expect(plain).toBeInstanceOf(Error);
    expect((plain as Error).message).toMatch(/\S/);
  });

  it('refuses a question it does not know, by name', async () => {
    const { ask } = over<Record<string, (args: null) => Promise<null>>>({});
    await expect(ask('nonsense', null)).rejects.toThrow('The data service has no question named “nonsense”.');
  });

  it('cancels a question in the handler when the asker gives up, and answers nothing for it', async () => {
    let aborted: () => void = () => undefined;
    const abortedInHandler = new Promise<void>((resolve) => (aborted = resolve));
    const handlers = {
      wait: (_: null, context: RequestContext) =>
        new Promise<string>((_resolve, reject) => {
          context.signal?.addEventListener('abort', () => {
            aborted();
            reject(new Error('stopped'));
          });
        }),
      echo: (text: string) => Promise.resolve(text),
    };
    const { ask } = over(handlers);
    const controller = new AbortController();
    const waiting = ask('wait', null, { signal: controller.signal });
    controller.abort();
    await expect(waiting).rejects.toThrow(/abort/i);
    await abortedInHandler;
    // The channel still answers what comes next.
    expect(await ask('echo', 'still here')).toBe('still here');
  });

  it('fails every waiting question when the other end breaks, and every later one at once', async () => {
    const { ask, fail } = over({ never: () => new Promise<null>(() => undefined) });
    const waiting = ask('never', null);
    fail(new Error('The background process stopped.'));
    await expect(waiting).rejects.toThrow('The background process stopped.');
    await expect(ask('never', null)).rejects.toThrow('The background process stopped.');
  });

  it('runs the same map in the page with the same contract', async () => {
    const failing = () => Promise.reject(new ApiError('http', 'data/claims.json', 'data/claims.json answered 500.'));
    const ask = inPage(createHandlers(createStore({ fetchPublished: failing })));
    const error = await ask('catalogue', { key: PUBLISHED }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'http' });
    const working = inPage(createHandlers(createStore({ fetchPublished: () => Promise.resolve(shipped) })));
    expect((await working('catalogue', { key: PUBLISHED })).records.measures).toHaveLength(shipped.measures.length);
  });

  it('sends a long list in parts, each its own message, and the asker gets the whole answer back in order', async () => {
    const answer = {
      group: { id: 'g', entries: Array.from({ length: 2 * PART_SIZE + 1 }, (_, i) => ({ claimId: `c${i}` })) },
      counts: new Map([['a', 1]]),
      few: [1, 2, 3],
    };
    const channel = new MessageChannel();
    serve(channel.port1 as unknown as Port, { long: () => Promise.resolve(answer) });
    const replies: Reply[] = [];
    const answered = new Promise<void>((resolve) =>
      channel.port2.on('message', (reply: Reply) => {
        replies.push(reply);
        if (reply.type === 'done') resolve();
      }),
    );
    channel.port2.postMessage({ id: 1, type: 'ask', name: 'long', args: null, cancellable: false });
    await answered;
    channel.port1.close();
    channel.port2.close();
    // Three parts of the 2,001 entries, then the answer with an empty list where they go.
    expect(replies.map((r) => r.type)).toEqual(['part', 'part', 'part', 'done']);
    expect(replies.map((r) => (r.type === 'part' ? r.items.length : null))).toEqual([PART_SIZE, PART_SIZE, 1, null]);
    const done = replies.at(-1);
    expect(done?.type === 'done' && (done.value as typeof answer).group.entries).toEqual([]);
    // Over a connected pair, the asker sees the answer as it was made.
    const { ask } = over({ long: () => Promise.resolve(answer) });
    expect(await ask('long', null)).toEqual(answer);
  });

  it('leaves the answer it splits as it was, and splits nothing short or at the top', () => {
    const entries = Array.from({ length: 5 }, (_, i) => i);
    const answer = { group: { entries }, top: 1 };
    const { skeleton, parts } = splitLongLists(answer, 2);
    expect(answer.group.entries).toBe(entries);
    expect(answer.group.entries).toHaveLength(5);
    expect(parts.map((p) => p.items)).toEqual([[0, 1], [2, 3], [4]]);
    expect(parts.every((p) => p.path.join('.') === 'group.entries')).toBe(true);
    expect(joinParts(skeleton, parts)).toEqual(answer);
    const short = { list: [1, 2] };
    expect(splitLongLists(short, 2).skeleton).toBe(short);
    expect(splitLongLists([1, 2, 3], 2).parts).toEqual([]);
  });
});
