import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { WINDOW_ROWS } from '../../domain/view-models/matrix-model';
import { serveLargeMatrix } from '../../testing/large-matrix';
import { MatrixPage } from './matrix-page';

describe('MatrixPage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('draws a small matrix whole, so it prints', async () => {
    renderWithProviders(<MatrixPage />, { route: '/matrix' });
    const table = await screen.findByRole('table', {}, { timeout: 5000 });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(30);
    expect(screen.queryByText(/only the part in view is drawn/)).not.toBeInTheDocument();
  });

  it('draws only the rows in view of a large matrix, and says so', async () => {
    serveLargeMatrix();
    renderWithProviders(<MatrixPage />, { route: '/matrix' });
    const table = await screen.findByRole('table', {}, { timeout: 10000 });
    const rowCount = Number(table.getAttribute('aria-rowcount'));
    expect(rowCount - 1).toBeGreaterThan(WINDOW_ROWS);
    // Some measures' rows are drawn (each has a row header), but far fewer than the table has.
    const drawn = within(table).getAllByRole('rowheader').length;
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(20);
    expect(within(table).getAllByRole('row').length).toBeLessThan(30);
    expect(screen.getByText(/only the part in view is drawn/)).toBeInTheDocument();
    // The cells in view come from the data service by themselves: each drawn cell ends with figures or "no figure".
    await waitFor(() => expect(within(table).queryAllByText('Loading…')).toHaveLength(0), { timeout: 10000 });
    expect(table.querySelectorAll('.cell-claim').length).toBeGreaterThan(0);
  });

  it('exports every figure of the searched matrix as a CSV made by the data service, in the table’s order', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:download';
    });
    // The browser's save step: happy-dom would navigate to the blob address instead.
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderWithProviders(<MatrixPage />, { route: '/matrix?q=raids' });
    const table = await screen.findByRole('table', {}, { timeout: 5000 });
    const measures = within(table)
      .getAllByRole('rowheader')
      .map((th) => within(th).getByRole('link').textContent);
    const button = screen.getByRole('button', { name: 'Export CSV' });
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.setup().click(button);
    await waitFor(() => expect(blobs).toHaveLength(1));
    const csv = await (blobs[0] as Blob).text();
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    // Every figure of the searched measures, and only theirs, the table's first measure first.
    expect(rows.length).toBeGreaterThan(measures.length);
    expect(new Set(rows.map((r) => r['measure compared']))).toEqual(new Set(measures));
    expect(rows[0]?.['measure compared']).toBe(measures[0]);
    expect(rows.map((r) => r['as written'])).toContain('20 to 25');
  });
});
