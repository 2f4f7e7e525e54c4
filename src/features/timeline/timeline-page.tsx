import { useMemo, useRef } from 'react';
import { ImageDownload } from '../../shared/ui/image-download';
import { timelineImageContent } from '../../domain/exports/timeline-image-content';
import { Link, useLocation } from 'react-router';
import { useEvents } from '../../api/events';
import { EmptyState, QueryState } from '../../shared/ui/query-state';
import { useVirtualRows } from '../../shared/hooks/use-virtual-rows';
import { indexDataset, sourceName, type DatasetIndex } from '../../domain/lookups';
import type { Claim } from '../../domain/schema';
import { filterDataset } from '../../domain/filter';
import { timelineDateText, timelineTableOrder } from '../../domain/view-models/timeline-table';
import { useRecords } from '../../api/use-dataset-slice';
import { useFilters, useTimelineView, type TimelineView } from '../../api/url-state';
import { panelId, tabId, Tabs } from '../../shared/ui/tabs';
import { MeasureTimeline } from './measure-timeline';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { EventsNotice } from '../../shared/ui/events-notice';
import { TimelineChart } from './timeline-chart';
import { toTimeline } from './to-timeline-rows';

/** Every claim in date order; only the rows in view are rendered, so 200,000 claims scroll like fifty. */
function ClaimTable({ claims, index, search }: { claims: Claim[]; index: DatasetIndex; search: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { items, paddingTop, paddingBottom } = useVirtualRows(claims.length, scrollRef, 41);
  return (
    <div ref={scrollRef} className="table-wrap scroll-table" tabIndex={0} role="region" aria-label="Claims in date order">
      <table aria-rowcount={claims.length + 1}>
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
            const c = claims[item.index];
            if (!c) return null;
            return (
              <tr key={c.id} aria-rowindex={item.index + 2}>
                <td>
                  {timelineDateText(c, index.articles.get(c.articleId))}
                  {c.statedOnInferred && ' (inferred)'}
                </td>
                <td>{sourceName(index.sources, c.claimantId)}</td>
                <td>
                  <Link to={{ pathname: `/claims/${encodeURIComponent(c.id)}`, search }}>{c.value.asWritten}</Link>
                </td>
                <td>{index.measures.get(c.measureId)?.label ?? c.measureId}</td>
                <td>{c.period ? `${c.period.from} to ${c.period.to}` : '—'}</td>
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
  // The timeline needs the records only, no analysis: far less for the worker to compute and post at scale.
  const { query, progress } = useRecords();
  const [filters] = useFilters();
  const events = useEvents();
  const { search } = useLocation();
  const [view, setView] = useTimelineView();
  useDocumentTitle('Timeline: how the accounts moved');
  const filtered = useMemo(() => (query.data ? filterDataset(query.data, filters) : null), [query.data, filters]);
  const index = useMemo(() => (filtered ? indexDataset(filtered) : null), [filtered]);
  // Only the changes of control the dataset's own articles report: an empty workspace shows none of the published ones.
  const ownEvents = useMemo(() => (index ? (events.data ?? []).filter((e) => index.articles.has(e.articleId)) : []), [events.data, index]);
  const model = useMemo(() => (filtered && index ? toTimeline(filtered.claims, index, ownEvents) : null), [filtered, index, ownEvents]);
  const claims = useMemo(() => (filtered && index ? timelineTableOrder(filtered.claims, index.articles) : []), [filtered, index]);
  const chartRef = useRef<HTMLDivElement>(null);
  return (
    <>
      <h1>Timeline: how the accounts moved</h1>
      <QueryState query={query} what="the dataset" progress={progress}>
        {() => {
          if (!model || !index) return null;
          if (claims.length === 0) {
            return (
              <EmptyState title="No claims to place on the timeline">
                <p>Clear or widen the filters.</p>
              </EmptyState>
            );
          }
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
                  <MeasureTimeline claims={filtered?.claims ?? []} index={index} events={events} ownEvents={ownEvents} search={search} />
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
                      describe={() => timelineImageContent(claims, index, ownEvents.length, window.location.href)}
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
              <ClaimTable claims={claims} index={index} search={search} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
