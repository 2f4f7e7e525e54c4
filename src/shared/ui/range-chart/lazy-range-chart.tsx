import { Suspense } from 'react';
import type { ChartModel } from '../../../domain/chart-rows';
import { CodeBoundary } from '../error-boundary';
import { lazyCode } from '../lazy-code';

// Recharts is the heaviest dependency: it loads after the first view has rendered its text.
const Chart = lazyCode(() => import('./responsive-range-chart').then((m) => m.ResponsiveRangeChart));

/** The range chart, loaded on demand; the text alternative beside it is always there, even if the chart's code fails. */
export function LazyRangeChart(props: { model: ChartModel; title: string; compact?: boolean }) {
  return (
    <CodeBoundary what="the chart">
      <Suspense fallback={<div className="chart-frame chart-placeholder" aria-hidden="true" />}>
        <Chart {...props} />
      </Suspense>
    </CodeBoundary>
  );
}
