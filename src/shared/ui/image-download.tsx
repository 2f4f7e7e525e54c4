import { lazy, Suspense, useState } from 'react';
import type { ImageDownloadProps } from './image-download-panel';

// Its choices load when it is first opened: every card of the landing has one, and few are opened.
const ImageDownloadPanel = lazy(() => import('./image-download-panel').then((m) => ({ default: m.ImageDownloadPanel })));

/**
 * "Download image": the chart as drawn on screen on a card with its title, verdict, figures, sources, notes and link, as an
 * SVG or a PNG, light or dark. Everything is drawn in the browser, so it works offline.
 */
export function ImageDownload(props: ImageDownloadProps) {
  // Kept once opened, so a status line outlives folding the panel.
  const [opened, setOpened] = useState(false);
  return (
    <details className="image-download" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>Download image</summary>
      {opened && (
        <Suspense fallback={<p className="muted">Loading the image choices…</p>}>
          <ImageDownloadPanel {...props} />
        </Suspense>
      )}
    </details>
  );
}
