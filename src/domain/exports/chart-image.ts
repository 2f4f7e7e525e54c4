// The shareable image of a comparison: title, plain verdict, the chart as drawn on screen, the figures with their
// claimants, the sources, the interpretation notes, the permalink and a small mark, on a 1200 × 675 card.
// Pure: the chart's SVG markup comes in as a string; text is placed by an estimate of its width, never measured.

export const IMAGE_WIDTH = 1200;
export const IMAGE_HEIGHT = 675;

export type ImageTheme = 'light' | 'dark';

export interface ChartImageContent {
  title: string;
  verdict: string;
  /** "Russian Defence Ministry: 20 to 25 sorties a day". */
  figures: string[];
  /** Outlets and dates. */
  sourceLine: string;
  /** Readings of vague words and other notes a reader needs. */
  notes: string[];
  permalink: string;
}

export interface ChartMarkup {
  /** The chart's inner SVG markup (its children), as serialised from the page. */
  inner: string;
  width: number;
  height: number;
}

const THEMES: Record<ImageTheme, { background: string; text: string; muted: string; panel: string; accent: string }> = {
  light: { background: '#ffffff', text: '#1b1b1b', muted: '#545454', panel: '#ffffff', accent: '#00734f' },
  // The chart keeps its own colours on a light panel, so it reads the same in both themes.
  dark: { background: '#161a1d', text: '#f2f2ef', muted: '#c4c7c5', panel: '#fbfbf8', accent: '#5fd3a4' },
};

/** Fonts every system has one of; the build's renderer puts its own bundled font first. */
export const IMAGE_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  // Control characters other than tab and newline are not allowed in XML 1.0 at all.
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
      .replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch)
  );
}

/**
 * Breaks text into lines of at most `maxChars` characters (by an average glyph width), at spaces; a word longer than a
 * line is cut. At most `maxLines` lines: the last one ends with "…" when text was left out.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const raw of words) {
    let word = raw;
    while (word.length > maxChars) {
      if (line) lines.push(line);
      lines.push(word.slice(0, maxChars));
      line = '';
      word = word.slice(maxChars);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, maxChars - 1)).trimEnd()}…`;
  return kept;
}

/** Lines of text as one <text> element with a <tspan> per line. */
function textBlock(lines: readonly string[], x: number, y: number, size: number, lineHeight: number, fill: string, weight = 400): string {
  if (lines.length === 0) return '';
  const spans = lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : lineHeight}">${escapeXml(l)}</tspan>`).join('');
  return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${spans}</text>`;
}

/** Characters that fit in `width` pixels at `size`, by a generous average glyph width, so wide system fonts (DejaVu Sans) fit too. */
const fits = (width: number, size: number) => Math.floor(width / (size * 0.57));

/** The card as a standalone SVG document, 1200 × 675, in the chosen theme. */
export function chartImageSvg(
  content: ChartImageContent,
  chart: ChartMarkup,
  theme: ImageTheme = 'light',
  { fontFamily = IMAGE_FONT }: { fontFamily?: string } = {},
): string {
  const t = THEMES[theme];
  const pad = 40;
  const parts: string[] = [];
  let y = pad + 30;
  const title = wrapText(content.title, fits(IMAGE_WIDTH - 2 * pad, 32), 2);
  parts.push(textBlock(title, pad, y, 32, 38, t.text, 700));
  y += title.length * 38 + 2;
  const verdict = wrapText(content.verdict, fits(IMAGE_WIDTH - 2 * pad, 21), 3);
  parts.push(textBlock(verdict, pad, y, 21, 27, t.text));
  y += verdict.length * 27 + 8;

  // The footer sits on the bottom edge, as tall as its notes need; the chart and the figures take the space above it.
  const notes = content.notes.length > 0 ? wrapText(`Note: ${content.notes.join(' ')}`, fits(IMAGE_WIDTH - 2 * pad, 15), 2) : [];
  const linkY = IMAGE_HEIGHT - 28;
  const footerTop = linkY - 24 - notes.length * 19 - 22;
  const space = { top: y, bottom: footerTop - 12 };
  const full = IMAGE_WIDTH - 2 * pad;
  // A wide, short chart (few figures on a wide screen) spans the card with the figures in two columns under it; a taller one
  // sits on the left with the figures beside it.
  const wideHeight = (chart.height * full) / Math.max(1, chart.width);
  const wide = wideHeight <= (space.bottom - space.top) * 0.55;
  const chartBox = wide
    ? { x: pad, y, width: full, height: Math.max(60, wideHeight + 16) }
    : { x: pad, y, width: 720, height: Math.max(120, space.bottom - y) };
  const scale = Math.min((chartBox.width - 16) / Math.max(1, chart.width), (chartBox.height - 16) / Math.max(1, chart.height));
  const drawnWidth = chart.width * scale;
  const drawnHeight = chart.height * scale;
  parts.push(`<rect x="${chartBox.x}" y="${chartBox.y}" width="${chartBox.width}" height="${chartBox.height}" rx="8" fill="${t.panel}"/>`);
  parts.push(
    `<svg x="${chartBox.x + (chartBox.width - drawnWidth) / 2}" y="${chartBox.y + (chartBox.height - drawnHeight) / 2}" width="${drawnWidth}" height="${drawnHeight}" viewBox="0 0 ${chart.width} ${chart.height}" overflow="hidden">${chart.inner}</svg>`,
  );
  const columns = wide
    ? [0, 1].map((k) => ({ x: pad + k * (full / 2 + 14), y: chartBox.y + chartBox.height + 30, width: full / 2 - 14 }))
    : [{ x: chartBox.x + chartBox.width + 28, y: chartBox.y + 18, width: IMAGE_WIDTH - pad - (chartBox.x + chartBox.width + 28) }];
  const first = columns[0];
  if (first) parts.push(textBlock(['The figures'], first.x, first.y, 17, 22, t.muted, 700));
  let next = 0;
  columns.forEach((column, c) => {
    let fy = column.y + 26;
    const last = c === columns.length - 1;
    while (next < content.figures.length) {
      const lines = wrapText(`• ${content.figures[next] ?? ''}`, fits(column.width, 17), 3);
      // The last column keeps a line for "and n more" unless this is the last figure.
      const reserve = last && next < content.figures.length - 1 ? 22 : 0;
      if (fy + (lines.length - 1) * 22 + reserve > space.bottom) break;
      parts.push(textBlock(lines, column.x, fy, 17, 22, t.text));
      fy += lines.length * 22 + 4;
      next += 1;
    }
    if (last && next < content.figures.length) {
      parts.push(textBlock([`and ${content.figures.length - next} more: see the link below`], column.x, fy, 17, 22, t.muted));
    }
  });

  let by = footerTop + 16;
  if (notes.length > 0) {
    parts.push(textBlock(notes, pad, by, 15, 19, t.muted));
    by += notes.length * 19 + 5;
  }
  parts.push(textBlock(wrapText(`Sources: ${content.sourceLine}`, fits(IMAGE_WIDTH - 2 * pad, 15), 1), pad, by, 15, 19, t.muted));
  by += 24;
  parts.push(textBlock(wrapText(content.permalink, fits(IMAGE_WIDTH - 2 * pad - 170, 15), 1), pad, by, 15, 19, t.accent));
  // The mark: a small square and the name, bottom right.
  parts.push(`<rect x="${IMAGE_WIDTH - pad - 150}" y="${by - 13}" width="14" height="14" rx="3" fill="${t.accent}"/>`);
  parts.push(textBlock(['Corroborate'], IMAGE_WIDTH - pad - 128, by, 17, 20, t.text, 700));

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}" viewBox="0 0 ${IMAGE_WIDTH} ${IMAGE_HEIGHT}" role="img">`,
    `<title>${escapeXml(`${content.title}: ${content.verdict}`)}</title>`,
    `<rect width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}" fill="${t.background}"/>`,
    // One font for all the text, the chart's included, unless the chart names its own.
    `<g font-family="${escapeXml(fontFamily)}">`,
    ...parts,
    '</g>',
    '</svg>',
  ].join('');
}
