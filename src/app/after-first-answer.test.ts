import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { afterFirstAnswer } from './after-first-answer';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('afterFirstAnswer', () => {
  it('waits until the first answer is in and nothing else is being fetched, then registers when idle', async () => {
    const client = new QueryClient();
    const register = vi.fn();
    const idle: (() => void)[] = [];
    afterFirstAnswer(client, register, (run) => idle.push(run));

    const view = deferred<string>();
    const other = deferred<string>();
    const first = client.query({ queryKey: ['view'], queryFn: () => view.promise });
    const second = client.query({ queryKey: ['other'], queryFn: () => other.promise });
    view.resolve('cards');
    await first;
    // One answer is in, another request is still out: the view may still be waiting for it.
    expect(idle).toHaveLength(0);

    other.resolve('more');
    await second;
    expect(idle).toHaveLength(1);
    expect(register).not.toHaveBeenCalled();
    idle[0]?.();
    expect(register).toHaveBeenCalledTimes(1);

    // Later answers do not register again.
    await client.query({ queryKey: ['later'], queryFn: () => Promise.resolve('x') });
    expect(idle).toHaveLength(1);
  });

  it('registers after a failed first request too: the offline copy is not tied to the data', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const idle: (() => void)[] = [];
    afterFirstAnswer(
      client,
      () => undefined,
      (run) => idle.push(run),
    );
    await client.query({ queryKey: ['view'], queryFn: () => Promise.reject(new Error('offline')) }).catch(() => undefined);
    expect(idle).toHaveLength(1);
  });

  it('stops waiting when told to', async () => {
    const client = new QueryClient();
    const idle: (() => void)[] = [];
    const stop = afterFirstAnswer(
      client,
      () => undefined,
      (run) => idle.push(run),
    );
    stop();
    await client.query({ queryKey: ['view'], queryFn: () => Promise.resolve('cards') });
    expect(idle).toHaveLength(0);
  });
});
