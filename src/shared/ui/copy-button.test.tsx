import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { CopyButton } from './copy-button';
import { EmbedButton } from './copy-embed-button';

describe('CopyButton', () => {
  it('copies a text that is still being made, and says so once it is on the clipboard', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <CopyButton label="Copy it" text={() => Promise.resolve('made later')} copied="Copied." fallback="copy it by hand." />,
    );
    await user.click(screen.getByRole('button', { name: 'Copy it' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Copied.');
    expect(await navigator.clipboard.readText()).toBe('made later');
  });

  it('says what to do when the text cannot be made', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <CopyButton label="Copy it" text={() => Promise.reject(new Error('gone'))} copied="Copied." fallback="copy it by hand." />,
    );
    await user.click(screen.getByRole('button', { name: 'Copy it' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The text to copy did not load: reload the page and try again.');
  });

  it('says what to do when the clipboard refuses', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CopyButton label="Copy it" text={() => 'ready'} copied="Copied." fallback="copy it by hand." />);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy it' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Could not reach the clipboard: copy it by hand.');
  });
});

describe('EmbedButton', () => {
  it('copies the frame and its listener for the card, with the view’s filters and without the workspace', async () => {
    const user = userEvent.setup();
    renderWithProviders(<EmbedButton kind="card" groupId="air-raids" label="Air raids on Palmyra" inWorkspace={false} />, {
      route: '/?kinds=official&ws=abc',
    });
    await user.click(screen.getByRole('button', { name: 'Copy embed code for this card' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/^Embed code copied/);
    const snippet = await navigator.clipboard.readText();
    expect(snippet).toContain(`src="${window.location.origin}/embed/card/air-raids?kinds=official"`);
    expect(snippet).toContain('title="Corroborate: Air raids on Palmyra"');
    expect(snippet).toMatch(/<script>[\s\S]*corroborate:height[\s\S]*<\/script>$/);
  });

  it('offers nothing to embed on a workspace’s landing card', () => {
    renderWithProviders(<EmbedButton kind="card" groupId="air-raids" label="Air raids" inWorkspace />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
