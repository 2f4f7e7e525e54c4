import { useId, useState, type RefObject } from 'react';
import type { ChartImageContent, ImageTheme } from '../../domain/exports/chart-image';

export interface ImageDownloadProps {
  /** The element holding the chart as it is drawn on the page. */
  chart: RefObject<HTMLElement | null>;
  /** The card's words, worked out when asked for (a landing card fetches its whole comparison first). */
  describe: () => ChartImageContent | Promise<ChartImageContent>;
  /** The file's name without its theme, size or extension. */
  fileName: string;
}

type Format = 'svg' | 'social' | 'print';

const FORMATS: { format: Format; label: string; scale: number }[] = [
  { format: 'svg', label: 'SVG', scale: 1 },
  { format: 'social', label: 'PNG for social media (1200 × 675)', scale: 1 },
  { format: 'print', label: 'PNG for print (2400 × 1350)', scale: 2 },
];

/** The choices of "Download image", loaded when it is first opened. */
export function ImageDownloadPanel({ chart, describe, fileName }: ImageDownloadProps) {
  const themeName = useId();
  const [theme, setTheme] = useState<ImageTheme>('light');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  const save = async (format: Format, scale: number) => {
    setBusy(true);
    setError(null);
    setStatus('Drawing the image…');
    try {
      // The image's code loads on first use, keeping it off the pages' first load.
      const [{ serialiseChart }, { downloadBlob }, { svgToPng }, { chartImageSvg, IMAGE_WIDTH, IMAGE_HEIGHT }] = await Promise.all([
        import('../chart-svg'),
        import('../download'),
        import('../svg-to-png'),
        import('../../domain/exports/chart-image'),
      ]);
      const markup = serialiseChart(chart.current);
      if (!markup) throw new Error('the chart is not drawn yet. Scroll it into view and try again');
      const content = await describe();
      const svg = chartImageSvg(content, markup, theme);
      const name = `${fileName}-${theme}`;
      if (format === 'svg') {
        downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${name}.svg`);
        setStatus(`Saved ${name}.svg.`);
      } else {
        const [width, height] = [IMAGE_WIDTH * scale, IMAGE_HEIGHT * scale];
        downloadBlob(await svgToPng(svg, width, height), `${name}-${width}x${height}.png`);
        setStatus(`Saved ${name}-${width}x${height}.png.`);
      }
    } catch (e) {
      setStatus('');
      setError(`Could not make the image: ${e instanceof Error ? e.message : String(e)}.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="image-download-panel">
        <fieldset>
          <legend>Theme</legend>
          {(['light', 'dark'] as const).map((t) => (
            <label key={t}>
              <input type="radio" name={themeName} value={t} checked={theme === t} onChange={() => setTheme(t)} />{' '}
              {t === 'light' ? 'Light' : 'Dark'}
            </label>
          ))}
        </fieldset>
        {FORMATS.map(({ format, label, scale }) => (
          <button key={format} type="button" className="secondary" disabled={busy} onClick={() => void save(format, scale)}>
            {label}
          </button>
        ))}
      </div>
      <p role="status" className="muted">
        {status}
      </p>
      {error && <p role="alert">{error}</p>}
    </>
  );
}
