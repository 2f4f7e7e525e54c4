// The workbench's measure editor against a workspace in an in-memory IndexedDB; another tab's writes go straight to the store.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { freshMemoryDb } from '../../testing/memory-db';
import { createWorkspace, putRecords, readWorkspace } from '../../service/store/workspaces';
import { workspaceQueries } from '../../api/workspace-queries';
import { renderWithProviders } from '../../testing/render';
import { testClaim } from '../../testing/builders';
import type { Dataset, Measure } from '../../domain/schema';
import { MeasureEditorPage } from './measure-editor-page';

const measure = (id: string, label: string, over: Partial<Measure> = {}): Measure => ({
  id,
  label,
  unit: 'fighters',
  description: '',
  total: null,
  context: false,
  comparableWith: [],
  ...over,
});

const KILLED = measure('killed', 'Fighters killed');
const KILLED_WOUNDED = measure('killed-wounded', 'Fighters killed and wounded');
const DESTROYED = measure('destroyed', 'Share of town destroyed', { unit: 'percent', total: 100 });

const DATASET: Dataset = { articles: [], sources: [], measures: [KILLED, KILLED_WOUNDED, DESTROYED], claims: [] };

async function openEditor(route = '', dataset: Dataset = DATASET) {
  await freshMemoryDb();
  const ws = (await createWorkspace('Test', 'empty', { dataset, texts: new Map() })).id;
  const view = renderWithProviders(
    <Routes>
      <Route path="/workbench/measures" element={<MeasureEditorPage />} />
    </Routes>,
    { route: `/workbench/measures?ws=${ws}${route}` },
  );
  await screen.findByRole('heading', { name: 'Measures (3)' });
  // What the app does when Dexie reports a change from another tab.
  const otherTabWrote = () => view.client.invalidateQueries({ queryKey: workspaceQueries.all });
  return { ws, user: userEvent.setup(), otherTabWrote };
}

const stored = async (ws: string, id: string) => (await readWorkspace(ws)).content.dataset.measures.find((m) => m.id === id);

describe('the measure editor', { timeout: 20_000 }, () => {
  it('adds a measure, then links killed to killed and wounded as a part, with a caveat', async () => {
    const { ws, user } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Add a measure' }));
    let form = screen.getByRole('form', { name: 'New measure' });
    expect(within(form).getByRole('heading', { name: 'New measure' })).toHaveFocus();
    await user.type(within(form).getByLabelText('What is counted'), 'Civilians killed');
    await user.type(within(form).getByLabelText('Unit'), 'people');
    await user.click(within(form).getByRole('button', { name: 'Save the measure' }));
    await screen.findByText('Added the measure “Civilians killed”. Its comparisons show the change now.');
    expect(await stored(ws, 'civilians-killed')).toEqual(measure('civilians-killed', 'Civilians killed', { unit: 'people' }));

    await user.click(screen.getByRole('button', { name: 'Edit Fighters killed' }));
    form = await screen.findByRole('form', { name: 'Edit “Fighters killed”' });
    await user.click(within(form).getByRole('button', { name: 'Link to another measure' }));
    const select = within(form).getByLabelText('Linked measure');
    expect(select).toHaveFocus();
    await user.selectOptions(select, 'Fighters killed and wounded (fighters)');
    const link = within(form).getByRole('group', { name: 'Link 1: to “Fighters killed and wounded”' });
    await user.click(within(link).getByRole('radio', { name: /^Part of — this measure counts part of what the other counts/ }));
    await user.click(within(link).getByRole('button', { name: 'Add a caveat to link 1' }));
    await user.selectOptions(within(link).getByLabelText('Caveat 1: kind'), 'definition');
    await user.type(within(link).getByLabelText('Caveat 1: what differs'), 'Wounded are not counted');
    await user.click(within(form).getByRole('button', { name: 'Save the measure' }));

    await screen.findByText('Saved the measure “Fighters killed”. Its comparisons show the change now.');
    expect(await stored(ws, 'killed')).toEqual({
      ...KILLED,
      comparableWith: [
        { measureId: 'killed-wounded', relation: 'part', caveats: [{ kind: 'definition', note: 'Wounded are not counted' }] },
      ],
    });
    // Kept on one measure only: the other's record is untouched, and its entry shows the link from its side.
    expect(await stored(ws, 'killed-wounded')).toEqual(KILLED_WOUNDED);
    // The list is read again after the save, so its entry may show the link a moment after the message.
    await waitFor(() => {
      const item = screen.getByText('Fighters killed and wounded', { selector: 'strong' }).closest('li') as HTMLElement;
      expect(item).toHaveTextContent('“Fighters killed” counts part of what this one counts; definition: Wounded are not counted');
    });
  });

  it('names the field when a link is refused, and saves nothing', async () => {
    const { ws, user } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Edit Fighters killed' }));
    const form = await screen.findByRole('form', { name: 'Edit “Fighters killed”' });
    await user.click(within(form).getByRole('button', { name: 'Link to another measure' }));
    await user.selectOptions(within(form).getByLabelText('Linked measure'), 'Share of town destroyed (percent)');
    await user.click(within(form).getByRole('radio', { name: /^Complement of/ }));
    await user.click(within(form).getByRole('button', { name: 'Link to another measure' }));
    await user.click(within(form).getAllByRole('radio', { name: /^Same, in other units/ })[1] as HTMLElement);
    const factor = within(form).getByLabelText('Factor');
    await user.type(factor, '0');
    await user.click(within(form).getByRole('button', { name: 'Save the measure' }));

    const summary = within(form).getByRole('alert');
    expect(summary).toHaveTextContent('3 things to fix');
    expect(summary).toHaveTextContent(
      'Link 1 (to “Share of town destroyed”), how they relate: A complement needs a whole on both measures (100 for percent): give this measure a whole.',
    );
    expect(summary).toHaveTextContent('Link 2, linked measure: Choose the measure this one is linked to.');
    expect(summary).toHaveTextContent('Link 2, factor: The factor must be a number above zero, such as 1000 or 0.5.');
    expect(factor).toHaveAttribute('aria-invalid', 'true');
    expect(await stored(ws, 'killed')).toEqual(KILLED);

    await user.click(within(form).getByRole('button', { name: 'Remove link 2' }));
    expect(within(form).getByRole('button', { name: 'Link to another measure' })).toHaveFocus();
    await user.click(within(form).getByRole('radio', { name: /^Same as/ }));
    await user.click(within(form).getByRole('button', { name: 'Save the measure' }));
    await screen.findByText('Saved the measure “Fighters killed”. Its comparisons show the change now.');
    expect((await stored(ws, 'killed'))?.comparableWith).toEqual([{ measureId: 'destroyed', relation: 'same', caveats: [] }]);
  });

  it('shows a link declared on the other measure, and opens that measure to change it', async () => {
    const { ws, user, otherTabWrote } = await openEditor();
    await putRecords(ws, { measures: [{ ...KILLED, comparableWith: [{ measureId: 'killed-wounded', relation: 'part', caveats: [] }] }] });
    await otherTabWrote();
    await screen.findByText('“Fighters killed” counts part of what this one counts');
    await user.click(screen.getByRole('button', { name: 'Edit Fighters killed and wounded' }));
    const form = await screen.findByRole('form', { name: 'Edit “Fighters killed and wounded”' });
    const incoming = within(form).getByRole('region', { name: 'Links declared on other measures' });
    expect(incoming).toHaveTextContent('“Fighters killed” counts part of what this one counts.');
    await user.click(within(incoming).getByRole('button', { name: 'Edit the link on “Fighters killed”' }));
    const other = await screen.findByRole('form', { name: 'Edit “Fighters killed”' });
    expect(within(other).getByRole('radio', { name: /^Part of/ })).toBeChecked();
    expect(window.location.search).toContain('measure=killed');
  });

  it('shows both versions when another tab changed the measure, and keeps both changes', async () => {
    const { ws, user, otherTabWrote } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Edit Fighters killed' }));
    const form = await screen.findByRole('form', { name: 'Edit “Fighters killed”' });
    await putRecords(ws, { measures: [{ ...KILLED, description: 'Counted by the army.' }] });
    await otherTabWrote();
    expect(
      await within(form).findByText('This measure was changed in another tab. Your save will ask you which version to keep.'),
    ).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Link to another measure' }));
    await user.selectOptions(within(form).getByLabelText('Linked measure'), 'Fighters killed and wounded (fighters)');
    await user.click(within(form).getByRole('radio', { name: /^Part of/ }));
    await user.click(within(form).getByRole('button', { name: 'Save the measure' }));

    const panel = await screen.findByRole('region', { name: 'Someone changed this measure in another tab after you opened it' });
    expect(await stored(ws, 'killed')).toEqual({ ...KILLED, description: 'Counted by the army.' });
    const differing = within(panel)
      .getAllByRole('row')
      .filter((row) => row.classList.contains('differs'))
      .map((row) => within(row).getByRole('rowheader').textContent);
    expect(differing).toEqual(['Description differs', 'Links differs']);
    expect(within(within(panel).getByRole('group', { name: 'Keep which description' })).getByLabelText('Saved')).toBeChecked();
    expect(within(within(panel).getByRole('group', { name: 'Keep which links' })).getByLabelText('Yours')).toBeChecked();

    await user.click(within(panel).getByRole('button', { name: 'Save the fields picked above' }));
    await screen.findByText('Saved the measure “Fighters killed”. Its comparisons show the change now.');
    expect(await stored(ws, 'killed')).toEqual({
      ...KILLED,
      description: 'Counted by the army.',
      comparableWith: [{ measureId: 'killed-wounded', relation: 'part', caveats: [] }],
    });
  });

  it('refuses a whole the figures on the measure do not fit, naming the figure, and saves nothing', async () => {
    const figure = testClaim('monitor', 'destroyed', 40, 40, { value: { ...testClaim('m', 'd', 40, 40).value, asWritten: '40%' } });
    const { ws, user } = await openEditor('', { ...DATASET, claims: [figure] });
    expect(screen.getByText(/· 1 figure$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit Share of town destroyed' }));
    const form = await screen.findByRole('form', { name: 'Edit “Share of town destroyed”' });
    await user.clear(within(form).getByLabelText('Whole'));
    await user.type(within(form).getByLabelText('Whole'), '10');
    await user.click(within(form).getByRole('button', { name: 'Save the measure' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'The figure “40%” on this measure lies outside 0–10: give a larger whole, or none.',
    );
    expect(await stored(ws, 'destroyed')).toEqual(DESTROYED);
  });

  it('opens the measure named in the address when the page opens', async () => {
    await openEditor('&measure=destroyed');
    // The form comes once the figures on the measure are read, without a click.
    expect(await screen.findByRole('form', { name: 'Edit “Share of town destroyed”' })).toBeInTheDocument();
    expect(screen.getByLabelText('Whole')).toHaveValue('100');
  });
});
