import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { panelId, tabId, Tabs } from './tabs';

function TwoTabs() {
  const [selected, setSelected] = useState<'a' | 'b'>('a');
  return (
    <>
      <Tabs
        label="Views"
        prefix="t"
        tabs={[
          { id: 'a', label: 'First' },
          { id: 'b', label: 'Second' },
        ]}
        selected={selected}
        onSelect={setSelected}
      />
      <div role="tabpanel" id={panelId('t', selected)} aria-labelledby={tabId('t', selected)}>
        Panel {selected}
      </div>
    </>
  );
}

describe('Tabs', () => {
  it('is one tab stop; the arrow keys, Home and End choose a tab and show its panel', async () => {
    const user = userEvent.setup();
    render(<TwoTabs />);
    const [first, second] = screen.getAllByRole('tab');
    expect(screen.getByRole('tablist', { name: 'Views' })).toBeInTheDocument();
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(second).toHaveAttribute('tabindex', '-1');
    await user.tab();
    expect(first).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(second).toHaveFocus();
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Second' })).toHaveTextContent('Panel b');
    // Past the last tab the arrow wraps round to the first.
    await user.keyboard('{ArrowRight}');
    expect(first).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('tabpanel', { name: 'Second' })).toBeInTheDocument();
    await user.keyboard('{Home}');
    expect(screen.getByRole('tabpanel', { name: 'First' })).toHaveTextContent('Panel a');
  });
});
