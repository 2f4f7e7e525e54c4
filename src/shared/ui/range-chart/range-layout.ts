// Sizes of a range chart from its width and text size: label column, wrapped labels, row and bar heights, margins.
import { wrapText, type Measure } from '../chart-text';

export interface RangeLayout {
  /** Width of the label column (the Y axis), tick included. */
  axisWidth: number;
  /** Each row's label, wrapped to at most three lines that fit the label column. */
  lines: string[][];
  lineHeight: number;
  /** Thickness of a bar; diamonds are a little larger. */
  barSize: number;
  rowHeight: number;
  /** Height of the number axis under the rows, its unit included. */
  xAxisHeight: number;
  /** The axis title (the unit), wrapped to the plot's width. */
  unitLines: string[];
  /** At most this many ticks fit under the plot without their numbers touching. */
  maxTicks: number;
  /** Room on each side of the plot so a diamond at either end of the axis is drawn whole, clear of the labels. */
  markerPad: number;
  marginRight: number;
  height: number;
}

/** The tick and the gap between it and the label, as Recharts draws them. */
const TICK_SPACE = 10;

export function rangeChartLayout(
  labels: readonly string[],
  {
    width,
    fontSize,
    compact,
    measure,
    lastTick,
    unit = '',
  }: { width: number; fontSize: number; compact: boolean; measure: Measure; lastTick: string; unit?: string },
): RangeLayout {
  // Phones give the names a larger share; wide screens cap them so the plot keeps most of the width.
  const maxText = width < 480 ? width * 0.4 : Math.min(width * 0.34, fontSize * 18);
  const natural = labels.reduce((m, l) => Math.max(m, measure(l)), 0);
  const textWidth = Math.max(fontSize * 3, Math.min(natural, maxText));
  const lines = labels.map((l) => wrapText(l, textWidth, measure, 3).lines);
  const lineHeight = Math.round(fontSize * 1.2);
  const barSize = Math.round(fontSize * 1.15);
  const maxLines = lines.reduce((m, l) => Math.max(m, l.length), 1);
  // Full charts get airier rows than the overview's cards: they are read from further away.
  const rowHeight = Math.max(
    barSize + (compact ? 10 : 18),
    Math.round(fontSize * (compact ? 1.9 : 2.6)),
    maxLines * lineHeight + (compact ? 6 : 10),
  );
  const markerPad = Math.ceil(barSize / 2 + 4);
  const marginRight = Math.max(markerPad, Math.ceil(measure(lastTick) / 2) + 4);
  const axisWidth = Math.ceil(textWidth + TICK_SPACE);
  const plotWidth = Math.max(fontSize * 4, width - axisWidth - marginRight);
  // The unit sits under the numbers, wrapped rather than run off a phone's edge.
  const unitLines = unit === '' ? [] : wrapText(unit, plotWidth, measure, 2).lines;
  const xAxisHeight = lineHeight + 14 + (unitLines.length > 0 ? unitLines.length * lineHeight + 4 : 0);
  // Each number needs its own width and two characters' room either side.
  const maxTicks = Math.max(2, Math.min(10, Math.floor(plotWidth / (measure(lastTick) + fontSize * 2)) + 1));
  return {
    axisWidth,
    unitLines,
    maxTicks,
    lines,
    lineHeight,
    barSize,
    rowHeight,
    xAxisHeight,
    markerPad,
    marginRight,
    height: labels.length * rowHeight + xAxisHeight + 12,
  };
}

/** Where a value label goes beside its mark: after its right end if it fits before the plot's right edge, else before its left
 * end if it fits after the plot's left edge, else nowhere (the tooltip still has it). `x` is the text's anchor. */
export function valueLabelPlace(
  mark: { left: number; right: number },
  plot: { left: number; right: number },
  textWidth: number,
  gap: number,
): { x: number; anchor: 'start' | 'end' } | null {
  if (mark.right + gap + textWidth <= plot.right) return { x: mark.right + gap, anchor: 'start' };
  if (mark.left - gap - textWidth >= plot.left) return { x: mark.left - gap, anchor: 'end' };
  return null;
}
