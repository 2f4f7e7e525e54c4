// The range chart drawn from its rows as plain SVG, for places with no browser to lay out the on-screen chart (the build's
// link previews). Same rows, colours and marks as the screen: one bar per figure, hatched when contradicted, a diamond for
// a single value, an arrow for an open end, the agreed range as a green band.
import type { ChartModel, RangeRow, RowStatus } from '../chart-rows';
import { formatNumber } from '../format';
import { niceTicks } from '../nice-ticks';
import { escapeXml, wrapText, type ChartMarkup } from './chart-image';

/** The marks' colours by status, shared with the on-screen chart. */
export const STATUS_COLOURS: Record<RowStatus, string> = {
  overlap: '#0a6a9e',
  compatible: '#6a4c93',
  disjoint: '#b8410b',
  alone: '#545454',
};

const TEXT = '#1b1b1b';
const AXIS = '#545454';
const GRID = '#e2e2dd';
const CONSENSUS = '#00734f';

export interface RangeChartSvgOptions {
  width: number;
  /** The height to fill where the rows allow: rows spread out up to twice their closest spacing. */
  height?: number;
  fontSize: number;
  fontFamily: string;
}

/** The chart as SVG markup for chartImageSvg: rows `rowHeight` apart, names on the left, the axis and its unit below. */
export function rangeChartSvg(model: ChartModel, { width, height: target, fontSize, fontFamily }: RangeChartSvgOptions): ChartMarkup {
  const axisSpace = fontSize * 3.6;
  const closest = fontSize * 2.6;
  const spread = target ? (target - 8 - axisSpace) / Math.max(1, model.rows.length) : closest;
  const rowHeight = Math.round(Math.min(closest * 2, Math.max(closest, spread)));
  const labelWidth = Math.round(width * 0.3);
  const plot = { left: labelWidth + 8, right: width - 40, top: 8 };
  const plotHeight = model.rows.length * rowHeight;
  const axisY = plot.top + plotHeight;
  const height = axisY + axisSpace;
  const [lo, hi] = model.domain;
  const span = hi - lo || 1;
  const xOf = (v: number) => plot.left + ((Math.min(hi, Math.max(lo, v)) - lo) / span) * (plot.right - plot.left);
  const parts: string[] = [];
  const ticks = niceTicks(lo, hi, Math.max(2, Math.floor((plot.right - plot.left) / (fontSize * 6))));
  for (const t of ticks) {
    const x = xOf(t).toFixed(1);
    parts.push(`<line x1="${x}" x2="${x}" y1="${plot.top}" y2="${axisY}" stroke="${GRID}"/>`);
    parts.push(
      `<text x="${x}" y="${axisY + fontSize * 1.3}" text-anchor="middle" font-size="${fontSize}" fill="${TEXT}">${escapeXml(formatNumber(t))}</text>`,
    );
  }
  if (model.consensus) {
    const x1 = xOf(model.consensus.low);
    const x2 = xOf(model.consensus.high);
    parts.push(
      x2 - x1 > 0.5
        ? `<rect x="${x1.toFixed(1)}" y="${plot.top}" width="${(x2 - x1).toFixed(1)}" height="${plotHeight}" fill="${CONSENSUS}" fill-opacity="0.15" stroke="${CONSENSUS}" stroke-dasharray="4 2"/>`
        : `<line x1="${x1.toFixed(1)}" x2="${x1.toFixed(1)}" y1="${plot.top}" y2="${axisY}" stroke="${CONSENSUS}" stroke-width="3"/>`,
    );
  }
  const charsPerLabel = Math.max(6, Math.floor(labelWidth / (fontSize * 0.55)));
  model.rows.forEach((row, i) => {
    const mid = plot.top + i * rowHeight + rowHeight / 2;
    // Long names take two lines, centred on the row, as the screen's axis does.
    const lines = wrapText(row.label, charsPerLabel, 2);
    const first = mid - ((lines.length - 1) / 2) * fontSize * 1.15;
    const spans = lines
      .map((l, k) => `<tspan x="${labelWidth}" y="${(first + k * fontSize * 1.15).toFixed(1)}">${escapeXml(l)}</tspan>`)
      .join('');
    parts.push(`<text text-anchor="end" dominant-baseline="central" font-size="${fontSize}" fill="${TEXT}">${spans}</text>`);
    parts.push(markOf(row, i, xOf(row.low), xOf(row.high), mid, Math.round(Math.min(rowHeight * 0.5, fontSize * 1.3))));
    const end = row.point ? xOf(row.high) + rowHeight * 0.4 : xOf(row.high);
    const textWidth = row.valueText.length * fontSize * 0.55;
    // An open end runs to the edge, so its value reads better at the end the figure gives, where there is room.
    const roomBefore = xOf(row.low) - 6 - textWidth > plot.left;
    const after = row.highOpen && roomBefore ? false : end + 6 + textWidth < width || !roomBefore;
    parts.push(
      `<text x="${(after ? end + 6 : xOf(row.low) - 6).toFixed(1)}" y="${mid}" text-anchor="${after ? 'start' : 'end'}" dominant-baseline="central" font-size="${fontSize}" fill="${TEXT}">${escapeXml(row.valueText)}</text>`,
    );
  });
  parts.push(`<line x1="${plot.left}" x2="${plot.right}" y1="${axisY}" y2="${axisY}" stroke="${AXIS}"/>`);
  parts.push(`<line x1="${plot.left}" x2="${plot.left}" y1="${plot.top}" y2="${axisY}" stroke="${AXIS}"/>`);
  parts.push(
    `<text x="${(plot.left + plot.right) / 2}" y="${axisY + fontSize * 2.8}" text-anchor="middle" font-size="${fontSize}" fill="${TEXT}">${escapeXml(model.unit)}</text>`,
  );
  return { inner: `<g font-family="${escapeXml(fontFamily)}">${parts.join('')}</g>`, width, height: Math.ceil(height) };
}

/** One figure's mark, as the screen draws it. */
function markOf(row: RangeRow, i: number, x1: number, x2: number, mid: number, barHeight: number): string {
  const colour = STATUS_COLOURS[row.status];
  const disjoint = row.status === 'disjoint';
  const dash = row.soft ? ' stroke-dasharray="4 3"' : '';
  if (row.point) {
    const r = barHeight / 2 + 2;
    const diamond = `<polygon points="${x1},${mid - r} ${x1 + r},${mid} ${x1},${mid + r} ${x1 - r},${mid}" fill="${disjoint ? '#fff' : colour}" stroke="${colour}" stroke-width="3"${dash}/>`;
    return disjoint
      ? `${diamond}<line x1="${x1 - r / 2}" y1="${mid}" x2="${x1 + r / 2}" y2="${mid}" stroke="${colour}" stroke-width="2"/>`
      : diamond;
  }
  const top = mid - barHeight / 2;
  const width = Math.max(2, x2 - x1);
  const arrow = Math.min(10, width / 3);
  const id = `m${i}`;
  const defs = disjoint
    ? `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><rect width="3" height="6" fill="${colour}"/></pattern>`
    : row.lowOpen || row.highOpen
      ? `<linearGradient id="${id}" x1="0" x2="1" y1="0" y2="0"><stop offset="0%" stop-color="${colour}" stop-opacity="${row.lowOpen ? 0.15 : 1}"/><stop offset="25%" stop-color="${colour}"/><stop offset="75%" stop-color="${colour}"/><stop offset="100%" stop-color="${colour}" stop-opacity="${row.highOpen ? 0.15 : 1}"/></linearGradient>`
      : '';
  const fill = defs ? `url(#${id})` : colour;
  const bodyX = row.lowOpen ? x1 + arrow : x1;
  const bodyWidth = Math.max(2, width - (row.highOpen ? arrow : 0) - (row.lowOpen ? arrow : 0));
  const out = [
    defs && `<defs>${defs}</defs>`,
    `<rect x="${bodyX.toFixed(1)}" y="${top}" width="${bodyWidth.toFixed(1)}" height="${barHeight}" fill="${fill}" stroke="${colour}" stroke-width="${row.soft ? 2 : 1.5}"${dash}/>`,
  ];
  if (row.highOpen)
    out.push(
      `<polygon points="${x1 + width - arrow},${top - 4} ${x1 + width},${mid} ${x1 + width - arrow},${top + barHeight + 4}" fill="${colour}"/>`,
    );
  if (row.lowOpen)
    out.push(`<polygon points="${x1 + arrow},${top - 4} ${x1},${mid} ${x1 + arrow},${top + barHeight + 4}" fill="${colour}"/>`);
  return out.join('');
}
