import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Symbols, XAxis, YAxis } from 'recharts';
import { useElementWidth } from '../../components/use-element-width';
import type { TimelineLane, TimelineModel, TimelinePoint } from './to-timeline-rows';

interface PointProps {
  cx?: number;
  cy?: number;
  payload?: TimelinePoint;
}

/** A lane's symbol: filled when the claim says when it was made, hollow when placed at its report's date. */
function pointShape(lane: TimelineLane) {
  return function LanePoint({ cx = 0, cy = 0, payload }: PointProps) {
    const hollow = payload?.basis === 'reported';
    return (
      <Symbols type={lane.shape} size={90} cx={cx} cy={cy} fill={hollow ? '#fff' : lane.colour} stroke={lane.colour} strokeWidth={2} />
    );
  };
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Stateless timeline: lanes of sources, dots at the date stated, bars over the period covered, events as vertical lines. */
export function TimelineChart({ model }: { model: TimelineModel }) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const height = model.lanes.length * 30 + 90;
  const labelWidth = Math.min(190, width * 0.35);
  return (
    <div ref={ref} className="chart-frame" role="img" aria-label="Timeline of claims by source; the table below lists every claim.">
      {width > 0 && (
        <ScatterChart width={width} height={height} margin={{ top: 50, right: 80, bottom: 8, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e2dd" />
          <XAxis
            type="number"
            dataKey="time"
            domain={model.domain}
            ticks={model.ticks}
            scale="time"
            tickFormatter={(t: number) => monthFormat.format(new Date(t))}
            tick={{ fontSize: 12, fill: '#1b1b1b' }}
            stroke="#545454"
            allowDataOverflow
          />
          <YAxis
            type="number"
            dataKey="lane"
            domain={[-0.5, model.lanes.length - 0.5]}
            ticks={model.lanes.map((l) => l.lane)}
            tickFormatter={(lane: number) => model.lanes[lane]?.name ?? ''}
            width={labelWidth}
            reversed
            tick={{ fontSize: 12, fill: '#1b1b1b' }}
            stroke="#545454"
            interval={0}
          />
          {model.events.map((e, i) => (
            <ReferenceLine
              key={e.id}
              x={e.time}
              stroke="#1b1b1b"
              strokeDasharray="5 3"
              label={{ value: e.label, position: 'top', fontSize: 11, fill: '#1b1b1b', offset: 6 + (i % 2) * 16 }}
            />
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
              shape={pointShape(lane)}
              isAnimationActive={false}
            />
          ))}
        </ScatterChart>
      )}
    </div>
  );
}
