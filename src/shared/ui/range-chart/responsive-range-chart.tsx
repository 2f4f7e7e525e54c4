import { useMemo } from 'react';
import { markOfRow } from '../../../domain/view-models/mark-tip';
import { useNearViewport } from '../../hooks/use-near-viewport';
import { useChartBox } from '../../hooks/use-chart-box';
import { useMarkExplorer } from '../chart-marks/use-mark-explorer';
import { layoutOf, RangeChart } from './range-chart';
import type { ChartModel } from '../../../domain/chart-rows';

/** Measures its container and draws the chart at that width and the text size the CSS gives it (Recharts needs numbers); a
 * chart far off screen keeps its place but is drawn only as it comes near, so a long list of charts costs only those in view.
 * Each bar is a link to its claim, one tab stop for the chart, with its tooltip on hover or focus. */
export function ResponsiveRangeChart({ model, title, compact = false }: { model: ChartModel; title: string; compact?: boolean }) {
  const { ref, width, fontSize, measure } = useChartBox<HTMLDivElement>();
  const near = useNearViewport(ref);
  const marks = useMemo(() => model.rows.map(markOfRow), [model]);
  const { markProps, focused, overlay } = useMarkExplorer(marks);
  return (
    <div
      ref={ref}
      className="chart-frame"
      role="group"
      aria-label={`${title}. Arrow keys move between the figures; Enter opens one.`}
      style={width > 0 ? { minHeight: layoutOf(model, compact, width, fontSize, measure).height } : undefined}
    >
      {width > 0 && near && (
        <RangeChart
          model={model}
          compact={compact}
          width={width}
          fontSize={fontSize}
          measure={measure}
          markProps={markProps}
          focused={focused}
        />
      )}
      {overlay}
    </div>
  );
}
