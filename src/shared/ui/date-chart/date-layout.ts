// Sizes of a chart of figures against time from its width and text size: unit, event labels, plot, ticks, and where each mark goes.
import { niceDateTicks, type DateTick } from '../../../domain/date-ticks';
import { formatNumber } from '../../../domain/format';
import { niceTicks } from '../../../domain/nice-ticks';
import type { DateChartModel } from '../../../domain/view-models/date-chart';
import { wrapText, type Measure } from '../chart-text';
import { layoutEventLabels } from '../event-labels';

export interface DateLayout {
  lineHeight: number;
  /** The unit, written above the value axis, wrapped to the chart's width, its first line's top at `unitTop`. */
  unitLines: string[];
  unitTop: number;
  /** The changes of control's labels, packed in rows under the unit, none overlapping another. */
  events: ReturnType<typeof layoutEventLabels>['labels'];
  eventsTop: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: DateTick[];
  yTicks: number[];
  yAxisWidth: number;
  xAxisHeight: number;
  marginRight: number;
  /** Width of a figure's bar. */
  markWidth: number;
  /** Pixels between the value axis's line and the lowest value, so a mark there (a figure of zero) and its label are drawn whole. */
  valuePad: number;
  /** Each mark's centre, in the model's order: at its date, nudged sideways where marks of the same days would overlap. */
  markX: number[];
  /** Value axis: pixel height of a value. */
  yOf: (v: number) => number;
  /** Each mark's figure in a few characters beside it, where that fits clear of every other mark and label; null where not (the tooltip has it). */
  valueLabels: ({ x: number; y: number; anchor: 'start' | 'end' } | null)[];
  height: number;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const clear = (a: Box, b: Box) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

/** Places each mark's value label beside it, right first, then left, where it stays inside the plot and clear of all marks and
 * earlier labels. `marks` are the marks' boxes; `widths` the labels' widths. */
export function placeValueLabels(
  marks: readonly (Box & { mid: number })[],
  widths: readonly number[],
  plot: { left: number; right: number },
  lineHeight: number,
  gap: number,
): ({ x: number; y: number; anchor: 'start' | 'end' } | null)[] {
  const taken: Box[] = [...marks];
  return marks.map((m, i) => {
    const w = widths[i] ?? 0;
    const top = m.mid - lineHeight / 2;
    const right = { left: m.right + gap, right: m.right + gap + w, top, bottom: top + lineHeight };
    const left = { left: m.left - gap - w, right: m.left - gap, top, bottom: top + lineHeight };
    for (const [box, anchor] of [
      [right, 'start'],
      [left, 'end'],
    ] as const) {
      if (box.left < plot.left || box.right > plot.right) continue;
      if (!taken.every((t) => clear(t, box))) continue;
      taken.push(box);
      return { x: anchor === 'start' ? box.left : box.right, y: m.mid, anchor };
    }
    return null;
  });
}

/** The widest a day tick's label gets, for keeping every label inside the chart. */
const WIDEST_DATE = '30 Sep 2016';

/** Pixel position of a value in [d0, d1] across [from, to]. */
export function scale([d0, d1]: readonly [number, number], from: number, to: number): (v: number) => number {
  return (v) => from + ((v - d0) / (d1 - d0 || 1)) * (to - from);
}

/** Spreads marks that would overlap side by side around their shared centre, keeping the order; `xs` ascending. */
export function dodge(xs: readonly number[], markWidth: number, gap: number, bounds: { left: number; right: number }): number[] {
  const pitch = markWidth + gap;
  const out: number[] = [];
  let start = 0;
  while (start < xs.length) {
    let end = start + 1;
    // A cluster runs on while each next mark would touch the one before it.
    while (end < xs.length && (xs[end] ?? 0) - (xs[end - 1] ?? 0) < pitch) end += 1;
    const cluster = xs.slice(start, end);
    const centre = cluster.reduce((s, x) => s + x, 0) / cluster.length;
    const spread = cluster.map((_, i) => centre + (i - (cluster.length - 1) / 2) * pitch);
    // A cluster at the plot's edge moves inward as a whole, so its marks stay apart.
    const first = spread[0] ?? centre;
    const last = spread.at(-1) ?? centre;
    const shift = Math.max(0, bounds.left + markWidth / 2 - first) + Math.min(0, bounds.right - markWidth / 2 - last);
    for (const x of spread) out.push(x + shift);
    start = end;
  }
  return out;
}

/** Date ticks whose labels all sit inside the plot's span and clear of each other: the most that fit. */
function fitDateTicks(
  domain: readonly [number, number],
  plotLeft: number,
  plotRight: number,
  width: number,
  fontSize: number,
  measure: Measure,
): DateTick[] {
  const half = measure(WIDEST_DATE) / 2;
  const timeAt = scale([plotLeft, plotRight], domain[0], domain[1]);
  // Only ticks whose widest label stays inside the chart, and clear of the value axis's numbers at the plot's left.
  const from = timeAt(plotLeft + half);
  const to = timeAt(Math.min(plotRight, width - half - 2));
  const xOf = scale(domain, plotLeft, plotRight);
  for (let max = Math.min(12, Math.floor((plotRight - plotLeft) / (fontSize * 3)) + 1); max >= 1; max--) {
    const ticks = niceDateTicks(from, to, max);
    const clear = ticks.every((t, i) => {
      const next = ticks[i + 1];
      return !next || xOf(t.time) + measure(t.label) / 2 + fontSize <= xOf(next.time) - measure(next.label) / 2;
    });
    if (clear) return ticks;
  }
  return [];
}

export function dateChartLayout(
  model: DateChartModel,
  { width, fontSize, measure }: { width: number; fontSize: number; measure: Measure },
): DateLayout {
  const lineHeight = Math.round(fontSize * 1.2);
  const unitLines = model.unit === '' ? [] : wrapText(model.unit, width, measure, 2).lines;
  // Hanging text still reaches a little above its y: the unit starts a few pixels down so its top is not cut.
  const unitTop = 4;
  const eventsTop = unitTop + unitLines.length * lineHeight + (unitLines.length > 0 ? 6 : 0);
  // Tall enough to tell values apart, short enough that the chart and its legend fit a laptop screen together.
  const plotHeight = Math.round(Math.min(fontSize * 20, Math.max(fontSize * 14, width * 0.4)));
  const yTicks = niceTicks(
    model.valueDomain[0],
    model.valueDomain[1],
    Math.max(2, Math.min(8, Math.floor(plotHeight / (lineHeight * 2)) + 1)),
  );
  const yAxisWidth = Math.ceil(yTicks.reduce((m, t) => Math.max(m, measure(formatNumber(t))), fontSize) + 12);
  const markWidth = Math.max(8, Math.round(fontSize * 0.8));
  const marginRight = Math.ceil(markWidth + 6);
  const left = yAxisWidth;
  const right = width - marginRight;
  const xOf = scale(model.domain, left, right);
  const placed = layoutEventLabels(
    model.events.map((e) => ({ id: e.id, x: xOf(e.time), label: e.label })),
    { width, fontSize, measure },
  );
  const events = placed.labels.map((l) => ({ ...l, top: l.top + eventsTop }));
  const top = eventsTop + (model.events.length > 0 ? placed.height : 0) + Math.ceil(markWidth / 2) + 6;
  const xAxisHeight = lineHeight + 14;
  const markX = dodge(
    model.marks.map((m) => xOf(m.time)),
    markWidth,
    Math.max(3, Math.round(markWidth / 3)),
    { left, right },
  );
  const plotBottom = top + plotHeight;
  // A mark at the lowest value, and its value label beside it, would sit on the axis line, half clipped with the plot.
  const valuePad = Math.ceil(Math.max(markWidth, lineHeight) / 2) + 2;
  const yOf = scale(model.valueDomain, plotBottom - valuePad, top);
  const reach = markWidth / 2 + 4;
  const boxes = model.marks.map((m, i) => {
    const x = markX[i] ?? 0;
    const high = yOf(m.high);
    const low = m.point ? high : yOf(m.low);
    return { left: x - reach, right: x + reach, top: high - reach, bottom: low + reach, mid: (high + low) / 2 };
  });
  return {
    yOf,
    valueLabels: placeValueLabels(
      boxes,
      model.marks.map((m) => measure(m.valueText)),
      { left, right },
      lineHeight,
      Math.round(fontSize / 3),
    ),
    lineHeight,
    unitLines,
    unitTop,
    events,
    eventsTop,
    plot: { left, top, right, bottom: plotBottom },
    xTicks: fitDateTicks(model.domain, left, right, width, fontSize, measure),
    yTicks,
    yAxisWidth,
    xAxisHeight,
    marginRight,
    markWidth,
    valuePad,
    markX,
    height: top + plotHeight + xAxisHeight + 4,
  };
}
