import { useId, useMemo } from 'react';
import { sampleNote } from '../../domain/view-models/compare-notes';
import { Link } from 'react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTimelineMeasure } from '../../api/url-state';
import { readableDate } from '../../domain/comparability';
import type { ControlEvent } from '../../domain/events';
import type { DatasetIndex } from '../../domain/lookups';
import type { Claim } from '../../domain/schema';
import { defaultMeasure, measureChoices, measureDateChart } from '../../domain/view-models/date-chart';
import { DateChartLegend } from '../../shared/ui/date-chart/date-chart-legend';
import { ResponsiveDateChart } from '../../shared/ui/date-chart/responsive-date-chart';
import { EventsNotice } from '../../shared/ui/events-notice';

/** One measure's figures against time, as each source gave them, with the changes of control: how the accounts moved. */
export function MeasureTimeline({
  claims,
  index,
  events,
  ownEvents,
  search,
}: {
  claims: readonly Claim[];
  index: DatasetIndex;
  events: UseQueryResult<ControlEvent[]>;
  ownEvents: readonly ControlEvent[];
  search: string;
}) {
  const selectId = useId();
  const [asked, setAsked] = useTimelineMeasure();
  const choices = useMemo(() => measureChoices(claims, index), [claims, index]);
  const unknown = asked !== null && !choices.some((c) => c.id === asked);
  const measureId = asked !== null && !unknown ? asked : defaultMeasure(choices);
  const measure = measureId === null ? undefined : index.measures.get(measureId);
  const model = useMemo(() => (measure ? measureDateChart(claims, measure, index, ownEvents) : null), [claims, measure, index, ownEvents]);
  if (!measure || !model) return null;
  return (
    <>
      <div className="measure-picker">
        <label htmlFor={selectId}>Measure</label>
        <select id={selectId} value={measure.id} onChange={(e) => void setAsked(e.target.value)}>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label} ({c.count === 1 ? '1 figure' : `${c.count} figures`})
            </option>
          ))}
        </select>
      </div>
      {unknown && (
        <p role="alert" className="chart-note">
          The link asks for the measure “{asked}”, which has no figures here: no such measure, or the filters leave none of its figures.
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
            {model.marks.map((m) => (
              <tr key={m.claimId}>
                <td>{m.hollow ? `${readableDate(m.date)}, date of the report (when it was said is not stated)` : readableDate(m.date)}</td>
                <td>{m.label}</td>
                <td>
                  <Link to={{ pathname: `/claims/${encodeURIComponent(m.claimId)}`, search }}>
                    “{index.claims.get(m.claimId)?.value.asWritten ?? m.valueText}”
                  </Link>
                  <span className="muted">, read as {m.text}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
