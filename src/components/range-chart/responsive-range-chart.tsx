import { useEffect, useRef, useState } from 'react';
import { RangeChart } from './range-chart';
import type { ChartModel } from './to-chart-rows';

/** Measures its container and draws the chart at that width (Recharts needs a number). */
export function ResponsiveRangeChart({ model, title, compact = false }: { model: ChartModel; title: string; compact?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="chart-frame" role="img" aria-label={title}>
      {width > 0 && <RangeChart model={model} compact={compact} width={width} />}
    </div>
  );
}
