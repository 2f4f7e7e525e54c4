import { useMemo } from 'react';
import type { DateChartModel } from '../../../domain/view-models/date-chart';
import { useChartBox } from '../../hooks/use-chart-box';
import { useMarkExplorer } from '../chart-marks/use-mark-explorer';
import { DateChart } from './date-chart';
import { dateChartLayout } from './date-layout';

/** Measures its container and draws the figures against time at that width and the text size the CSS gives it; each mark is a
 * link to its claim, one tab stop for the chart, with its tooltip on hover or focus. */
export function ResponsiveDateChart({ model, title }: { model: DateChartModel; title: string }) {
  const { ref, width, fontSize, measure } = useChartBox<HTMLDivElement>();
  const { markProps, focused, overlay } = useMarkExplorer(model.marks);
  const height = useMemo(
    () => (width > 0 ? dateChartLayout(model, { width, fontSize, measure }).height : undefined),
    [model, width, fontSize, measure],
  );
  return (
    <div
      ref={ref}
      className="chart-frame"
      role="group"
      aria-label={`${title}. Arrow keys move between the figures in date order; Enter opens one.`}
      style={height === undefined ? undefined : { minHeight: height }}
    >
      {width > 0 && model.marks.length > 0 && (
        <DateChart model={model} width={width} fontSize={fontSize} measure={measure} markProps={markProps} focused={focused} />
      )}
      {overlay}
    </div>
  );
}
