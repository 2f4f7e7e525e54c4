import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { indexDataset } from '../../domain/lookups';
import { timelineTableOrder } from '../../domain/view-models/timeline-table';
import { shippedManyTimes } from '../../testing/real-dataset';
import { renderWithProviders } from '../../testing/render';
import { serveDataset } from '../../testing/serve-dataset';
import { ClaimTable } from './claim-table';

describe('every claim in date order', () => {
  it('draws the rows in view, asking for the block of rows it scrolls to', async () => {
    const many = shippedManyTimes(8);
    serveDataset(many);
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(400);
    const ordered = timelineTableOrder(many.claims, indexDataset(many).articles);
    renderWithProviders(<ClaimTable search="" />);
    const region = await screen.findByRole('region', { name: 'Claims in date order' }, { timeout: 10_000 });
    const table = within(region).getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', String(ordered.length + 1));
    const first = ordered[0]?.value.asWritten ?? '';
    expect(within(table).getAllByRole('link')[0]).toHaveTextContent(first);
    // Scrolled to row 250: its block (rows 200 to 300) is asked for and drawn in its place.
    region.scrollTop = 250 * 41;
    region.dispatchEvent(new Event('scroll'));
    await waitFor(
      () => {
        const row = table.querySelector('tr[aria-rowindex="252"]');
        expect(row?.querySelector('a')?.getAttribute('href')).toBe(`/claims/${encodeURIComponent(ordered[250]?.id ?? '')}`);
      },
      { timeout: 10_000 },
    );
  }, 30_000);

  it('prints the block of rows it holds, and says which rows they are', async () => {
    const many = shippedManyTimes(8);
    serveDataset(many);
    renderWithProviders(<ClaimTable search="" />);
    const region = await screen.findByRole('region', { name: 'Claims in date order' }, { timeout: 10_000 });
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(within(region).getByText(/^Printed: rows 1 to 100 of 400, the block the table showed\./)).toBeInTheDocument();
    // The header, then the block's 100 rows: no blank space for the 300 others.
    expect(within(region).getAllByRole('row')).toHaveLength(101);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
  }, 30_000);
});
