import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CARDS_PER_PAGE } from '../../domain/card-pages';
import { renderWithProviders } from '../../testing/render';
import { serveDataset } from '../../testing/serve-dataset';
import { shippedManyTimes } from '../../testing/real-dataset';
import { DivergencePage } from './divergence-page';

describe('DivergencePage', () => {
  it('draws the first cards from the overview, and asks for the next ones when the reader shows more', async () => {
    // The shipped measures eight times over: more cards than one page holds.
    const big = shippedManyTimes(8);
    serveDataset(big);
    renderWithProviders(<DivergencePage />);
    await screen.findByText(/Ranked from most to least contested/, {}, { timeout: 10_000 });
    const ranking = document.querySelector('ol.card-list') as HTMLElement;
    expect(within(ranking).getAllByRole('button', { name: /Copy embed code/ })).toHaveLength(CARDS_PER_PAGE);
    const more = screen.getByRole('button', { name: /^Show \d+ more contested measures$/ });
    const total = CARDS_PER_PAGE + Number(/\d+/.exec(more.textContent)?.[0]);
    await userEvent.setup().click(more);
    // Each card of the next page arrives with its verdict, chart and buttons, numbered on from the first page.
    await waitFor(() => expect(within(ranking).getAllByRole('button', { name: /Copy embed code/ })).toHaveLength(total));
    // The ranking's own items (a card's reasons are lists of their own).
    const items = Array.from(ranking.children) as HTMLElement[];
    expect(items).toHaveLength(total);
    expect(within(items[CARDS_PER_PAGE] ?? ranking).getByRole('heading', { level: 2 }).textContent).toMatch(/^21\. /);
    expect(within(items[total - 1] ?? ranking).getByRole('heading', { level: 2 }).textContent).toMatch(new RegExp(`^${total}\\. `));
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });
});
