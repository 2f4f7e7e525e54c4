// Where a time chart's event labels go: above the plot, wrapped, in as many rows as it takes for none to overlap another.
import { packLabels, wrapText, type Measure } from './chart-text';

interface EventLabel {
  id: string;
  /** The event's position on the chart, in pixels from the chart's left edge. */
  x: number;
  lines: string[];
  /** The full label, for a <title> when a long one is cut. */
  full: string;
  left: number;
  width: number;
  /** Top of the label's first line, in pixels from the chart's top edge. */
  top: number;
}

/** Wraps each label to at most two lines, packs them into rows within `width`, and gives the height all rows take. */
export function layoutEventLabels(
  events: readonly { id: string; x: number; label: string }[],
  { width, fontSize, measure }: { width: number; fontSize: number; measure: Measure },
): { labels: EventLabel[]; height: number } {
  const lineHeight = Math.round(fontSize * 1.2);
  const maxWidth = Math.min(width, fontSize * 12);
  const wrapped = events.map((e) => {
    const { lines } = wrapText(e.label, maxWidth, measure, 2);
    return { ...e, lines, width: Math.min(width, Math.max(...lines.map(measure))) };
  });
  const placed = packLabels(wrapped, width);
  const rows = placed.reduce((m, p) => Math.max(m, p.row + 1), 0);
  // Every row is two lines high, so a row's labels all start on one line.
  const rowHeight = 2 * lineHeight + 4;
  const labels = wrapped.map((e, i) => {
    const p = placed[i] ?? { left: 0, row: 0 };
    return { id: e.id, x: e.x, lines: e.lines, full: e.label, left: p.left, width: e.width, top: p.row * rowHeight + 4 };
  });
  return { labels, height: rows * rowHeight + 4 };
}
