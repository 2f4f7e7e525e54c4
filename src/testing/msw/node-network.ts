import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server } from './server';

/**
 * For a test file that runs in Node, without the page's setup: starts the mocked network for the file, and gives the
 * app's base URL an absolute address, as Node's own fetch (streamed bodies, real Content-Length handling) needs.
 */
export function mockNetworkInNode(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  beforeEach(() => {
    vi.stubEnv('BASE_URL', 'http://localhost/');
    return () => vi.unstubAllEnvs();
  });
}
