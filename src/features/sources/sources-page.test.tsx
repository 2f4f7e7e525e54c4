import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDb, setDbForTesting } from '../../service/store/workspace-db';
import { listWorkspaces, readWorkspaceSummary } from '../../service/store/workspaces';
import { renderWithProviders } from '../../testing/render';
import { serveDataset } from '../../testing/serve-dataset';
import { shippedManySources } from '../../testing/real-dataset';
import { SourcesPage } from './sources-page';

beforeEach(async () => {
  const db = createDb(new IDBFactory(), IDBKeyRange);
  await db.open();
  setDbForTesting({ db, persistent: true, reason: null });
});

describe('grading sources', () => {
  it('offers a copy on the read-only published dataset, then saves a grade with its reason in the workspace', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SourcesPage />, { route: '/sources' });
    await screen.findAllByRole('heading', { level: 2 }, { timeout: 5000 });
    expect(screen.queryByRole('group', { name: /Your reliability grade/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy into a workspace to grade' }));

    // The page reloads with the new workspace, so the cards are found again afterwards.
    const form = await screen.findByRole(
      'group',
      { name: 'Your reliability grade for Syrian Observatory for Human Rights' },
      { timeout: 5000 },
    );
    const card = screen.getByRole('listitem', { name: 'Syrian Observatory for Human Rights' });
    await user.selectOptions(within(form).getByLabelText('Grade'), 'B');
    await user.type(within(form).getByLabelText('Reason'), 'Publishes its method');
    await user.click(within(form).getByRole('button', { name: 'Save grade' }));
    expect(await within(card).findByText('Grade saved.')).toBeInTheDocument();

    const [ws] = await listWorkspaces();
    expect(new URLSearchParams(window.location.search).get('ws')).toBe(ws?.id);
    const grade = (await readWorkspaceSummary(ws!.id)).sourceGrades.get('sohr');
    expect(grade).toMatchObject({ grade: 'B', reason: 'Publishes its method' });
  });

  it('lists a source’s distance from the others when the reader opens them', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SourcesPage />, { route: '/sources' });
    const card = await screen.findByRole('listitem', { name: 'Russian Defence Ministry' }, { timeout: 5000 });
    const summary = within(card).getByText(/^Distance from the others, measure by measure \(\d+ measures?\)$/);
    await user.click(summary);
    const list = await within(card).findByRole('list', {}, { timeout: 5000 });
    const count = Number(/\((\d+)/.exec(summary.textContent)?.[1]);
    expect(within(list).getAllByRole('listitem')).toHaveLength(count);
    expect(list.textContent).toMatch(/air raids/i);
  });
});

describe('a dataset with many sources', () => {
  it('shows a page of sources at a time, each next page below the last, and says how many are left', async () => {
    const many = shippedManySources(4);
    serveDataset(many);
    const user = userEvent.setup();
    renderWithProviders(<SourcesPage />, { route: '/sources' });
    const more = await screen.findByRole('button', { name: 'Show 30 more sources' }, { timeout: 5000 });
    const cards = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    const first = cards();
    expect(first).toHaveLength(30);
    expect(screen.getByText('30 of 68 sources shown.')).toBeInTheDocument();
    await user.click(more);
    await screen.findByText('60 of 68 sources shown.', {}, { timeout: 5000 });
    expect(cards().slice(0, 30)).toEqual(first);
    // The reader goes on from the first new card.
    expect(screen.getAllByRole('heading', { level: 2 })[30]).toHaveFocus();
    expect(new Set(cards()).size).toBe(60);
    await user.click(screen.getByRole('button', { name: 'Show 8 more sources' }));
    await screen.findByText('Syrian Observatory for Human Rights (copy 4)', {}, { timeout: 5000 });
    expect(cards()).toHaveLength(68);
    // The button is gone with the last page; the focus is on that page's first card, not lost.
    expect(screen.getAllByRole('heading', { level: 2 })[60]).toHaveFocus();
    expect(screen.queryByRole('button', { name: /more sources/ })).not.toBeInTheDocument();
  });
});
