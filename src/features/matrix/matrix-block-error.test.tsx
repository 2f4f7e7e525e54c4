// A failed block of a large matrix's cells: its error and Retry, while the frame and the other questions stay as they were.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { serveLargeMatrix } from '../../testing/large-matrix';
import { MatrixPage } from './matrix-page';
import { ROW_HEIGHT_ESTIMATE } from './matrix-table';

// The first question for a block of cells fails on its way back, as a question can when the service is busy or the
// browser drops it; every other question, and the retry, goes to the real service.
const failures = vi.hoisted(() => ({ left: 1 }));
vi.mock('../../api/service', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api/service')>();
  const ask: typeof actual.ask = (name, args, signal) => {
    if (name === 'matrixWindow' && failures.left > 0) {
      failures.left--;
      return Promise.reject(new Error('The data service did not answer this question.'));
    }
    return actual.ask(name, args, signal);
  };
  return { ...actual, ask };
});

describe('a large matrix whose block of cells fails', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('says which part failed and why, keeps the cells waiting, and draws them after Retry', async () => {
    serveLargeMatrix();
    renderWithProviders(<MatrixPage />, { route: '/matrix' });
    // The first screen's cells come with the matrix; rows past them are a block of their own.
    const region = await screen.findByRole('region', { name: 'Matrix of measures and sources' }, { timeout: 10000 });
    expect(region.querySelectorAll('.cell-claim').length).toBeGreaterThan(0);
    region.scrollTop = 60 * ROW_HEIGHT_ESTIMATE;
    region.dispatchEvent(new Event('scroll'));
    const alert = await screen.findByRole('alert', {}, { timeout: 10000 });
    expect(alert).toHaveTextContent('Could not load these cells of the matrix');
    expect(alert).toHaveTextContent('The data service did not answer this question.');
    // The frame is drawn; its cells wait, busy, rather than show as empty.
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('rowheader').length).toBeGreaterThan(0);
    expect(within(table).getAllByText('Loading…').length).toBeGreaterThan(0);
    expect(table.querySelectorAll('.cell-claim')).toHaveLength(0);

    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(within(table).queryAllByText('Loading…')).toHaveLength(0), { timeout: 10000 });
    expect(table.querySelectorAll('.cell-claim').length).toBeGreaterThan(0);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(failures.left).toBe(0);
  });
});
