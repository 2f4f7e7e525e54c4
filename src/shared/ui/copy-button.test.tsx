import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { CopyButton } from './copy-button';
import { EmbedButton } from './copy-embed-button';

describe('CopyButton, where the clipboard takes text alone (Firefox before 127)', () => {
  beforeEach(() => vi.stubGlobal('ClipboardItem', undefined));
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

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

describe('CopyButton, where the clipboard takes an item whose text is still being made', () => {
  // jsdom has no ClipboardItem: a stand-in that keeps what it is given, as browsers' does.
  class StubItem {
    constructor(readonly items: Record<string, Promise<Blob>>) {}
  }
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  function setUp(write: (items: StubItem[]) => Promise<void>) {
    vi.stubGlobal('ClipboardItem', StubItem);
    const user = userEvent.setup();
    const spy = vi.spyOn(navigator.clipboard, 'write').mockImplementation((items) => write(items as unknown as StubItem[]));
    return { user, spy };
  }

  it('hands the clipboard its item during the press, before the text is made (Safari allows no later write)', async () => {
    let give: (text: string) => void = () => undefined;
    const later = new Promise<string>((resolve) => (give = resolve));
    const written: string[] = [];
    const { user, spy } = setUp(async ([item]) => {
      written.push(await ((await item?.items['text/plain']) ?? new Blob()).text());
    });
    renderWithProviders(<CopyButton label="Copy it" text={() => later} copied="Copied." fallback="copy it by hand." />);
    await user.click(screen.getByRole('button', { name: 'Copy it' }));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    give('made later');
    expect(await screen.findByRole('status')).toHaveTextContent('Copied.');
    expect(written).toEqual(['made later']);
  });

  it('says the text did not load when it cannot be made', async () => {
    const { user } = setUp(async ([item]) => {
      await item?.items['text/plain'];
    });
    renderWithProviders(
      <CopyButton label="Copy it" text={() => Promise.reject(new Error('gone'))} copied="Copied." fallback="copy it by hand." />,
    );
    await user.click(screen.getByRole('button', { name: 'Copy it' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The text to copy did not load: reload the page and try again.');
  });

  it('says what to do when the clipboard refuses the item', async () => {
    const { user } = setUp(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    renderWithProviders(<CopyButton label="Copy it" text={() => Promise.resolve('made')} copied="Copied." fallback="copy it by hand." />);
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
