import { useId, useMemo, useState } from 'react';
import { formatNumber } from '../../domain/format';
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
  return (
    <>
      <MeasurePicker choices={choices} measure={measure} onChoose={onChoose} />
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

/** Above this many measures the picker is a search box: a list of thousands is slow to draw and to read. */
const MAX_LISTED_MEASURES = 200;

function choiceText(c: { label: string; count: number }): string {
  return `${c.label} (${c.count === 1 ? '1 figure' : `${formatNumber(c.count)} figures`})`;
}

function MeasurePicker({
  choices,
  measure,
  onChoose,
}: {
  choices: readonly { id: string; label: string; count: number }[];
  measure: { id: string; label: string };
  onChoose: (measureId: string) => void;
}) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const texts = useMemo(() => {
    const plain = choices.map(choiceText);
    const seen = new Map<string, number>();
    for (const text of plain) seen.set(text, (seen.get(text) ?? 0) + 1);
    // Two measures with one label and count would be one suggestion: their ids tell them apart.
    return plain.map((text, i) => ((seen.get(text) ?? 0) > 1 ? `${text} [${choices[i]?.id ?? ''}]` : text));
  }, [choices]);
  if (choices.length <= MAX_LISTED_MEASURES) {
    return (
      <div className="measure-picker">
        <label htmlFor={id}>Measure</label>
        <select id={id} value={measure.id} onChange={(e) => onChoose(e.target.value)}>
          {choices.map((c, i) => (
            <option key={c.id} value={c.id}>
              {texts[i]}
            </option>
          ))}
        </select>
      </div>
    );
  }
  return (
    <div className="measure-picker">
      <label htmlFor={id}>Find another measure</label>
      <input
        id={id}
        type="search"
        list={`${id}-list`}
        value={typed}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setTyped(e.target.value);
          // A suggestion picked from the list is its whole text: that measure is shown.
          const chosen = choices[texts.indexOf(e.target.value)];
          if (chosen) onChoose(chosen.id);
        }}
      />
      <datalist id={`${id}-list`}>
        {choices.map((c, i) => (
          <option key={c.id} value={texts[i]} />
        ))}
      </datalist>
      <p id={`${id}-hint`} className="muted">
        {formatNumber(choices.length)} measures: type part of a name and pick one from the suggestions.
      </p>
    </div>
  );
}
