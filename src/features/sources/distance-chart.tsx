import { useElementWidth } from '../../components/use-element-width';
import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { formatRatio } from '../../domain/format';
import type { DistanceModel } from './to-distance-rows';

const COLOURS = { above: '#b8410b', below: '#0a6a9e', agrees: '#00734f' } as const;
const SHAPES = { above: 'triangle', below: 'square', agrees: 'circle' } as const;

/** Dot plot on a log axis: how many times away from the consensus (or the other sources) each source's figures sit. */
export function DistanceChart({ model }: { model: DistanceModel }) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const height = model.lanes.length * 30 + 60;
  const top = 10 ** Math.ceil(Math.log10(model.maxFactor * 1.1));
  const ticks = [1, 2, 5, 10, 20, 50, 100, 1000, 10_000].filter((t) => t <= top);
  return (
    <div
      ref={ref}
      className="chart-frame"
      role="img"
      aria-label="How far each source's figures sit from the consensus; the list below gives each distance in words."
    >
      {width > 0 && (
        <ScatterChart width={width} height={height} margin={{ top: 10, right: 20, bottom: 20, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e2dd" />
          <XAxis
            type="number"
            dataKey="factor"
            scale="log"
            // Starts just below 1× so dots that agree are drawn whole, not cut by the axis.
            domain={[0.85, top]}
            ticks={ticks}
            tickFormatter={(v: number) => formatRatio(v)}
            tick={{ fontSize: 12, fill: '#1b1b1b' }}
            stroke="#545454"
            label={{
              value: 'times apart (1× = no conflict)',
              position: 'insideBottom',
              offset: -12,
              fontSize: 12,
              fill: '#1b1b1b',
            }}
          />
          <YAxis
            type="number"
            dataKey="lane"
            domain={[-0.5, model.lanes.length - 0.5]}
            ticks={model.lanes.map((l) => l.lane)}
            tickFormatter={(lane: number) => model.lanes[lane]?.name ?? ''}
            width={Math.min(200, width * 0.38)}
            reversed
            interval={0}
            tick={{ fontSize: 12, fill: '#1b1b1b' }}
            stroke="#545454"
          />
          <ReferenceLine x={1} stroke="#00734f" strokeWidth={2} />
          {(['above', 'below', 'agrees'] as const).map((direction) => (
            <Scatter
              key={direction}
              data={model.dots.filter((d) => d.direction === direction)}
              fill={COLOURS[direction]}
              shape={SHAPES[direction]}
              isAnimationActive={false}
            />
          ))}
        </ScatterChart>
      )}
    </div>
  );
}
