import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../testing/msw/server';
import { renderWithProviders } from '../../testing/render';
import { loadShippedDataset } from '../../testing/real-dataset';
import { MatrixPage, WINDOW_ROWS } from './matrix-page';

/** The shipped dataset with its measures cloned many times over, each clone with its own claims: a matrix too big to draw whole. */
function bigDataset(copies: number) {
  const real = loadShippedDataset();
  const measures = real.measures.flatMap((m) =>
    Array.from({ length: copies }, (_, i) => ({ ...m, id: `${m.id}-${i}`, comparableWith: [] })),
  );
  const claims = real.claims.flatMap((c) =>
    Array.from({ length: copies }, (_, i) => ({ ...c, id: `${c.id}-${i}`, measureId: `${c.measureId}-${i}` })),
  );
  return { ...real, measures, claims };
}

describe('MatrixPage', () => {
  it('draws a small matrix whole, so it prints', async () => {
    renderWithProviders(<MatrixPage />, { route: '/matrix' });
    const table = await screen.findByRole('table', {}, { timeout: 5000 });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(30);
    expect(screen.queryByText(/only the part in view is drawn/)).not.toBeInTheDocument();
  });

  it('draws only the rows in view of a large matrix, and says so', async () => {
    const big = bigDataset(4);
    server.use(
      http.get('*/data/measures.json', () => HttpResponse.json(big.measures)),
      http.get('*/data/claims.json', () => HttpResponse.json(big.claims)),
    );
    renderWithProviders(<MatrixPage />, { route: '/matrix' });
    const table = await screen.findByRole('table', {}, { timeout: 10000 });
    const rowCount = Number(table.getAttribute('aria-rowcount'));
    expect(rowCount - 1).toBeGreaterThan(WINDOW_ROWS);
    // Header row + the rows in view (plus spacer rows), far fewer than the measures.
    expect(within(table).getAllByRole('row').length).toBeLessThan(30);
    expect(screen.getByText(/only the part in view is drawn/)).toBeInTheDocument();
  });
});
