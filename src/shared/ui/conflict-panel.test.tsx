import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { MergePick } from '../../domain/record-merge';
import { ConflictFieldTable, type ConflictFieldRow } from './conflict-panel';

const LONG_ADDRESS = 'https://example.org/a/very/long/address/without/any/spaces/at/all/that/would/not/wrap/by/itself';

const ROWS: ConflictFieldRow[] = [
  {
    key: 'place',
    label: 'Place',
    mine: 'Tadmur',
    stored: 'Palmyra',
    diff: { key: 'place', differs: true, changedByMe: true, changedByThem: false, pick: 'mine' },
  },
  {
    key: 'notes',
    label: 'Notes',
    mine: '',
    stored: `Checked against ${LONG_ADDRESS}`,
    diff: { key: 'notes', differs: true, changedByMe: false, changedByThem: true, pick: 'stored' },
  },
  {
    key: 'rate',
    label: 'Rate',
    mine: 'A total',
    stored: 'A total',
    diff: { key: 'rate', differs: false, changedByMe: false, changedByThem: false, pick: 'mine' },
  },
];

function Table() {
  const [picks, setPicks] = useState<Partial<Record<string, MergePick>>>({ place: 'mine', notes: 'stored' });
  return <ConflictFieldTable rows={ROWS} picks={picks} onPick={(key, pick) => setPicks((p) => ({ ...p, [key]: pick }))} />;
}

describe('the side-by-side table of a refused save', () => {
  it('is a table named by its caption, with a heading for each column and each field', () => {
    render(<Table />);
    const table = screen.getByRole('table', { name: /^Your version and the version saved in the other tab\./ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Field', 'Yours', 'Saved in the other tab', 'Keep']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Place differs', 'Notes differs', 'Rate']);
  });

  it('labels each cell with its column, for the narrow layout that stacks each field into a card', () => {
    render(<Table />);
    const table = screen.getByRole('table');
    const headings = within(table)
      .getAllByRole('columnheader')
      .slice(1)
      .map((h) => h.textContent);
    for (const row of within(table).getAllByRole('row').slice(1)) {
      expect(
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.dataset.label),
      ).toEqual(headings);
    }
    // The table sits in the box whose width decides between the two layouts; a long value stays in its cell.
    expect(table.parentElement).toHaveClass('conflict-table-wrap');
    expect(within(table).getByRole('row', { name: /^Notes/ })).toHaveTextContent(LONG_ADDRESS);
  });

  it('keeps a labelled choice of side for each field that differs', async () => {
    const user = userEvent.setup();
    render(<Table />);
    const place = screen.getByRole('group', { name: 'Keep which place' });
    expect(within(place).getByRole('radio', { name: 'Yours' })).toBeChecked();
    await user.click(within(place).getByRole('radio', { name: 'Saved' }));
    expect(within(place).getByRole('radio', { name: 'Saved' })).toBeChecked();
    expect(within(screen.getByRole('group', { name: 'Keep which notes' })).getByRole('radio', { name: 'Saved' })).toBeChecked();
    expect(screen.queryByRole('group', { name: 'Keep which rate' })).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('row', { name: /^Rate/ }))
        .getAllByRole('cell')
        .at(-1),
    ).toHaveTextContent('Same');
  });
});
