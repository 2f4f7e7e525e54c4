import { lazy, Suspense } from 'react';
import type { ChartModel } from '../../../domain/chart-rows';

// Recharts is the heaviest dependency: it loads after the first view has rendered its text.
const Chart = lazy(() => import('./responsive-range-chart').then((m) => ({ default: m.ResponsiveRangeChart })));

/** The range chart, loaded on demand; the text alternative beside it is always there. */
export function LazyRangeChart(props: { model: ChartModel; title: string; compact?: boolean }) {
  return (
    <Suspense fallback={<div className="chart-frame chart-placeholder" aria-hidden="true" />}>
      <Chart {...props} />
    </Suspense>
  );
}
