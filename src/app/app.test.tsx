import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { scenarios } from '../testing/msw/handlers';
import { server } from '../testing/msw/server';
import { renderWithProviders } from '../testing/render';
import { AppRoutes } from './app';

describe('the app against the MSW handlers', () => {
  it('ranks the measures on the landing page, most contested first', async () => {
    renderWithProviders(<AppRoutes />, { route: '/' });
    expect(screen.getByRole('status')).toHaveTextContent(/Loading the dataset|Downloading the dataset/);
    const headings = await screen.findAllByRole('heading', { level: 2 }, { timeout: 5000 });
    const cards = headings.map((h) => h.textContent);
    // The two conflicts the dataset is known for are ranked at the top.
    expect(cards.slice(0, 2).join(' | ')).toMatch(/ancient site intact/i);
    expect(cards.slice(0, 2).join(' | ')).toMatch(/air raids/i);
    expect(
      screen.getByText(/counted more than 2\.5 times as many raids a day as the Russian Defence Ministry reported sorties/),
    ).toBeInTheDocument();
  });

  it('shows the failed request with a retry that works', async () => {
    server.use(...scenarios.failOnce());
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, { route: '/' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/could not load the dataset/i);
    expect(alert).toHaveTextContent(/500/);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/counted more than 2\.5 times as many raids a day/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('names the file and field when the data breaks the schema', async () => {
    server.use(...scenarios.invalidSchema());
    renderWithProviders(<AppRoutes />, { route: '/' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('claims.json does not match the dataset format');
    expect(alert).toHaveTextContent(/claims\.json › 0\.quote/);
  });

  it('says so when the dataset has no claims, instead of a blank page', async () => {
    server.use(...scenarios.empty());
    renderWithProviders(<AppRoutes />, { route: '/' });
    expect(await screen.findByText('No measure has figures from two independent sources')).toBeInTheDocument();
  });

  it('groups a comparison by date when the URL says so', async () => {
    renderWithProviders(<AppRoutes />, { route: '/compare/air-raids-palmyra-2016?group=date' });
    expect(await screen.findByRole('heading', { level: 1, name: /air raids on palmyra/i })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Date' })).toHaveAttribute('aria-pressed', 'true');
    const sections = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(sections).toEqual(['2016-03-18', '2016-03-22']);
    expect(screen.getByText(/more than 900 raids in 14 days/)).toBeInTheDocument();
  });

  it('follows the source-kind filter in the matrix', async () => {
    renderWithProviders(<AppRoutes />, { route: '/matrix?kind=monitoring+group' });
    const table = await screen.findByRole('table');
    const columns = within(table)
      .getAllByRole('columnheader')
      .map((c) => c.textContent);
    expect(columns).toContain('Syrian Observatory for Human Rights');
    expect(columns).not.toContain('Russian Defence Ministry');
    expect(screen.getByText(/Showing \d+ of 50 claims/)).toBeInTheDocument();
  });

  it('opens a claim with its quote highlighted in the article text', async () => {
    renderWithProviders(<AppRoutes />, { route: '/claims/c-02' });
    const region = await screen.findByRole('region', { name: /Text of “Russia jets destroying Palmyra/ });
    await waitFor(() => expect(region.querySelector('mark')).not.toBeNull());
    expect(region.querySelector('mark')?.textContent).toBe('More than 900 raids targeted the city in the past two weeks');
    expect(screen.getByRole('button', { name: 'Copy citation' })).toBeInTheDocument();
  });
});

describe('shouldRetry', () => {
  it('retries a dropped connection or a server error twice', async () => {
    const { shouldRetry } = await import('./app');
    const { ApiError } = await import('../service/api-error');
    expect(shouldRetry(0, new ApiError('offline', '/x', 'down'))).toBe(true);
    expect(shouldRetry(1, new ApiError('http', '/x', '500'))).toBe(true);
    expect(shouldRetry(2, new ApiError('http', '/x', '500'))).toBe(false);
  });
  it('never retries a file that is malformed or breaks the schema', async () => {
    const { shouldRetry } = await import('./app');
    const { ApiError } = await import('../service/api-error');
    expect(shouldRetry(0, new ApiError('malformed', '/x', 'bad json'))).toBe(false);
    expect(shouldRetry(0, new ApiError('schema', '/x', 'bad field'))).toBe(false);
    expect(shouldRetry(0, new Error('other'))).toBe(false);
  });
});
