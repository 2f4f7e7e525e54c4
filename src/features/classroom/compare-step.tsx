import { useMemo } from 'react';
import { useGroupSliceUnder } from '../../api/use-dataset-slice';
import { useEvents } from '../../api/events';
import { QueryState } from '../../shared/ui/query-state';
import { ChartLegend } from '../../shared/ui/range-chart/chart-legend';
import { LazyRangeChart } from '../../shared/ui/range-chart/lazy-range-chart';
import type { CompareData } from '../../domain/blind';
import type { Visibility } from '../../domain/story-steps';
import { stepFigures } from '../../domain/view-models/step-figures';
import { stepFilters } from '../../domain/stories';
import type { StoryView } from '../../domain/schema';

function Figures({ data, visibility }: { data: CompareData; visibility: Visibility }) {
  // Changes of control only add reasons; without the events file the rest of the step is the same.
  const events = useEvents().data;
  const view = useMemo(() => stepFigures(data, visibility, events ?? []), [data, visibility, events]);
  if (!view) return <p className="state state-empty">No figures on this measure: the story’s link may be out of date.</p>;
  return (
    <>
      <p className="step-headline">{view.headline}</p>
      {view.chart.rows.length > 0 && (
        <figure className="chart-figure">
          <LazyRangeChart model={view.chart} title={view.chartTitle} />
          <figcaption>
            <ChartLegend showConsensus={view.chart.consensus !== null} />
          </figcaption>
        </figure>
      )}
      <ul className="plain step-figures" aria-label="The figures">
        {view.figures.map((f) => (
          <li key={f.claimId}>
            <p>
              <strong>{f.label}</strong>
              {f.stance && <span className="muted"> ({f.stance})</span>}: {f.asSaid}
              {f.footing && <span className="muted"> · compared as {f.footing}</span>}
            </p>
            {f.quote && (
              <blockquote>
                <p>“{f.quote.text}”</p>
                <footer>
                  {f.quote.article}, {f.quote.outlet}, {f.quote.date}
                </footer>
              </blockquote>
            )}
          </li>
        ))}
      </ul>
      {view.why.length > 0 && (
        <section aria-labelledby="why-heading" className="step-why">
          <h2 id="why-heading">Why they may differ</h2>
          <ul>
            {view.why.map((w) => (
              <li key={w.kind + w.text}>
                <strong>{w.heading}:</strong> {w.text}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** A compare step: the figures on the step's measure in the dataset shown (published, or the story's workspace), under the
 * step's filters, hidden or revealed as the stage says. */
export function CompareStep({ groupId, view, visibility }: { groupId: string; view: StoryView; visibility: Visibility }) {
  const filters = useMemo(() => stepFilters(view.search), [view.search]);
  const { query } = useGroupSliceUnder(filters, groupId);
  return (
    <QueryState query={query} what="the figures">
      {(data) => <Figures data={data} visibility={visibility} />}
    </QueryState>
  );
}
