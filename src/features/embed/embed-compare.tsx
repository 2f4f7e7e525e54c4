import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useEvents } from '../../api/events';
import { useGrouping } from '../../api/url-state';
import type { GroupSlice } from '../../api/dataset';
import type { ComparisonGroup } from '../../domain/analysis-types';
import { indexDataset, type DatasetIndex } from '../../domain/lookups';
import { compareViewModel } from '../../domain/view-models/compare-view';
import { sourceLines } from '../../domain/view-models/embed-sources';
import { verdictOf } from '../../domain/view-models/verdict';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { EmptyState, QueryState } from '../../shared/ui/query-state';
import { ChartLegend } from '../../shared/ui/range-chart/chart-legend';
import { ResponsiveRangeChart } from '../../shared/ui/range-chart/responsive-range-chart';
import { VerdictBlock } from '../../shared/ui/verdict-block';
import { FullViewLink, fullViewHref } from './full-view-link';
import { usePublishedGroup } from './use-published';

function EmbedCompareView({ group, index, search }: { group: ComparisonGroup; index: DatasetIndex; search: string }) {
  const [grouping] = useGrouping();
  const { sections, labels, chart: model, statuses } = useMemo(() => compareViewModel(group, grouping, index), [group, grouping, index]);
  const events = useEvents().data;
  const verdict = useMemo(() => verdictOf(group, index, events ?? []), [group, index, events]);
  return (
    <article className="embed-compare" aria-labelledby="embed-title">
      <h1 id="embed-title">
        <a href={fullViewHref(group.id, search)} target="_blank" rel="noopener">
          {group.label}
        </a>
      </h1>
      <VerdictBlock verdict={verdict} nameOf={(id) => labels.get(id) ?? id} headingLevel={2} collapsed />
      <p className="summary-line">
        <span className="muted">As said: </span>
        {group.summary}
      </p>
      {model.rows.length > 0 && (
        <figure className="chart-figure">
          <ResponsiveRangeChart model={model} title={`${group.label}, one bar per figure. ${group.summary}`} />
          <figcaption>
            <ChartLegend showConsensus={model.consensus !== null} />
            {model.truncated && (
              <p className="chart-note">
                Showing {model.rows.length} of {model.drawableCount} figures, the extremes that set the spread and a sample of the rest.
              </p>
            )}
          </figcaption>
        </figure>
      )}
      <h2>Sources, by {grouping}</h2>
      {sections.map((section) => (
        <section key={section.key} className="embed-sources" aria-label={section.title}>
          <h3>{section.title}</h3>
          <ul className="plain">
            {sourceLines(section.entries, index, labels).map((line) => (
              <li key={line.claimId} className={statuses.get(line.claimId) === 'disjoint' ? 'is-disjoint' : undefined}>
                {/* Grouped by source, the heading already names who said it. */}
                {(grouping === 'date' || line.label !== section.title) && <strong>{line.label}: </strong>}
                {line.asSaid}, reported by {line.outlet}, {line.when}.
              </li>
            ))}
          </ul>
        </section>
      ))}
      <FullViewLink groupId={group.id} search={search} />
    </article>
  );
}

/** One comparison for another site: the verdict, the chart and who said what, with a link to the full view. */
export function EmbedCompare({ search }: { search: string }) {
  const { groupId = '' } = useParams();
  const { query, progress } = usePublishedGroup(groupId);
  const slice: GroupSlice | undefined = query.data;
  const index = useMemo(() => (slice ? indexDataset(slice.dataset) : null), [slice]);
  useDocumentTitle(slice ? (slice.group?.label ?? 'No figures on this measure') : 'Comparison');
  return (
    <QueryState query={query} what="the comparison" progress={progress}>
      {({ group }) => {
        if (!index) return null;
        if (!group) {
          return (
            <EmptyState title="No figures on this measure">
              <p>
                Either the filters in the embed code leave no figure on it, or the code is out of date.{' '}
                <a href={fullViewHref('', '')} target="_blank" rel="noopener">
                  See every measure in Corroborate
                </a>
                .
              </p>
            </EmptyState>
          );
        }
        return <EmbedCompareView group={group} index={index} search={search} />;
      }}
    </QueryState>
  );
}
