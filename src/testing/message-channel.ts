// Handlers served over a real message channel (node's), so every question and answer goes through structured clone, as
// between the page and the worker. Channels are closed after each test.
import { MessageChannel } from 'node:worker_threads';
import { afterEach } from 'vitest';
import type { RequestContext } from '../service/progress';
import { connect, serve, type Port } from '../service/transport';

const channels: MessageChannel[] = [];

afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
});

/** Both ends of a real message channel over `handlers`: the asking end, and `fail` as a crashed worker would. */
export function over<H extends Record<string, (args: never, context: RequestContext) => Promise<unknown>>>(handlers: H) {
  const channel = new MessageChannel();
  channels.push(channel);
  serve(channel.port1 as unknown as Port, handlers);
  return connect<H>(channel.port2 as unknown as Port);
}
