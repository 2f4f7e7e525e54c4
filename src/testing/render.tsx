import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { BrowserRouter } from 'react-router';
import { NuqsAdapter } from 'nuqs/adapters/react-router/v7';
import { RouterClaimOpener } from '../shared/ui/chart-marks/claim-opener';

/** A fresh QueryClient per test, retries off so error states show at once. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

/** Renders UI with the app's providers at a route (path and query string). */
export function renderWithProviders(ui: ReactElement, { route = '/' }: { route?: string } = {}) {
  const client = createTestQueryClient();
  // nuqs's react-router adapter reads window.location, so tests drive the real history, not a MemoryRouter.
  window.history.replaceState(null, '', route);
  return {
    client,
    ...render(
      <QueryClientProvider client={client}>
        <BrowserRouter>
          <NuqsAdapter defaultOptions={{ shallow: false }}>
            <RouterClaimOpener>{ui}</RouterClaimOpener>
          </NuqsAdapter>
        </BrowserRouter>
      </QueryClientProvider>,
    ),
  };
}
