import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Symbols, XAxis, YAxis } from 'recharts';
import { laneLabels } from '../../shared/ui/chart-text';
import { useChartBox } from '../../shared/hooks/use-chart-box';
import { WrappedTick, type TickProps } from '../../shared/ui/wrapped-tick';
import { layoutEventLabels } from '../../shared/ui/event-labels';
import type { TimelineLane, TimelineModel, TimelinePoint } from '../../domain/view-models/timeline-rows';

interface PointProps {
  cx?: number;
  cy?: number;
  payload?: TimelinePoint;
}

/** A lane's symbol: filled when the claim says when it was made, hollow when placed at its report's date. */
function pointShape(lane: TimelineLane, size: number) {
  return function LanePoint({ cx = 0, cy = 0, payload }: PointProps) {
    const hollow = payload?.basis === 'reported';
    return (
      <Symbols type={lane.shape} size={size} cx={cx} cy={cy} fill={hollow ? '#fff' : lane.colour} stroke={lane.colour} strokeWidth={2} />
    );
  };
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Stateless timeline: lanes of sources, dots at the date stated, bars over the period covered, events as vertical lines. */
export function TimelineChart({ model }: { model: TimelineModel }) {
  const { ref, width, fontSize, measure } = useChartBox<HTMLDivElement>();
  const names = laneLabels(
    model.lanes.map((l) => l.name),
    { width, fontSize, measure },
  );
  const lineHeight = names.lineHeight;
  const right = Math.ceil(measure('Sep 2016') / 2) + 6;
  const plotLeft = names.axisWidth;
  const plotWidth = Math.max(1, width - plotLeft - right);
  const [d0, d1] = model.domain;
  const xOf = (t: number) => plotLeft + ((t - d0) / (d1 - d0 || 1)) * plotWidth;
  const events = layoutEventLabels(
    model.events.map((e) => ({ id: e.id, x: xOf(e.time), label: e.label })),
    { width, fontSize, measure },
  );
  const top = events.height + 8;
  const xAxisHeight = lineHeight + 14;
  const height = top + model.lanes.length * names.laneHeight + xAxisHeight + 8;
  // Marks grow with the text, so they stay as legible as the names beside them.
  const symbolSize = Math.round(90 * (fontSize / 13) ** 2);
  const tick = ({ x, y, payload }: TickProps) => {
    const lane = model.lanes[Number(payload?.value)];
    const lines = names.lines[Number(payload?.value)] ?? [];
    return <WrappedTick x={x} y={y} lines={lines} full={lane?.name ?? ''} fontSize={fontSize} lineHeight={lineHeight} />;
  };
  return (
    <div
      ref={ref}
      className="chart-frame"
      role="img"
      aria-label="Timeline of claims by source; the table below lists every claim."
      style={width > 0 ? { minHeight: height } : undefined}
    >
      {width > 0 && (
        <ScatterChart width={width} height={height} margin={{ top, right, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e2dd" />
          <XAxis
            type="number"
            dataKey="time"
            domain={model.domain}
            ticks={model.ticks}
            scale="time"
            tickFormatter={(t: number) => monthFormat.format(new Date(t))}
            tick={{ fontSize, fill: '#1b1b1b' }}
            height={xAxisHeight}
            stroke="#545454"
            allowDataOverflow
          />
          <YAxis
            type="number"
            dataKey="lane"
            domain={[-0.5, model.lanes.length - 0.5]}
            ticks={model.lanes.map((l) => l.lane)}
            width={names.axisWidth}
            reversed
            tick={tick}
            stroke="#545454"
            interval={0}
          />
          {model.events.map((e) => (
            <ReferenceLine key={e.id} x={e.time} stroke="#1b1b1b" strokeDasharray="5 3" />
          ))}
          {model.segments.map((s) => (
            <ReferenceLine
              key={`seg-${s.claimId}`}
              segment={[
                { x: s.from, y: s.lane },
                { x: s.to, y: s.lane },
              ]}
              stroke={model.lanes[s.lane]?.colour ?? '#000'}
              strokeWidth={6}
              strokeOpacity={0.45}
            />
          ))}
          {model.lanes.map((lane) => (
            <Scatter
              key={lane.sourceId}
              name={lane.name}
              data={model.points.filter((p) => p.lane === lane.lane)}
              fill={lane.colour}
              shape={pointShape(lane, symbolSize)}
              isAnimationActive={false}
            />
          ))}
          {/* Event names above the plot, packed in rows so none overlaps another; a dotted lead joins each to its line. */}
          <g className="event-labels">
            {events.labels.map((label) => (
              <g key={label.id}>
                <line
                  x1={label.x}
                  x2={label.x}
                  y1={label.top + label.lines.length * lineHeight + 2}
                  y2={top}
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
      )}
    </div>
  );
}
