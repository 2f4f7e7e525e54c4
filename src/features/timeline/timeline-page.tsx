import { useMemo, useRef } from 'react';
import { ImageDownload } from '../../shared/ui/image-download';
import { useLocation } from 'react-router';
import { useEvents } from '../../api/events';
import { EmptyState, QueryState } from '../../shared/ui/query-state';
import { useMeasureTimeline, useTimeline, useTimelineImage, useTimelineRows } from '../../api/use-dataset-slice';
import { ClaimTable, FIRST_ROWS } from './claim-table';
import { useTimelineMeasure, useTimelineView, type TimelineView } from '../../api/url-state';
import { panelId, tabId, Tabs } from '../../shared/ui/tabs';
import { MeasureTimeline } from './measure-timeline';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { EventsNotice } from '../../shared/ui/events-notice';
import { TimelineChart } from './timeline-chart';

const TABS = [
  { id: 'measure', label: 'How the figures moved' },
  { id: 'sources', label: 'Who spoke when' },
] as const;

/** Claims by date stated and period covered, with the changes of control marked. */
export function TimelinePage() {
  const events = useEvents();
  // Drawn at once without the changes of control, and again when they arrive; a missing events file leaves them out, and
  // the notice says so.
  const published = useMemo(() => events.data ?? [], [events.data]);
  // The charts and rows are made in the worker: the page never holds the claims.
  const { query, progress } = useTimeline(published);
  const makeImage = useTimelineImage();
  const { search } = useLocation();
  const [view, setView] = useTimelineView();
  const [measure] = useTimelineMeasure();
  // The measure tab opens first: its chart, and the table's first rows, are asked for with the page's answer, not once
  // that has come.
  useMeasureTimeline(published, measure, view === 'measure');
  useTimelineRows(FIRST_ROWS);
  useDocumentTitle('Timeline: how the accounts moved');
  const chartRef = useRef<HTMLDivElement>(null);
  return (
    <>
      <h1>Timeline: how the accounts moved</h1>
      <QueryState query={query} what="the dataset" progress={progress}>
        {(timeline) => {
          if (timeline.claimCount === 0) {
            return (
              <EmptyState title="No claims to place on the timeline">
                <p>Clear or widen the filters.</p>
              </EmptyState>
            );
          }
          const { chart: model, events: ownEvents } = timeline;
          return (
            <>
              <Tabs<TimelineView>
                label="Timeline views"
                prefix="timeline"
                tabs={TABS}
                selected={view}
                onSelect={(next) => void setView(next)}
              />
              <div role="tabpanel" id={panelId('timeline', view)} aria-labelledby={tabId('timeline', view)}>
                {view === 'measure' ? (
                  <MeasureTimeline published={published} events={events} search={search} />
                ) : (
                  <>
                    <p className="muted">
                      Filled marks: the day a figure was stated. Hollow marks: the figure does not say when it was stated, so it sits at the
                      date of the report. Bars: the period it covers. Dashed lines: changes of control of Palmyra as the articles report
                      them.
                      {model.undated > 0 && ` ${model.undated} claims with no date at all are listed below but not drawn.`}
                    </p>
                    <EventsNotice events={events} />
                    <div ref={chartRef}>
                      <TimelineChart model={model} />
                    </div>
                    <ImageDownload
                      chart={chartRef}
                      fileName="corroborate-timeline"
                      describe={() => makeImage(published, window.location.href)}
                    />
                    {model.thinned && (
                      <p className="chart-note">Too many claims to draw each one: the chart shows a sample; the table lists all.</p>
                    )}
                  </>
                )}
              </div>
              {ownEvents.length > 0 && (
                <>
                  <h2>Changes of control</h2>
                  <ul>
                    {ownEvents.map((e) => (
                      <li key={e.id}>
                        <strong>{e.date}</strong>
                        {e.dateApproximate && ' (approximate)'}: {e.label} — “{e.quote}”
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <h2>Every claim in date order</h2>
              <ClaimTable search={search} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
