// The article view when its claim changes or goes in another tab while the form is open (the other tab's write is made
// straight to the store, as a second tab would make it).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { deleteClaim, putRecords, readWorkspace } from '../../service/store/workspaces';
import { workspaceQueries } from '../../api/workspace-queries';
import { renderWithProviders } from '../../testing/render';
import { ArticlePage } from './article-page';
import { EXISTING_CLAIM, freshWorkspace, smallDataset } from './test-workspace';

async function openEditForm() {
  const ws = await freshWorkspace(smallDataset([EXISTING_CLAIM]));
  const view = renderWithProviders(
    <Routes>
      <Route path="/workbench/articles/:articleId" element={<ArticlePage />} />
    </Routes>,
    { route: `/workbench/articles/a-1?ws=${ws}` },
  );
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Edit the claim “20 to 25”' }));
  const form = screen.getByRole('form', { name: 'Edit the claim' });
  // What the app does when Dexie reports a change from another tab.
  const otherTabWrote = () => view.client.invalidateQueries({ queryKey: workspaceQueries.all });
  return { ws, user, form, otherTabWrote };
}

const stored = async (ws: string) => (await readWorkspace(ws)).content.dataset.claims;

// Each test loads, analyses and edits a workspace through the UI; on a loaded 2-core machine that can pass 5 s.
describe('a claim changed in another tab while its form is open', { timeout: 20_000 }, () => {
  it('says so at once, then shows both versions and saves both changes with the fields picked', async () => {
    const { ws, user, form, otherTabWrote } = await openEditForm();
    await putRecords(ws, { claims: [{ ...EXISTING_CLAIM, notes: 'From the other tab' }] });
    await otherTabWrote();
    expect(
      await within(form).findByText('This claim was changed in another tab. Your save will ask you which version to keep.'),
    ).toBeInTheDocument();

    const place = within(form).getByLabelText('Place');
    await user.clear(place);
    await user.type(place, 'Tadmur');
    await user.click(within(form).getByRole('button', { name: 'Save the claim' }));

    const panel = await screen.findByRole('region', { name: 'Someone changed this claim in another tab after you opened it' });
    expect(await stored(ws)).toEqual([{ ...EXISTING_CLAIM, notes: 'From the other tab' }]);
    const differing = within(panel)
      .getAllByRole('row')
      .filter((row) => row.classList.contains('differs'))
      .map((row) => within(row).getByRole('rowheader').textContent);
    expect(differing).toEqual(['Place differs', 'Notes differs']);
    // The merge starts from the side that changed each field.
    expect(within(panel).getByRole('group', { name: 'Keep which place' })).toHaveTextContent('Yours');
    expect(within(within(panel).getByRole('group', { name: 'Keep which place' })).getByLabelText('Yours')).toBeChecked();
    expect(within(within(panel).getByRole('group', { name: 'Keep which notes' })).getByLabelText('Saved')).toBeChecked();

    await user.click(within(panel).getByRole('button', { name: 'Save the fields picked above' }));
    await screen.findByText('Updated the claim “20 to 25”.');
    expect(await stored(ws)).toEqual([{ ...EXISTING_CLAIM, place: 'Tadmur', notes: 'From the other tab' }]);
  });

  it('keeps the saved version when the user says so, and writes nothing of theirs', async () => {
    const { ws, user, form } = await openEditForm();
    await putRecords(ws, { claims: [{ ...EXISTING_CLAIM, notes: 'From the other tab' }] });
    await user.type(within(form).getByLabelText('Notes (optional)'), 'Mine');
    await user.click(within(form).getByRole('button', { name: 'Save the claim' }));
    const panel = await screen.findByRole('region', { name: 'Someone changed this claim in another tab after you opened it' });
    await user.click(within(panel).getByRole('button', { name: 'Keep the saved version' }));
    await screen.findByText('Kept the version of “20 to 25” saved in the other tab; your changes were dropped.');
    expect(await stored(ws)).toEqual([{ ...EXISTING_CLAIM, notes: 'From the other tab' }]);
  });

  it('asks again, with the newest stored version, when the claim changes once more before the user chooses', async () => {
    const { ws, user, form } = await openEditForm();
    await putRecords(ws, { claims: [{ ...EXISTING_CLAIM, notes: 'First change' }] });
    await user.type(within(form).getByLabelText('Place'), ' town');
    await user.click(within(form).getByRole('button', { name: 'Save the claim' }));
    const panel = await screen.findByRole('region', { name: 'Someone changed this claim in another tab after you opened it' });
    expect(within(panel).getByRole('row', { name: /^Notes/ })).toHaveTextContent('First change');

    await putRecords(ws, { claims: [{ ...EXISTING_CLAIM, notes: 'Second change' }] });
    await user.click(within(panel).getByRole('button', { name: 'Save the fields picked above' }));
    // Refused again: the view starts afresh, compared with the newest stored version.
    expect(await screen.findByRole('cell', { name: 'Second change' }, { timeout: 10_000 })).toBeInTheDocument();
    const again = screen.getByRole('region', { name: 'Someone changed this claim in another tab after you opened it' });
    expect(await stored(ws)).toEqual([{ ...EXISTING_CLAIM, notes: 'Second change' }]);
    await user.click(within(again).getByRole('button', { name: 'Save the fields picked above' }));
    await screen.findByText('Updated the claim “20 to 25”.');
    expect(await stored(ws)).toEqual([{ ...EXISTING_CLAIM, place: 'Palmyra town', notes: 'Second change' }]);
  });

  it('offers to restore a claim deleted meanwhile with the user’s changes', async () => {
    const { ws, user, form, otherTabWrote } = await openEditForm();
    await deleteClaim(ws, EXISTING_CLAIM.id);
    await otherTabWrote();
    await within(form).findByText('This claim was deleted in another tab. Your save will ask whether to restore it with your changes.');
    await user.type(within(form).getByLabelText('Notes (optional)'), 'Still needed');
    await user.click(within(form).getByRole('button', { name: 'Save the claim' }));
    const panel = await screen.findByRole('region', { name: 'Someone deleted this claim in another tab after you opened it' });
    expect(await stored(ws)).toEqual([]);
    await user.click(within(panel).getByRole('button', { name: 'Restore it with my changes' }));
    await screen.findByText('Updated the claim “20 to 25”.');
    await waitFor(async () => expect(await stored(ws)).toEqual([{ ...EXISTING_CLAIM, notes: 'Still needed' }]));
  });
});
