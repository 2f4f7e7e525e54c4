import { useMemo } from 'react';
import { sampleNote } from '../../domain/view-models/compare-notes';
import { useEvents } from '../../api/events';
import type { ComparisonGroup } from '../../domain/analysis-types';
import { claimantName, type DatasetIndex } from '../../domain/lookups';
import { compareDateChart } from '../../domain/view-models/date-chart';
import { DateChartLegend } from '../../shared/ui/date-chart/date-chart-legend';
import { ResponsiveDateChart } from '../../shared/ui/date-chart/responsive-date-chart';
import { EventsNotice } from '../../shared/ui/events-notice';

/** The comparison grouped by date: each figure at the date it was given, its bounds upright, the changes of control as rules. */
export function CompareDateFigure({
  group,
  index,
  labels,
}: {
  group: ComparisonGroup;
  index: DatasetIndex;
  labels: ReadonlyMap<string, string>;
}) {
  const events = useEvents();
  const model = useMemo(
    () => compareDateChart(group, index, events.data ?? [], (id) => labels.get(id) ?? claimantName(index, id)),
    [group, index, events.data, labels],
  );
  if (model.marks.length === 0 && model.notDrawn.length === 0) return null;
  return (
    <figure className="chart-figure">
      <EventsNotice events={events} />
      {model.marks.length > 0 && (
        <ResponsiveDateChart model={model} title={`${group.label}, each figure at the date it was given, in ${model.unit}`} />
      )}
      <figcaption>
        <DateChartLegend statuses hollow={model.hollowCount} events={model.events.length > 0} consensus={model.consensus !== null} />
        {model.truncated && (
          <p className="chart-note">
            {sampleNote(model.marks.length, model.drawableCount, { spread: false, rest: 'The list below has them all.' })}
          </p>
        )}
        {model.notDrawn.length > 0 && (
          <p className="chart-note">Not drawn: {model.notDrawn.map((e) => `${e.label} (${e.reason})`).join('; ')}.</p>
        )}
      </figcaption>
    </figure>
  );
}
