import { useId } from 'react';
import { sampleNote } from '../../domain/view-models/compare-notes';
import { Link } from 'react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTimelineMeasure } from '../../api/url-state';
import { useMeasureTimeline } from '../../api/use-dataset-slice';
import type { ControlEvent } from '../../domain/events';
import { DateChartLegend } from '../../shared/ui/date-chart/date-chart-legend';
import { ResponsiveDateChart } from '../../shared/ui/date-chart/responsive-date-chart';
import { EventsNotice } from '../../shared/ui/events-notice';
import { QueryState } from '../../shared/ui/query-state';
import type { MeasureTimelineView } from '../../domain/view-models/timeline-view';

/** One measure's figures against time, as each source gave them, with the changes of control: how the accounts moved. */
export function MeasureTimeline({
  published,
  events,
  search,
}: {
  /** The published changes of control (none while they load, or when they fail). */
  published: readonly ControlEvent[];
  events: UseQueryResult<ControlEvent[]>;
  search: string;
}) {
  const [asked, setAsked] = useTimelineMeasure();
  const { query, progress } = useMeasureTimeline(published, asked);
  return (
    <QueryState query={query} what="the measure’s timeline" progress={progress}>
      {({ choices, unknown, shown }) =>
        shown && (
          <MeasureChart
            choices={choices}
            shown={shown}
            unknown={unknown ? asked : null}
            events={events}
            search={search}
            onChoose={(id) => void setAsked(id)}
          />
        )
      }
    </QueryState>
  );
}

function MeasureChart({
  choices,
  shown: { measure, chart: model, rows },
  unknown,
  events,
  search,
  onChoose,
}: {
  choices: MeasureTimelineView['choices'];
  shown: NonNullable<MeasureTimelineView['shown']>;
  /** The measure the address asked for, when it has no figures here. */
  unknown: string | null;
  events: UseQueryResult<ControlEvent[]>;
  search: string;
  onChoose: (measureId: string) => void;
}) {
  const selectId = useId();
  return (
    <>
      <div className="measure-picker">
        <label htmlFor={selectId}>Measure</label>
        <select id={selectId} value={measure.id} onChange={(e) => onChoose(e.target.value)}>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label} ({c.count === 1 ? '1 figure' : `${c.count} figures`})
            </option>
          ))}
        </select>
      </div>
      {unknown && (
        <p role="alert" className="chart-note">
          The link asks for the measure “{unknown}”, which has no figures here: no such measure, or the filters leave none of its figures.
          Showing “{measure.label}” instead; choose another above.
        </p>
      )}
      <h2>{measure.label}</h2>
      <p className="muted">
        Each figure sits at the day it was stated, from its lowest to its highest reading, in {model.unit}. Hollow: the figure does not say
        when it was given, so it sits at the date of the report.
      </p>
      <EventsNotice events={events} />
      <figure className="chart-figure">
        {model.marks.length > 0 && (
          <ResponsiveDateChart model={model} title={`${measure.label}: each figure at the date it was given, in ${model.unit}`} />
        )}
        <figcaption>
          <DateChartLegend statuses={false} hollow={model.hollowCount} events={model.events.length > 0} consensus={false} />
          {model.truncated && (
            <p className="chart-note">
              {sampleNote(model.marks.length, model.drawableCount, {
                spread: false,
                rest: '“Every claim in date order” below lists them all.',
              })}
            </p>
          )}
          {model.notDrawn.length > 0 && (
            <p className="chart-note">Not drawn: {model.notDrawn.map((e) => `${e.label} (${e.reason})`).join('; ')}.</p>
          )}
        </figcaption>
      </figure>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Figures on {measure.label}, by date</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Source</th>
              <th scope="col">Figure</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.claimId}>
                <td>{r.date}</td>
                <td>{r.source}</td>
                <td>
                  <Link to={{ pathname: `/claims/${encodeURIComponent(r.claimId)}`, search }}>“{r.asWritten}”</Link>
                  <span className="muted">, read as {r.readAs}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
