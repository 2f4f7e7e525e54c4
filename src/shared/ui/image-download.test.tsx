import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { ImageDownload } from './image-download';

describe('ImageDownload', () => {
  it('loads its choices when first opened: a theme and the three formats', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <ImageDownload chart={createRef<HTMLElement>()} describe={() => Promise.reject(new Error('unused'))} fileName="card" />,
    );
    expect(screen.queryByRole('button', { name: 'SVG' })).not.toBeInTheDocument();
    await user.click(screen.getByText('Download image'));
    expect(await screen.findByRole('button', { name: 'SVG' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'PNG for social media (1200 × 675)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'PNG for print (2400 × 1350)' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Light' })).toBeChecked();
  });

  it('says why no image was made when the chart is not drawn', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <ImageDownload chart={createRef<HTMLElement>()} describe={() => Promise.reject(new Error('unused'))} fileName="card" />,
    );
    await user.click(screen.getByText('Download image'));
    await user.click(await screen.findByRole('button', { name: 'SVG' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not make the image: the chart is not drawn yet. Scroll it into view and try again.',
    );
  });
});

describe('ImageDownload, when its code cannot be fetched', () => {
  it('says so in the card and offers to reload the page', async () => {
    vi.resetModules();
    vi.doMock('./image-download-panel', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const { ImageDownload: Fresh } = await import('./image-download');
    const user = userEvent.setup();
    renderWithProviders(<Fresh chart={createRef<HTMLElement>()} describe={() => Promise.reject(new Error('unused'))} fileName="card" />);
    await user.click(screen.getByText('Download image'));
    expect(await screen.findByRole('alert')).toHaveTextContent('The image choices did not load. Reload the page');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'SVG' })).not.toBeInTheDocument();
    vi.doUnmock('./image-download-panel');
  });
});
