// Stateless render of a ChartModel with Recharts: one floating bar per claim.
import { Bar, BarChart, CartesianGrid, ReferenceArea, ReferenceLine, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../domain/format';
import type { ChartModel, RangeRow } from '../../../domain/chart-rows';
import type { Measure } from '../chart-text';
import { WrappedTick, type TickProps } from '../wrapped-tick';
import { rangeChartLayout, type RangeLayout } from './range-layout';

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
    { width, fontSize, compact, measure, lastTick: formatNumber(model.domain[1]) },
  );
}

/** Range chart: one row per claim on a shared axis, with the consensus band where there is one; text at the size the CSS gives it. */
export function RangeChart({
  model,
  compact = false,
  width,
  fontSize,
  measure,
}: {
  model: ChartModel;
  compact?: boolean;
  width: number;
  fontSize: number;
  measure: Measure;
}) {
  const layout = layoutOf(model, compact, width, fontSize, measure);
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
      // The figure is described by its text alternative beside it; keyboard users use that table.
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
        tickFormatter={(v: number) => formatNumber(v)}
        tick={{ fontSize, fill: '#1b1b1b' }}
        height={layout.xAxisHeight}
        // A diamond at either end of the axis stays whole and clear of the names.
        padding={{ left: layout.markerPad, right: 0 }}
        stroke="#545454"
      />
      <YAxis type="category" dataKey="label" width={layout.axisWidth} tick={tick} interval={0} stroke="#545454" />
      <Bar
        dataKey={(row: RangeRow) => [row.low, row.high]}
        shape={RangeShape}
        minPointSize={2}
        isAnimationActive={false}
        name={model.unit}
      />
    </BarChart>
  );
}
