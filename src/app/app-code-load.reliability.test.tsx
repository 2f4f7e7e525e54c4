// A fault outside the app's own code: a view's code cannot be downloaded (the app was updated while the page was open,
// or the connection dropped). Browsers keep such an import failed until the page reloads.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { crashCount, recordReliability } from '../testing/reliability-log';
import { renderWithProviders } from '../testing/render';
import { AppRoutes } from './app';

vi.mock('../features/matrix/matrix-page', () => {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/matrix-page-x1.js');
});

beforeEach(() => {
  // React reports the caught error on the console; the test asserts on what the user sees instead.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => vi.restoreAllMocks());

describe('a view whose code cannot be downloaded', () => {
  it('says the view did not load and offers a reload of the page; the other views keep working', async () => {
    let passed = false;
    let crashes = 0;
    try {
      const user = userEvent.setup();
      renderWithProviders(<AppRoutes />, { route: '/matrix' });
      const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
      expect(within(alert).getByRole('heading', { name: 'The matrix did not load' })).toBeInTheDocument();
      expect(within(alert).getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
      // A retry of the view would import the same failed file again: it is not offered.
      expect(within(alert).queryByRole('button', { name: 'Reload this view' })).not.toBeInTheDocument();

      const nav = screen.getByRole('navigation', { name: 'Views' });
      await user.click(within(nav).getByRole('link', { name: 'Sources' }));
      expect(await screen.findByRole('heading', { level: 1, name: /Sources/ }, { timeout: 15_000 })).toBeInTheDocument();
      expect(screen.queryByText(/did not load/)).not.toBeInTheDocument();
      passed = true;
    } catch (error) {
      crashes = crashCount(error);
      throw error;
    } finally {
      recordReliability({ kind: 'fault', name: 'network: a view’s code cannot be downloaded', cases: 1, passed, crashes, lostRecords: 0 });
    }
  }, 30_000);
});
