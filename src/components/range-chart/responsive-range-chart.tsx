import { useNearViewport } from '../use-near-viewport';
import { useElementWidth } from '../use-element-width';
import { RangeChart } from './range-chart';
import { chartLayout, type ChartModel } from '../../domain/chart-rows';

/** Measures its container and draws the chart at that width (Recharts needs a number); a chart far off screen keeps its
 * place but is drawn only as it comes near, so a long list of charts costs only those in view. */
export function ResponsiveRangeChart({ model, title, compact = false }: { model: ChartModel; title: string; compact?: boolean }) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const near = useNearViewport(ref);
  return (
    <div
      ref={ref}
      className="chart-frame"
      role="img"
      aria-label={title}
      style={width > 0 ? { minHeight: chartLayout(model, compact, width).height } : undefined}
    >
      {width > 0 && near && <RangeChart model={model} compact={compact} width={width} />}
    </div>
  );
}
