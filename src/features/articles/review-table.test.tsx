import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { readWorkspace } from '../../service/store/workspaces';
import { renderWithProviders } from '../../testing/render';
import { ArticlePage } from './article-page';
import { ARTICLE_TEXT, EXISTING_CLAIM, freshWorkspace, smallDataset } from './test-workspace';
import type { Claim } from '../../domain/schema';

async function renderReview(claims = [EXISTING_CLAIM]) {
  const ws = await freshWorkspace(smallDataset(claims));
  renderWithProviders(
    <Routes>
      <Route path="/workbench/articles/:articleId" element={<ArticlePage />} />
    </Routes>,
    { route: `/workbench/articles/a-1?ws=${ws}` },
  );
  // The first render also pays for loading the finder and the suggesters.
  const table = await screen.findByRole('table', { name: /Proposed figures of “Raids on Palmyra”/ }, { timeout: 10_000 });
  return { ws, table };
}

/** A claim of the article quoting `quote`, so the figure in it counts as claimed. */
function claimQuoting(id: string, quote: string): Claim {
  const start = ARTICLE_TEXT.indexOf(quote);
  if (start < 0) throw new Error(`not in the text: ${quote}`);
  return { ...EXISTING_CLAIM, id, quote, span: [start, start + quote.length] };
}

const ALL_CLAIMED = [
  EXISTING_CLAIM,
  claimQuoting('c-raids', 'More than 900 raids targeted the city'),
  claimQuoting('c-dozens', 'Dozens of fighters were killed'),
];

async function storedClaims(ws: string) {
  return (await readWorkspace(ws)).content.dataset.claims;
}

const rowOf = (table: HTMLElement, figure: string) => {
  const row = within(table)
    .getByRole('rowheader', { name: new RegExp(`^${figure}`) })
    .closest('tr');
  if (!row) throw new Error(`no row for ${figure}`);
  return row;
};

describe('the review table', () => {
  it('lists each unclaimed figure with its suggestions and why', async () => {
    const { table } = await renderReview();
    const raids = rowOf(table, 'More than 900');
    expect(within(raids).getByRole('cell', { name: /Palmyra activists/ })).toHaveTextContent('from “activists said”');
    // No measure of the workspace shares enough words with the quote, so a new one is prefilled from the counted words.
    expect(within(raids).getByRole('cell', { name: /^New measure: “Raids.*in Palmyra, March 2016” \(raids\)/ })).toHaveTextContent(
      'a new measure, from “raids”',
    );
    expect(raids).toHaveTextContent('More than 900 raids targeted the city in the past two weeks');
    // The claimed sorties figure is done and not listed; the list says so.
    expect(within(table).queryByRole('rowheader', { name: /^20 to 25/ })).not.toBeInTheDocument();
    expect(screen.getByText(/1 already in claims of this article, not listed\./)).toBeInTheDocument();
  });

  it('accepts a row with Enter, saves the claim at once and moves to the next row; Undo takes it back', async () => {
    const { ws, table } = await renderReview();
    const user = userEvent.setup();
    // The place is carried from the article's claim.
    expect(screen.getByLabelText('Place of these figures')).toHaveValue('Palmyra');
    const raids = rowOf(table, 'More than 900');
    await user.click(within(raids).getByRole('button', { name: 'Change the measure of “More than 900”' }));
    await user.selectOptions(within(raids).getByLabelText('Measure'), 'Air raids on Palmyra (raids)');
    await user.keyboard('{Escape}');
    expect(within(raids).getByRole('button', { name: 'Change the measure of “More than 900”' })).toHaveFocus();
    screen.getByRole('button', { name: 'Accept “More than 900”' }).focus();
    await user.keyboard('{Enter}');
    await screen.findByText(/^Accepted the claim “More than 900”\./);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Accept “Dozens”' })).toHaveFocus());
    const [saved] = (await storedClaims(ws)).filter((c) => c.id !== EXISTING_CLAIM.id);
    expect(saved).toMatchObject({
      claimantId: 'activists',
      measureId: 'raids',
      place: 'Palmyra',
      value: { low: 900, high: null, lowInclusive: false, asWritten: 'More than 900' },
    });
    expect(saved && ARTICLE_TEXT.slice(...saved.span)).toBe(saved?.quote);
    expect(within(rowOf(table, 'More than 900')).getByText('Accepted')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText(/^Took back the claim\./);
    expect((await storedClaims(ws)).map((c) => c.id)).toEqual([EXISTING_CLAIM.id]);
    expect(await screen.findByRole('button', { name: 'Accept “More than 900”' })).toBeInTheDocument();
  });

  it('rejects with Delete and brings the row back', async () => {
    const { table } = await renderReview();
    const user = userEvent.setup();
    screen.getByRole('button', { name: 'Accept “More than 900”' }).focus();
    await user.keyboard('{Delete}');
    expect(within(rowOf(table, 'More than 900')).getByText('Rejected')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bring back “More than 900”' }));
    expect(screen.getByRole('button', { name: 'Accept “More than 900”' })).toHaveFocus();
  });

  it('edits a cell in place, and refuses an incomplete row with the field named', async () => {
    const { ws, table } = await renderReview([]);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Place of these figures'), 'Palmyra');
    const dozens = rowOf(table, 'Dozens');
    await user.click(within(dozens).getByRole('button', { name: 'Change the claimant of “Dozens”' }));
    await user.selectOptions(within(dozens).getByLabelText('Claimant'), 'A new source…');
    await user.type(within(dozens).getByLabelText('Name'), 'Syrian army');
    expect(within(dozens).getByLabelText('Kind')).toHaveValue('military');
    await user.click(within(dozens).getByRole('button', { name: 'Accept “Dozens”' }));
    expect(await within(dozens).findByText(/^Not accepted, the new source’s side:/)).toBeInTheDocument();
    expect(await storedClaims(ws)).toEqual([]);

    await user.type(within(dozens).getByLabelText('Side it is tied to'), 'Syrian government');
    await user.click(within(dozens).getByRole('button', { name: 'Done' }));
    expect(within(dozens).getByRole('cell', { name: /New source: “Syrian army”, military, Syrian government/ })).toHaveTextContent(
      'changed by you',
    );
    await user.click(within(dozens).getByRole('button', { name: 'Accept “Dozens”' }));
    await screen.findByText(/^Accepted the claim “Dozens”\. Also made “Syrian army”/);
    const { dataset } = (await readWorkspace(ws)).content;
    const army = dataset.sources.find((s) => s.name === 'Syrian army');
    expect(army).toMatchObject({ kind: 'military', alignment: 'Syrian government' });
    expect(dataset.claims.map((c) => [c.claimantId, c.value.asWritten])).toEqual([[army?.id, 'Dozens']]);
  });

  it('draws no table, not even its header, when every figure is already in a claim; the line says so', async () => {
    const ws = await freshWorkspace(smallDataset(ALL_CLAIMED));
    renderWithProviders(
      <Routes>
        <Route path="/workbench/articles/:articleId" element={<ArticlePage />} />
      </Routes>,
      { route: `/workbench/articles/a-1?ws=${ws}` },
    );
    expect(
      await screen.findByText('Every proposed figure has been reviewed. 3 already in claims of this article, not listed.', undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryAllByRole('columnheader')).toEqual([]);
    expect(screen.queryAllByRole('rowheader')).toEqual([]);
  });

  it('moves focus to the closing line once the last open row is decided, and keeps the decided row listed', async () => {
    const { table } = await renderReview(ALL_CLAIMED.filter((c) => c.id !== 'c-dozens'));
    const user = userEvent.setup();
    expect(screen.getByText('1 to review. 2 already in claims of this article, not listed.')).toBeInTheDocument();
    screen.getByRole('button', { name: 'Accept “Dozens”' }).focus();
    await user.keyboard('{Delete}');
    const done = screen.getByText('Every proposed figure has been reviewed. 2 already in claims of this article, not listed.');
    await waitFor(() => expect(done).toHaveFocus());
    // The rejected row stays, with the table's header above it, so it can be brought back.
    expect(within(rowOf(table, 'Dozens')).getByText('Rejected')).toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Figure', 'Claimant', 'Measure', 'Period', 'Quote', 'Decision']);
  });

  it('accepts every ready row at once', async () => {
    const { ws } = await renderReview([]);
    const user = userEvent.setup();
    const place = screen.getByLabelText('Place of these figures');
    // An empty place is not an error until an accept needs it.
    expect(place).not.toHaveAccessibleDescription(/Give the place/);
    await user.click(screen.getByRole('button', { name: 'Accept all ready (0)' }));
    expect(place).toHaveAccessibleDescription(/Give the place the figures are about\./);
    expect(await storedClaims(ws)).toEqual([]);
    await user.type(place, 'Palmyra');
    expect(place).not.toHaveAccessibleDescription(/Give the place/);
    // Each figure has a claimant (two attributed, one in the outlet's own voice) and a measure, so all three are ready.
    await user.click(screen.getByRole('button', { name: 'Accept all ready (3)' }));
    await screen.findByText(/^Accepted 3 claims\./);
    const stored = await storedClaims(ws);
    expect(stored.map((c) => [c.value.asWritten, c.claimantId]).sort()).toEqual([
      ['20 to 25', 'ministry'],
      ['Dozens', 'daily'],
      ['More than 900', 'activists'],
    ]);
    // Two figures counted in raids would share one new measure, never two with the same label.
    expect(new Set(stored.map((c) => c.measureId)).size).toBe(3);
  });
});
