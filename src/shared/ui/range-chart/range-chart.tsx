// Stateless render of a ChartModel with Recharts: one floating bar per claim.
import { createContext, memo, use, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceArea, ReferenceLine, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../domain/format';
import type { ChartModel, RangeRow } from '../../../domain/chart-rows';
import { niceTicks } from '../../../domain/nice-ticks';
import type { Measure } from '../chart-text';
import type { MarkProps } from '../chart-marks/use-mark-explorer';
import { AxisTitle } from '../axis-title';
import { WrappedTick, type TickProps } from '../wrapped-tick';
import { rangeChartLayout, valueLabelPlace, type RangeLayout } from './range-layout';

export const STATUS_STYLE = {
  overlap: { colour: '#0a6a9e', label: 'Corroborated: overlaps another source’s specific figure' },
  compatible: { colour: '#6a4c93', label: 'Not contradicted, not confirmed: overlaps only open or vague figures' },
  disjoint: { colour: '#b8410b', label: 'Contradicted: cannot be true together with another source' },
  alone: { colour: '#545454', label: 'Only source on this measure' },
} as const;

interface ShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: RangeRow;
  index?: number;
}

/** Draws one claim: solid for overlap, hatched for disjoint, faded arrow for open ends, dashed for soft ends, diamond for points. */
function RangeShape({ x = 0, y = 0, width = 0, height = 0, payload, index = 0 }: ShapeProps) {
  if (!payload) return null;
  const { colour } = STATUS_STYLE[payload.status];
  const id = `rs-${payload.claimId.replace(/[^\w-]/g, '_')}-${index}`;
  const barHeight = Math.max(8, height);
  const top = y + (height - barHeight) / 2;
  const mid = top + barHeight / 2;
  const disjoint = payload.status === 'disjoint';
  if (payload.point) {
    const r = barHeight / 2 + 2;
    // Points are diamonds so that a single figure is visible at any zoom.
    return (
      <g>
        <polygon
          points={`${x},${mid - r} ${x + r},${mid} ${x},${mid + r} ${x - r},${mid}`}
          fill={disjoint ? '#fff' : colour}
          stroke={colour}
          strokeWidth={3}
          strokeDasharray={payload.soft ? '3 2' : undefined}
        />
        {disjoint && <line x1={x - r / 2} y1={mid} x2={x + r / 2} y2={mid} stroke={colour} strokeWidth={2} />}
      </g>
    );
  }
  const fill = disjoint ? `url(#${id}-hatch)` : payload.highOpen || payload.lowOpen ? `url(#${id}-fade)` : colour;
  const arrow = Math.min(10, width / 3);
  return (
    <g>
      <defs>
        <linearGradient id={`${id}-fade`} x1="0" x2="1" y1="0" y2="0">
          <stop offset="0%" stopColor={colour} stopOpacity={payload.lowOpen ? 0.15 : 1} />
          <stop offset="25%" stopColor={colour} stopOpacity={1} />
          <stop offset="75%" stopColor={colour} stopOpacity={1} />
          <stop offset="100%" stopColor={colour} stopOpacity={payload.highOpen ? 0.15 : 1} />
        </linearGradient>
        <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#fff" />
          <rect width="3" height="6" fill={colour} />
        </pattern>
      </defs>
      <rect
        x={payload.lowOpen ? x + arrow : x}
        y={top}
        width={Math.max(width - (payload.highOpen ? arrow : 0) - (payload.lowOpen ? arrow : 0), 2)}
        height={barHeight}
        fill={fill}
        stroke={colour}
        strokeWidth={payload.soft ? 2 : 1.5}
        strokeDasharray={payload.soft ? '4 3' : undefined}
      />
      {/* Open ends end in an arrowhead drawn inside the plot, so the chart's clip never hides it. */}
      {payload.highOpen && (
        <polygon points={`${x + width - arrow},${top - 4} ${x + width},${mid} ${x + width - arrow},${top + barHeight + 4}`} fill={colour} />
      )}
      {payload.lowOpen && <polygon points={`${x + arrow},${top - 4} ${x},${mid} ${x + arrow},${top + barHeight + 4}`} fill={colour} />}
    </g>
  );
}

/** The layout of `model`'s chart at this width and text size (the frame reserves its height before the chart is drawn). */
export function layoutOf(model: ChartModel, compact: boolean, width: number, fontSize: number, measure: Measure): RangeLayout {
  return rangeChartLayout(
    model.rows.map((r) => r.label),
    { width, fontSize, compact, measure, lastTick: formatNumber(model.domain[1]), unit: model.unit },
  );
}

/** Left and right ends of a drawn mark: a diamond reaches past its point by its half-width. */
function markEnds({ x = 0, width = 0, height = 0, payload }: ShapeProps): { left: number; right: number } {
  if (payload?.point) {
    const r = Math.max(8, height) / 2 + 2;
    return { left: x - r, right: x + r };
  }
  return { left: x, right: x + width };
}

interface MarkContextValue {
  markProps: (i: number) => MarkProps;
  focused: number | null;
  plot: { left: number; right: number };
  fontSize: number;
  measure: Measure;
}

// The marks' changing state reaches them through context: Recharts registers a bar's `shape` and `dataKey`, and a new
// function on every render would redraw every mark, taking the keyboard focus with it.
const MarkContext = createContext<MarkContextValue | null>(null);

const barEnds = (row: RangeRow): [number, number] => [row.low, row.high];

/** One row's mark with what makes it explorable: a hit area, the focus ring, and its value at one end where that fits. */
function ExplorableRange(props: ShapeProps) {
  const context = use(MarkContext);
  const { y = 0, height = 0, payload, index = 0 } = props;
  if (!payload || !context) return null;
  const { markProps, plot, fontSize, measure } = context;
  const focused = context.focused === index;
  const ends = markEnds(props);
  const mid = y + height / 2;
  const half = Math.max(8, height) / 2 + 4;
  const place = valueLabelPlace(ends, plot, measure(payload.valueText), Math.round(fontSize / 2));
  return (
    <g {...markProps(index)}>
      {/* A thin bar or a small diamond is still easy to point at. */}
      <rect x={ends.left - 2} y={mid - half} width={ends.right - ends.left + 4} height={half * 2} fill="transparent" />
      <RangeShape {...props} />
      {focused && (
        <rect
          x={ends.left - 4}
          y={mid - half - 2}
          width={ends.right - ends.left + 8}
          height={half * 2 + 4}
          fill="none"
          stroke="#1b1b1b"
          strokeWidth={2}
          rx={3}
        />
      )}
      {place && (
        <text
          x={place.x}
          y={mid}
          textAnchor={place.anchor}
          dominantBaseline="central"
          fontSize={fontSize}
          fill="#1b1b1b"
          className="chart-value"
          aria-hidden="true"
        >
          {payload.valueText}
        </text>
      )}
    </g>
  );
}

/** Recharts calls a function shape with its props; the mark reads the rest from context. */
function rangeMark(props: ShapeProps) {
  return <ExplorableRange {...props} />;
}

/** The chart itself, drawn again only when its figures, width or text change: Recharts starts every bar over when any of its
 * inputs is new, which would take the keyboard focus off the mark in focus. */
const RangeChartSvg = memo(function RangeChartSvg({
  model,
  compact,
  width,
  fontSize,
  measure,
}: {
  model: ChartModel;
  compact: boolean;
  width: number;
  fontSize: number;
  measure: Measure;
}) {
  const layout = layoutOf(model, compact, width, fontSize, measure);
  const ticks = niceTicks(model.domain[0], model.domain[1], layout.maxTicks);
  const linesOf = new Map(model.rows.map((r, i) => [r.label, layout.lines[i] ?? [r.label]]));
  const tick = ({ x, y, payload }: TickProps) => {
    const label = typeof payload?.value === 'string' ? payload.value : '';
    return (
      <WrappedTick x={x} y={y} lines={linesOf.get(label) ?? [label]} full={label} fontSize={fontSize} lineHeight={layout.lineHeight} />
    );
  };
  return (
    <BarChart
      layout="vertical"
      width={width}
      height={layout.height}
      data={model.rows}
      margin={{ top: 8, right: layout.marginRight, bottom: 4, left: 0 }}
      barCategoryGap={0}
      barSize={layout.barSize}
      // Each mark is its own focusable link with a name (useMarkExplorer), so Recharts' own keyboard layer stays off.
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke="#e2e2dd" />
      {model.consensus && model.consensus.low < model.consensus.high && (
        <ReferenceArea
          x1={model.consensus.low}
          x2={model.consensus.high}
          fill="#00734f"
          fillOpacity={0.15}
          stroke="#00734f"
          strokeDasharray="4 2"
          ifOverflow="hidden"
        />
      )}
      {model.consensus && model.consensus.low === model.consensus.high && (
        <ReferenceLine x={model.consensus.low} stroke="#00734f" strokeWidth={3} />
      )}
      <XAxis
        type="number"
        domain={model.domain}
        ticks={ticks}
        interval={0}
        tickFormatter={(v: number) => formatNumber(v)}
        tick={{ fontSize, fill: '#1b1b1b' }}
        height={layout.xAxisHeight}
        label={(p: { viewBox?: { x?: number; y?: number; width?: number } }) => (
          <AxisTitle viewBox={p.viewBox} lines={layout.unitLines} fontSize={fontSize} lineHeight={layout.lineHeight} />
        )}
        // A diamond at either end of the axis stays whole and clear of the names.
        padding={{ left: layout.markerPad, right: 0 }}
        stroke="#545454"
      />
      <YAxis type="category" dataKey="label" width={layout.axisWidth} tick={tick} interval={0} stroke="#545454" />
      <Bar dataKey={barEnds} shape={rangeMark} minPointSize={2} isAnimationActive={false} name={model.unit} />
    </BarChart>
  );
});

/** Range chart: one row per claim on a shared axis, with the consensus band where there is one; text at the size the CSS gives it. */
export function RangeChart({
  model,
  compact = false,
  width,
  fontSize,
  measure,
  markProps,
  focused,
}: {
  model: ChartModel;
  compact?: boolean;
  width: number;
  fontSize: number;
  measure: Measure;
  markProps: (i: number) => MarkProps;
  /** The row with keyboard focus, which gets a focus ring. */
  focused: number | null;
}) {
  const layout = layoutOf(model, compact, width, fontSize, measure);
  const plotLeft = layout.axisWidth + 2;
  const plotRight = width - layout.marginRight;
  const context = useMemo(
    () => ({ markProps, focused, plot: { left: plotLeft, right: plotRight }, fontSize, measure }),
    [markProps, focused, plotLeft, plotRight, fontSize, measure],
  );
  return (
    <MarkContext value={context}>
      <RangeChartSvg model={model} compact={compact} width={width} fontSize={fontSize} measure={measure} />
    </MarkContext>
  );
}
