import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { ShowMore } from './show-more';

const items = Array.from({ length: 250 }, (_, i) => `item ${i + 1}`);

describe('ShowMore', () => {
  it('shows a batch at a time, names what the button adds, and says how many are left until none is', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <ShowMore
        items={items}
        step={100}
        what="figures"
        remainder={(left) => `${left} not listed yet`}
        render={(shown) => <p>{`${shown.length} shown, last ${shown.at(-1) ?? ''}`}</p>}
      />,
    );
    expect(screen.getByText('100 shown, last item 100')).toBeInTheDocument();
    expect(screen.getByText('150 not listed yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 100 more figures' }));
    expect(screen.getByText('200 shown, last item 200')).toBeInTheDocument();
    expect(screen.getByText('50 not listed yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 50 more figures' }));
    expect(screen.getByText('250 shown, last item 250')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByText(/not listed yet/)).not.toBeInTheDocument();
  });
  it('without a name, says how many are not shown in the button', () => {
    renderWithProviders(<ShowMore items={items} step={100} render={() => null} />);
    expect(screen.getByRole('button', { name: 'Show 100 more (of 150 not shown)' })).toBeInTheDocument();
  });
});
