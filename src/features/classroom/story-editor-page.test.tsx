import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../domain/schema';
import { freshMemoryDb } from '../../testing/memory-db';
import { readWorkspaceStories, saveStory } from '../../service/store/workspace-stories';
import { createWorkspace } from '../../service/store/workspaces';
import { loadShippedDataset } from '../../testing/real-dataset';
import { renderWithProviders } from '../../testing/render';
import { StoryEditorPage } from './story-editor-page';

const step = (id: string, title: string) => ({
  id,
  title,
  view: { path: '/compare/air-raids-palmyra-2016', search: '' },
  narration: 'Two figures for one fortnight.',
  question: null,
  reveal: 'They count different things.',
  notes: '',
});
const STORY: Story = { id: 'raids', title: 'Counting raids', summary: '', steps: [step('one', 'First'), step('two', 'Second')] };

async function renderEditor() {
  await freshMemoryDb();
  const ws = await createWorkspace('Class', 'published', { dataset: loadShippedDataset(), texts: new Map(), stories: [STORY] });
  renderWithProviders(
    <Routes>
      <Route path="/classroom/:storyId/edit" element={<StoryEditorPage />} />
    </Routes>,
    { route: `/classroom/raids/edit?ws=${ws.id}` },
  );
  await screen.findByRole('heading', { level: 1, name: 'Edit the story: Counting raids' }, { timeout: 10_000 });
  const titles = () =>
    within(screen.getByRole('region', { name: 'Steps' }))
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
  return { ws: ws.id, titles };
}

describe('the story editor', () => {
  it('moves a step and saves it at once', async () => {
    const { ws, titles } = await renderEditor();
    expect(titles()).toEqual(['Step 1: First', 'Step 2: Second']);
    await userEvent.click(screen.getByRole('button', { name: 'Move down step 1' }));
    expect(await screen.findByText('Step moved to place 2.')).toBeInTheDocument();
    expect(titles()).toEqual(['Step 1: Second', 'Step 2: First']);
    expect((await readWorkspaceStories(ws)).stories[0]?.story.steps.map((s) => s.id)).toEqual(['two', 'one']);
  });

  it('refuses a narration that names a source of the step before the reveal, naming the step and the field', async () => {
    await renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Edit step 2' }));
    const form = screen.getByRole('form', { name: 'Edit step 2' });
    const narration = within(form).getByLabelText('Narration');
    await userEvent.clear(narration);
    await userEvent.type(narration, 'The Russian Defence Ministry counted sorties.');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the step' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Step 2, narration: Names "Russian Defence Ministry", a source of this step, before the reveal',
    );
  });

  it('does not write over a change made in another tab, and says so', async () => {
    const { ws, titles } = await renderEditor();
    const [stored] = (await readWorkspaceStories(ws)).stories;
    if (!stored) throw new Error('no story stored');
    // Another tab retitles the story; this one still shows the revision it loaded.
    expect((await saveStory(ws, { ...STORY, title: 'Retitled elsewhere' }, stored.revision)).ok).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Move down step 1' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This story was changed in another tab since you opened it');
    expect((await readWorkspaceStories(ws)).stories[0]?.story).toMatchObject({ title: 'Retitled elsewhere', steps: STORY.steps });
    // As the message says, the editor now shows the stored version.
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit the story: Retitled elsewhere' })).toBeInTheDocument();
    expect(titles()).toEqual(['Step 1: First', 'Step 2: Second']);
  });
});
