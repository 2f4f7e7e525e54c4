import { useState } from 'react';
import { useOnDemand } from '../hooks/use-on-demand';
import type { ImageDownloadProps } from './image-download-panel';
import { ReloadNotice } from './reload-notice';

// Its choices load when it is first opened: every card of the landing has one, and few are opened.
const loadPanel = () => import('./image-download-panel').then((m) => m.ImageDownloadPanel);

/**
 * "Download image": the chart as drawn on screen on a card with its title, verdict, figures, sources, notes and link, as an
 * SVG or a PNG, light or dark. Everything is drawn in the browser, so it works offline.
 */
export function ImageDownload(props: ImageDownloadProps) {
  // Kept once opened, so a status line outlives folding the panel.
  const [opened, setOpened] = useState(false);
  const panel = useOnDemand(loadPanel, opened);
  return (
    <details className="image-download" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>Download image</summary>
      {panel.status === 'loading' && (
        <p role="status" className="muted">
          Loading the image choices…
        </p>
      )}
      {panel.status === 'failed' && <ReloadNotice what="The image choices" />}
      {panel.status === 'loaded' && <panel.code {...props} />}
    </details>
  );
}
