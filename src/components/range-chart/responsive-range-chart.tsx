import { useElementWidth } from '../use-element-width';
import { RangeChart } from './range-chart';
import type { ChartModel } from '../../domain/chart-rows';

/** Measures its container and draws the chart at that width (Recharts needs a number). */
export function ResponsiveRangeChart({ model, title, compact = false }: { model: ChartModel; title: string; compact?: boolean }) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  return (
    <div ref={ref} className="chart-frame" role="img" aria-label={title}>
      {width > 0 && <RangeChart model={model} compact={compact} width={width} />}
    </div>
  );
}
