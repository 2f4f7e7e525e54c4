import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { resetPageService } from '../api/service';
import { server } from './msw/server';

// findBy/waitFor wait for what the user sees; on a loaded 2-core machine that can take longer than the 1 s default.
configure({ asyncUtilTimeout: 10_000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetPageService();
});
afterAll(() => server.close());
