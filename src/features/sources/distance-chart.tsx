import { createContext, memo, use, useMemo } from 'react';
import { laneLabels, wrapText, type Measure } from '../../shared/ui/chart-text';
import { useMarkExplorer, type MarkProps } from '../../shared/ui/chart-marks/use-mark-explorer';
import { useChartBox } from '../../shared/hooks/use-chart-box';
import { WrappedTick, type TickProps } from '../../shared/ui/wrapped-tick';
import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Symbols, XAxis, YAxis, ZAxis } from 'recharts';
import { formatRatio } from '../../domain/format';
import type { MarkView } from '../../domain/view-models/mark-tip';
import type { DistanceDot, DistanceModel } from '../../domain/view-models/distance-rows';

const COLOURS = { above: '#b8410b', below: '#0a6a9e', agrees: '#00734f' } as const;
const SHAPES = { above: 'triangle', below: 'square', agrees: 'circle' } as const;

const AXIS_TITLE = 'times apart (1× = no conflict)';

// The focus state reaches the dots through context, so the chart itself is not drawn again (which would take the focus away).
const DotContext = createContext<{ markProps: (i: number) => MarkProps; focused: number | null } | null>(null);

/** One dot: its symbol, a focus ring when it has the keyboard focus, and the link to its figure. */
function DistanceMark({ cx = 0, cy = 0, size = 64, payload }: { cx?: number; cy?: number; size?: number; payload?: DistanceDot }) {
  const context = use(DotContext);
  if (!payload || !context) return null;
  const r = Math.sqrt(size) / 2 + 5;
  return (
    <g {...context.markProps(payload.mark)}>
      <Symbols type={SHAPES[payload.direction]} size={size} cx={cx} cy={cy} fill={COLOURS[payload.direction]} />
      {context.focused === payload.mark && <circle cx={cx} cy={cy} r={r} fill="none" stroke="#1b1b1b" strokeWidth={2} />}
    </g>
  );
}

function distanceMark(props: { cx?: number; cy?: number; size?: number; payload?: DistanceDot }) {
  return <DistanceMark {...props} />;
}

/** Dot plot on a log axis: how many times apart each source's figures sit from the figure that contradicts them most; each dot
 * is a link to the source's figure, with its tooltip on hover or focus. */
export function DistanceChart({ model, marks }: { model: DistanceModel; marks: readonly MarkView[] }) {
  const { ref, width, fontSize, measure } = useChartBox<HTMLDivElement>();
  const { markProps, focused, overlay } = useMarkExplorer(marks);
  const context = useMemo(() => ({ markProps, focused }), [markProps, focused]);
  return (
    <div
      ref={ref}
      className="chart-frame"
      role="group"
      aria-label="How far each source's figures sit from the figures that contradict them; the list below gives each distance in words. Arrow keys move between the marks; Enter opens one."
      style={width > 0 ? { minHeight: distanceLayout(model, width, fontSize, measure).height } : undefined}
    >
      {width > 0 && (
        <DotContext value={context}>
          <DistanceChartSvg model={model} width={width} fontSize={fontSize} measure={measure} />
        </DotContext>
      )}
      {overlay}
    </div>
  );
}

function distanceLayout(model: DistanceModel, width: number, fontSize: number, measure: Measure) {
  const names = laneLabels(
    model.lanes.map((l) => l.name),
    { width, fontSize, measure },
  );
  const { lineHeight } = names;
  const { top } = model;
  const ticks = [1, 2, 5, 10, 20, 50, 100, 1000, 10_000].filter((t) => t <= top);
  const right = Math.ceil(measure(formatRatio(top)) / 2) + 6;
  // The axis title wraps under the plot rather than running off a phone's edge.
  const title = wrapText(AXIS_TITLE, Math.max(fontSize * 6, width - names.axisWidth - right), measure, 3).lines;
  const xAxisHeight = lineHeight + 14 + title.length * lineHeight + 4;
  const height = model.lanes.length * names.laneHeight + xAxisHeight + 16;
  return { names, ticks, right, title, xAxisHeight, height };
}

/** The chart, drawn again only when its dots, width or text change. */
const DistanceChartSvg = memo(function DistanceChartSvg({
  model,
  width,
  fontSize,
  measure,
}: {
  model: DistanceModel;
  width: number;
  fontSize: number;
  measure: Measure;
}) {
  const { names, ticks, right, title, xAxisHeight, height } = distanceLayout(model, width, fontSize, measure);
  const { lineHeight } = names;
  const { top } = model;
  const markSize = Math.round(64 * (fontSize / 13) ** 2);
  const tick = ({ x, y, payload }: TickProps) => {
    const lane = Number(payload?.value);
    return (
      <WrappedTick
        x={x}
        y={y}
        lines={names.lines[lane] ?? []}
        full={model.lanes[lane]?.name ?? ''}
        fontSize={fontSize}
        lineHeight={lineHeight}
      />
    );
  };
  return (
    <ScatterChart width={width} height={height} margin={{ top: 10, right, bottom: 4, left: 0 }} accessibilityLayer={false}>
      <CartesianGrid stroke="#e2e2dd" />
      <XAxis
        type="number"
        dataKey="factor"
        scale="log"
        // Starts just below 1× so dots that agree are drawn whole, not cut by the axis.
        domain={[0.85, top]}
        ticks={ticks}
        tickFormatter={(v: number) => formatRatio(v)}
        tick={{ fontSize, fill: '#1b1b1b' }}
        height={xAxisHeight}
        stroke="#545454"
        label={({ viewBox }: { viewBox?: { x?: number; y?: number; width?: number } }) => (
          <text
            x={(viewBox?.x ?? 0) + (viewBox?.width ?? 0) / 2}
            y={(viewBox?.y ?? 0) + lineHeight + 14}
            textAnchor="middle"
            dominantBaseline="hanging"
            fontSize={fontSize}
            fill="#1b1b1b"
          >
            {title.map((line, i) => (
              <tspan key={i} x={(viewBox?.x ?? 0) + (viewBox?.width ?? 0) / 2} dy={i === 0 ? 0 : lineHeight}>
                {line}
              </tspan>
            ))}
          </text>
        )}
      />
      <YAxis
        type="number"
        dataKey="lane"
        domain={[-0.5, model.lanes.length - 0.5]}
        ticks={model.lanes.map((l) => l.lane)}
        width={names.axisWidth}
        reversed
        interval={0}
        tick={tick}
        stroke="#545454"
      />
      {/* Marks grow with the text, so they stay as legible as the names beside them. */}
      <ZAxis range={[markSize, markSize]} />
      <ReferenceLine x={1} stroke="#00734f" strokeWidth={2} />
      {(['above', 'below', 'agrees'] as const).map((direction) => (
        <Scatter
          key={direction}
          data={model.dots.filter((d) => d.direction === direction)}
          fill={COLOURS[direction]}
          shape={distanceMark}
          isAnimationActive={false}
        />
      ))}
    </ScatterChart>
  );
});
