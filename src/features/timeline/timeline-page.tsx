import { useMemo, useRef } from 'react';
import { ImageDownload } from '../../shared/ui/image-download';
import { Link, useLocation } from 'react-router';
import { useEvents } from '../../api/events';
import { EmptyState, QueryState } from '../../shared/ui/query-state';
import { useVirtualRows } from '../../shared/hooks/use-virtual-rows';
import type { TimelineRow } from '../../domain/view-models/timeline-view';
import { useTimeline, useTimelineImage, useTimelineRows } from '../../api/use-dataset-slice';
import { useTimelineView, type TimelineView } from '../../api/url-state';
import { panelId, tabId, Tabs } from '../../shared/ui/tabs';
import { MeasureTimeline } from './measure-timeline';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { EventsNotice } from '../../shared/ui/events-notice';
import { TimelineChart } from './timeline-chart';

/** Every claim in date order, asked apart from the charts (it is the large part, and does not change when the changes of
 * control arrive). */
function ClaimTable({ search }: { search: string }) {
  const { query, progress } = useTimelineRows();
  return (
    <QueryState query={query} what="the claims in date order" progress={progress}>
      {(rows) => <ClaimRows rows={rows} search={search} />}
    </QueryState>
  );
}

/** Only the rows in view are rendered, so 200,000 claims scroll like fifty. */
function ClaimRows({ rows, search }: { rows: readonly TimelineRow[]; search: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { items, paddingTop, paddingBottom } = useVirtualRows(rows.length, scrollRef, 41);
  return (
    <div ref={scrollRef} className="table-wrap scroll-table" tabIndex={0} role="region" aria-label="Claims in date order">
      <table aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            <th scope="col">Stated</th>
            <th scope="col">Source</th>
            <th scope="col">Figure</th>
            <th scope="col">Measure</th>
            <th scope="col">Period covered</th>
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={5} style={{ height: paddingTop, padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <tr key={row.claimId} aria-rowindex={item.index + 2}>
                <td>
                  {row.date}
                  {row.inferred && ' (inferred)'}
                </td>
                <td>{row.source}</td>
                <td>
                  <Link to={{ pathname: `/claims/${encodeURIComponent(row.claimId)}`, search }}>{row.asWritten}</Link>
                </td>
                <td>{row.measure}</td>
                <td>{row.period ?? '—'}</td>
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={5} style={{ height: paddingBottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

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
