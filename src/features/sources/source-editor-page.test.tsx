// The workbench's source editor against a workspace in an in-memory IndexedDB; another tab's writes go straight to the store.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { freshMemoryDb } from '../../testing/memory-db';
import { createWorkspace, putRecords, readWorkspace } from '../../service/store/workspaces';
import { workspaceQueries } from '../../api/workspace-queries';
import { renderWithProviders } from '../../testing/render';
import type { Dataset, Source } from '../../domain/schema';
import { SourceEditorPage } from './source-editor-page';

const source = (id: string, name: string, over: Partial<Source> = {}): Source => ({
  id,
  name,
  kind: 'military',
  alignment: 'Syrian government',
  description: '',
  parentId: null,
  aliases: [],
  ...over,
});

const ARMY = source('army', 'Syrian army');
const OFFICIAL = source('official', 'Syrian military official', { parentId: 'army' });
const COURIER = source('courier', 'The Courier', { kind: 'outlet', alignment: 'independent' });

const DATASET: Dataset = {
  articles: [
    {
      id: 'a-1',
      title: 'Raid on Homs',
      outlet: 'courier',
      outletNamedInText: true,
      outletEvidence: '',
      byline: null,
      publishedAt: '2016-03-23',
      publishedAtEvidence: 'dateline',
      publishedAtInferred: false,
      publishedAtConfidence: 'high',
      file: 'a-1.txt',
      url: null,
      accessedOn: null,
      archiveUrl: null,
      language: null,
    },
  ],
  sources: [ARMY, OFFICIAL, COURIER],
  measures: [],
  claims: [],
};

async function openEditor() {
  await freshMemoryDb();
  const ws = (await createWorkspace('Test', 'empty', { dataset: DATASET, texts: new Map([['a-1.txt', 'Text.']]) })).id;
  const view = renderWithProviders(
    <Routes>
      <Route path="/workbench/sources" element={<SourceEditorPage />} />
    </Routes>,
    { route: `/workbench/sources?ws=${ws}` },
  );
  await screen.findByRole('heading', { name: 'Sources (3)' });
  // What the app does when Dexie reports a change from another tab.
  const otherTabWrote = () => view.client.invalidateQueries({ queryKey: workspaceQueries.all });
  return { ws, user: userEvent.setup(), otherTabWrote };
}

const stored = async (ws: string, id: string) => (await readWorkspace(ws)).content.dataset.sources.find((s) => s.id === id);

describe('the source editor', { timeout: 20_000 }, () => {
  it('records a spokesperson under a parent organisation, with another name', async () => {
    const { ws, user } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Add a source' }));
    const form = screen.getByRole('form', { name: 'New source' });
    expect(within(form).getByRole('heading', { name: 'New source' })).toHaveFocus();
    await user.type(within(form).getByLabelText('Name'), 'Army spokesman');
    await user.selectOptions(within(form).getByLabelText('Kind of source'), 'military');
    await user.type(within(form).getByLabelText('Side it is tied to'), 'Syrian government');
    await user.selectOptions(within(form).getByLabelText('Parent organisation'), 'Syrian army');
    await user.type(within(form).getByLabelText('Add another name'), 'Brig. Gen. Ali Mayhoub{Enter}');
    expect(within(form).getByRole('button', { name: 'Remove the name “Brig. Gen. Ali Mayhoub”' })).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Save the source' }));

    await screen.findByText('Added the source “Army spokesman”.');
    expect(await stored(ws, 'army-spokesman')).toEqual(
      source('army-spokesman', 'Army spokesman', { parentId: 'army', aliases: ['Brig. Gen. Ali Mayhoub'] }),
    );
    const item = (await screen.findByText('Army spokesman', { selector: 'strong' })).closest('li') as HTMLElement;
    expect(item).toHaveTextContent('Part of: Syrian army (their figures count as one voice)');
    expect(item).toHaveTextContent('Also called: Brig. Gen. Ali Mayhoub');
  });

  it('gives an outlet a side, and names the field when a change is refused', async () => {
    const { ws, user } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Edit The Courier' }));
    const form = screen.getByRole('form', { name: 'Edit “The Courier”' });
    await user.selectOptions(within(form).getByLabelText('Kind of source'), 'state media');
    const side = within(form).getByLabelText('Side it is tied to');
    await user.clear(side);
    await user.click(within(form).getByRole('button', { name: 'Save the source' }));
    const summary = within(form).getByRole('alert');
    expect(summary).toHaveTextContent('2 things to fix');
    expect(summary).toHaveTextContent('Kind of source: It published “Raid on Homs” in this workspace, so it must stay an outlet.');
    expect(summary).toHaveTextContent('Side it is tied to: Say which side the source is tied to');
    expect(side).toHaveAttribute('aria-invalid', 'true');
    expect(await stored(ws, 'courier')).toEqual(COURIER);

    await user.selectOptions(within(form).getByLabelText('Kind of source'), 'outlet');
    await user.type(side, 'Syrian government');
    await user.click(within(form).getByRole('button', { name: 'Save the source' }));
    await screen.findByText('Saved the source “The Courier”.');
    expect(await stored(ws, 'courier')).toEqual({ ...COURIER, alignment: 'Syrian government' });
  });

  it('refuses a parent organisation that would make a loop, and saves nothing', async () => {
    const { ws, user } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Edit Syrian army' }));
    const form = screen.getByRole('form', { name: 'Edit “Syrian army”' });
    await user.selectOptions(within(form).getByLabelText('Parent organisation'), 'Syrian military official');
    const loop =
      '“Syrian military official” is already part of “Syrian army” (Syrian army → Syrian military official → Syrian army), so it cannot also be its parent organisation. Choose an organisation above it, or none.';
    expect(within(form).getByText(loop)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Save the source' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(`Parent organisation: ${loop}`);
    expect(await stored(ws, 'army')).toEqual(ARMY);
  });

  it('shows both versions when another tab changed the source, and keeps both changes', async () => {
    const { ws, user, otherTabWrote } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Edit Syrian military official' }));
    const form = screen.getByRole('form', { name: 'Edit “Syrian military official”' });
    await putRecords(ws, { sources: [{ ...OFFICIAL, aliases: ['a military source'] }] });
    await otherTabWrote();
    expect(
      await within(form).findByText('This source was changed in another tab. Your save will ask you which version to keep.'),
    ).toBeInTheDocument();

    const side = within(form).getByLabelText('Side it is tied to');
    await user.clear(side);
    await user.type(side, 'Syrian government forces');
    await user.click(within(form).getByRole('button', { name: 'Save the source' }));

    const panel = await screen.findByRole('region', { name: 'Someone changed this source in another tab after you opened it' });
    expect(await stored(ws, 'official')).toEqual({ ...OFFICIAL, aliases: ['a military source'] });
    const differing = within(panel)
      .getAllByRole('row')
      .filter((row) => row.classList.contains('differs'))
      .map((row) => within(row).getByRole('rowheader').textContent);
    expect(differing).toEqual(['Side it is tied to differs', 'Other names differs']);
    expect(within(within(panel).getByRole('group', { name: 'Keep which other names' })).getByLabelText('Saved')).toBeChecked();

    await user.click(within(panel).getByRole('button', { name: 'Save the fields picked above' }));
    await screen.findByText('Saved the source “Syrian military official”.');
    expect(await stored(ws, 'official')).toEqual({ ...OFFICIAL, alignment: 'Syrian government forces', aliases: ['a military source'] });
  });

  it('deletes an unused source after asking, and brings it back with Undo', async () => {
    const { ws, user } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Edit Syrian military official' }));
    const panel = screen.getByRole('region', { name: 'Source form' });
    await user.click(within(panel).getByRole('button', { name: 'Delete this source' }));
    // What uses the source is read where the records are held: the question comes once that answer is in.
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'Delete “Syrian military official”? No claim, article or source uses it. You can undo this straight after.',
    );
    await user.click(within(panel).getByRole('button', { name: 'Keep it' }));
    expect(await stored(ws, 'official')).toEqual(OFFICIAL);
    await user.click(within(panel).getByRole('button', { name: 'Delete this source' }));
    await user.click(within(panel).getByRole('button', { name: 'Delete “Syrian military official”' }));

    await screen.findByText('Deleted the source “Syrian military official”.');
    expect(await stored(ws, 'official')).toBeUndefined();
    expect(await screen.findByRole('heading', { name: 'Sources (2)' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Source form' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Restored the source “Syrian military official”.');
    expect(await stored(ws, 'official')).toEqual(OFFICIAL);
    expect(await screen.findByRole('heading', { name: 'Sources (3)' })).toBeInTheDocument();
  });

  it('refuses to delete a source in use, saying what uses it', async () => {
    const { ws, user } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Edit Syrian army' }));
    const panel = screen.getByRole('region', { name: 'Source form' });
    await user.click(within(panel).getByRole('button', { name: 'Delete this source' }));
    const refusal = await within(panel).findByRole('alert');
    expect(refusal).toHaveTextContent('“Syrian army” cannot be deleted. Used by 1 source (as the body it speaks for): reassign it first.');
    expect(within(refusal).getByRole('listitem')).toHaveTextContent('the source “Syrian military official”');
    expect(within(panel).queryByRole('button', { name: /Delete/ })).toBeNull();
    expect(await stored(ws, 'army')).toEqual(ARMY);
  });

  it('refuses a delete when another tab changed the source first', async () => {
    const { ws, user, otherTabWrote } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Edit Syrian military official' }));
    const panel = screen.getByRole('region', { name: 'Source form' });
    await putRecords(ws, { sources: [{ ...OFFICIAL, aliases: ['a military source'] }] });
    await otherTabWrote();
    await user.click(within(panel).getByRole('button', { name: 'Delete this source' }));
    await user.click(await within(panel).findByRole('button', { name: 'Delete “Syrian military official”' }));
    await screen.findByText(
      'Not deleted: the source “Syrian military official” was changed in another tab a moment ago. Check the change, then delete it again if you still want to.',
    );
    expect(await stored(ws, 'official')).toEqual({ ...OFFICIAL, aliases: ['a military source'] });
  });
});
