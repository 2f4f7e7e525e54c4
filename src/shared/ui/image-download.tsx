import { useState } from 'react';
import type { ImageDownloadPanel, ImageDownloadProps } from './image-download-panel';

type Panel = typeof ImageDownloadPanel;

/**
 * "Download image": the chart as drawn on screen on a card with its title, verdict, figures, sources, notes and link, as an
 * SVG or a PNG, light or dark. Everything is drawn in the browser, so it works offline.
 */
export function ImageDownload(props: ImageDownloadProps) {
  // Its choices load when it is first opened: every card of the landing has one, and few are opened. Kept once loaded,
  // so a status line outlives folding the panel.
  const [panel, setPanel] = useState<{ Panel: Panel } | 'loading' | 'failed' | null>(null);
  const load = () => {
    setPanel('loading');
    import('./image-download-panel').then(
      (m) => setPanel({ Panel: m.ImageDownloadPanel }),
      () => setPanel('failed'),
    );
  };
  return (
    <details className="image-download" onToggle={(event) => event.currentTarget.open && panel === null && load()}>
      <summary>Download image</summary>
      {panel === 'loading' && <p className="muted">Loading the image choices…</p>}
      {panel === 'failed' && (
        // Said here, not in place of the view: the app may have been updated while the page was open.
        <p role="alert">
          Could not load the image choices.{' '}
          <button type="button" className="link-button" onClick={load}>
            Try again
          </button>
        </p>
      )}
      {panel !== null && typeof panel === 'object' && <panel.Panel {...props} />}
    </details>
  );
}
