// Pure text layout for SVG charts: wrapping labels into lines and placing labels so none overlaps another.

/** Width in pixels of a string in the chart's font. */
export type Measure = (text: string) => number;

const ELLIPSIS = '…';

/** Cuts `text` to the longest prefix that fits `maxWidth` with an ellipsis after it. */
export function ellipsize(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) return text;
  let lo = 0;
  let hi = text.length;
  // Binary search on the prefix length: labels can be long, measuring is not free.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(text.slice(0, mid).trimEnd() + ELLIPSIS) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(0, lo).trimEnd() + ELLIPSIS;
}

/** Splits a word wider than `maxWidth` into pieces that fit (a name with no space still wraps instead of overflowing). */
function breakWord(word: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > 1 && measure(rest) > maxWidth) {
    // At least one character a piece, or a character wider than the space would never be placed.
    let n = rest.length - 1;
    while (n > 1 && measure(rest.slice(0, n)) > maxWidth) n -= 1;
    pieces.push(rest.slice(0, n));
    rest = rest.slice(n);
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

/** Wraps `text` into at most `maxLines` lines no wider than `maxWidth`, breaking at spaces and after hyphens; what does not fit ends in an ellipsis. */
export function wrapText(text: string, maxWidth: number, measure: Measure, maxLines = 3): { lines: string[]; truncated: boolean } {
  const words = text
    .trim()
    .split(/\s+|(?<=-)(?=\S)/)
    .filter((w) => w !== '')
    .flatMap((w) => breakWord(w, maxWidth, measure));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const joiner = line === '' || line.endsWith('-') ? '' : ' ';
    const candidate = line + joiner + word;
    if (line === '' || measure(candidate) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  kept[last] = ellipsize(`${kept[last] ?? ''} ${lines.slice(maxLines).join(' ')}`, maxWidth, measure);
  return { lines: kept, truncated: true };
}

interface PlacedLabel {
  /** Left edge of the label's box, inside [0, width − label width]. */
  left: number;
  /** Row from the top, 0 first: labels in one row never overlap. */
  row: number;
}

/** Places labels centred on their anchors where they fit, shifted to stay within `width`, each in the first row where it overlaps no other. */
export function packLabels(labels: readonly { x: number; width: number }[], width: number, gap = 8): PlacedLabel[] {
  const order = labels.map((_, i) => i).sort((a, b) => (labels[a]?.x ?? 0) - (labels[b]?.x ?? 0));
  const rowEnds: number[] = [];
  const placed: PlacedLabel[] = labels.map(() => ({ left: 0, row: 0 }));
  for (const i of order) {
    const label = labels[i];
    if (!label) continue;
    const left = Math.max(0, Math.min(width - label.width, label.x - label.width / 2));
    let row = rowEnds.findIndex((end) => end + gap <= left);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = left + label.width;
    placed[i] = { left, row };
  }
  return placed;
}

/** The name column of a chart with one lane per name: its width, each name wrapped to fit it, and the height a lane needs. */
export function laneLabels(
  names: readonly string[],
  { width, fontSize, measure, maxEm = 14 }: { width: number; fontSize: number; measure: Measure; maxEm?: number },
): { axisWidth: number; lines: string[][]; lineHeight: number; laneHeight: number } {
  const maxText = width < 480 ? width * 0.38 : Math.min(width * 0.3, fontSize * maxEm);
  const natural = names.reduce((m, n) => Math.max(m, measure(n)), 0);
  const textWidth = Math.max(fontSize * 3, Math.min(natural, maxText));
  const lines = names.map((n) => wrapText(n, textWidth, measure, 3).lines);
  const lineHeight = Math.round(fontSize * 1.2);
  const maxLines = lines.reduce((m, l) => Math.max(m, l.length), 1);
  // The tick and its gap take 10 px beside the text.
  return {
    axisWidth: Math.ceil(textWidth + 10),
    lines,
    lineHeight,
    laneHeight: Math.max(Math.round(fontSize * 2.2), maxLines * lineHeight + 8),
  };
}
