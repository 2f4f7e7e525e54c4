// Stateless render of a DateChartModel with Recharts: one upright bar per figure at its date, from its low to its high bound.
import { createContext, memo, use, useMemo } from 'react';
import { CartesianGrid, ReferenceArea, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../domain/format';
import type { DateChartModel, DateMark } from '../../../domain/view-models/date-chart';
import type { Measure } from '../chart-text';
import type { MarkProps } from '../chart-marks/use-mark-explorer';
import { FigureShape } from './figure-shape';
import { dateChartLayout, type DateLayout } from './date-layout';

interface MarkContextValue {
  markProps: (i: number) => MarkProps;
  focused: number | null;
  layout: DateLayout;
  fontSize: number;
}

// As in the range chart: focus and hover reach the marks through context, so Recharts never redraws them (and takes the focus).
const MarkContext = createContext<MarkContextValue | null>(null);

interface ShapeProps {
  payload?: DateMark;
  index?: number;
}

/** One figure with what makes it explorable: a hit area, the focus ring. */
function ExplorableFigure({ payload, index = 0 }: ShapeProps) {
  const context = use(MarkContext);
  if (!payload || !context) return null;
  const { markProps, layout, fontSize } = context;
  const { yOf } = layout;
  const label = layout.valueLabels[index];
  const half = layout.markWidth / 2;
  const x = layout.markX[index] ?? 0;
  const top = yOf(payload.high);
  const bottom = payload.point ? top : yOf(payload.low);
  const reach = half + 4;
  const box = { left: x - reach, right: x + reach, top: top - reach, bottom: bottom + reach };
  return (
    <g {...markProps(index)}>
      <rect x={box.left} y={box.top} width={box.right - box.left} height={box.bottom - box.top} fill="transparent" />
      <FigureShape mark={payload} g={{ x, top, bottom, half }} id={`dm-${payload.claimId.replace(/[^\w-]/g, '_')}-${index}`} />
      {context.focused === index && (
        <rect
          x={box.left - 2}
          y={box.top - 2}
          width={box.right - box.left + 4}
          height={box.bottom - box.top + 4}
          fill="none"
          stroke="#1b1b1b"
          strokeWidth={2}
          rx={3}
        />
      )}
      {label && (
        <text
          x={label.x}
          y={label.y}
          textAnchor={label.anchor}
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

function figureMark(props: ShapeProps) {
  return <ExplorableFigure {...props} />;
}

const timeOf = (m: DateMark) => m.time;
const highOf = (m: DateMark) => m.high;

/** The chart, drawn again only when its figures, width or text change (see the range chart for why). */
const DateChartSvg = memo(function DateChartSvg({
  model,
  layout,
  fontSize,
}: {
  model: DateChartModel;
  layout: DateLayout;
  fontSize: number;
}) {
  const { plot, lineHeight } = layout;
  const labels = new Map(layout.xTicks.map((t) => [t.time, t.label]));
  return (
    <ScatterChart
      width={plot.right + layout.marginRight}
      height={layout.height}
      margin={{ top: plot.top, right: layout.marginRight, bottom: 4, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="#e2e2dd" />
      {model.consensus && (
        <ReferenceArea
          y1={model.consensus.low}
          y2={Math.max(model.consensus.high, model.consensus.low)}
          fill="#00734f"
          fillOpacity={0.15}
          stroke="#00734f"
          strokeDasharray="4 2"
          ifOverflow="hidden"
        />
      )}
      <XAxis
        type="number"
        dataKey={timeOf}
        domain={model.domain}
        ticks={layout.xTicks.map((t) => t.time)}
        interval={0}
        tickFormatter={(t: number) => labels.get(t) ?? ''}
        tick={{ fontSize, fill: '#1b1b1b' }}
        height={layout.xAxisHeight}
        stroke="#545454"
        allowDataOverflow
      />
      <YAxis
        type="number"
        dataKey={highOf}
        domain={model.valueDomain}
        ticks={layout.yTicks}
        interval={0}
        tickFormatter={(v: number) => formatNumber(v)}
        tick={{ fontSize, fill: '#1b1b1b' }}
        width={layout.yAxisWidth}
        padding={{ top: 0, bottom: layout.valuePad }}
        stroke="#545454"
        // No clip on this axis: Recharts would clip at the padded range and cut a mark at the lowest value in half. The
        // model clamps every mark to the value domain, so nothing can overflow it.
      />
      {model.events.map((e) => (
        <ReferenceLine key={e.id} x={e.time} stroke="#1b1b1b" strokeDasharray="5 3" strokeWidth={1.5} />
      ))}
      <Scatter data={model.marks} shape={figureMark} isAnimationActive={false} name={model.unit} />
      {layout.unitLines.length > 0 && (
        <text x={0} y={layout.unitTop} fontSize={fontSize} fill="#1b1b1b" dominantBaseline="hanging" className="axis-title">
          {layout.unitLines.map((line, i) => (
            <tspan key={i} x={0} dy={i === 0 ? 0 : lineHeight}>
              {line}
            </tspan>
          ))}
        </text>
      )}
      {/* Each change of control's name above the plot, a dotted lead down to its line. */}
      <g className="event-labels">
        {layout.events.map((label) => (
          <g key={label.id}>
            <line
              x1={label.x}
              x2={label.x}
              y1={label.top + label.lines.length * lineHeight + 2}
              y2={plot.top}
              stroke="#767676"
              strokeDasharray="1 3"
            />
            <text x={label.left} y={label.top} fontSize={fontSize} fill="#1b1b1b" dominantBaseline="hanging">
              <title>{label.full}</title>
              {label.lines.map((line, i) => (
                <tspan key={i} x={label.left} dy={i === 0 ? 0 : lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        ))}
      </g>
    </ScatterChart>
  );
});

/** Figures against time at a given width and text size, each mark explorable through `markProps`. */
export function DateChart({
  model,
  width,
  fontSize,
  measure,
  markProps,
  focused,
}: {
  model: DateChartModel;
  width: number;
  fontSize: number;
  measure: Measure;
  markProps: (i: number) => MarkProps;
  focused: number | null;
}) {
  const layout = useMemo(() => dateChartLayout(model, { width, fontSize, measure }), [model, width, fontSize, measure]);
  const context = useMemo(() => ({ markProps, focused, layout, fontSize }), [markProps, focused, layout, fontSize]);
  return (
    <MarkContext value={context}>
      <DateChartSvg model={model} layout={layout} fontSize={fontSize} />
    </MarkContext>
  );
}
