import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../testing/msw/server';
import { renderWithProviders } from '../../testing/render';
import { PresentPage } from './present-page';
import { Route, Routes } from 'react-router';

const STORY = 'palmyra-who-counts-what';
const page = (
  <Routes>
    <Route path="/classroom/:storyId/present" element={<PresentPage />} />
  </Routes>
);

describe('PresentPage', () => {
  it('shows a blind step with neutral labels, and reveals the claimants with the arrow key', async () => {
    const user = userEvent.setup();
    renderWithProviders(page, { route: `/classroom/${STORY}/present?step=1&reveal=0&blind=true` });
    const figures = await screen.findByRole('list', { name: 'The figures' }, { timeout: 10_000 });
    expect(within(figures).getByText('Source A')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/Palmyra Revolution Coordination|Russian Defence Ministry/);
    expect(document.title).toMatch(/^Two counts of one air war — Step 1 of 10/);

    await user.keyboard('{ArrowRight}');
    expect(await within(figures).findByText('Palmyra Revolution Coordination')).toBeInTheDocument();
    expect(window.location.search).toBe('?step=1&reveal=1&blind=true');
    expect(screen.getByRole('button', { name: 'Reveal the quotes and articles' })).toBeInTheDocument();
  });

  it('brings a hand-edited address into the story, and names the sources from the start without blind mode', async () => {
    renderWithProviders(page, { route: `/classroom/${STORY}/present?step=99&reveal=7&blind=false` });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Three questions for any figure' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('Step 10 of 10')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'End of the story' })).toBeDisabled();
  });

  it('says when the story is not there', async () => {
    renderWithProviders(page, { route: '/classroom/nope/present' });
    expect(await screen.findByRole('heading', { name: 'No such story' })).toBeInTheDocument();
  });

  it('offers a retry when the stories file fails', async () => {
    server.use(http.get('*/data/stories.json', () => new HttpResponse('boom', { status: 500, statusText: 'Internal Server Error' })));
    renderWithProviders(page, { route: `/classroom/${STORY}/present` });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/500/);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
