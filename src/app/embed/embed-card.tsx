import { useMemo } from 'react';
import { useLocation, useParams } from 'react-router';
import { useEvents } from '../../api/events';
import { GroupCard } from '../../features/divergence/divergence-page';
import { FullViewLink, fullViewHref } from '../../features/embed/full-view-link';
import { usePublishedOverview } from '../../features/embed/use-published';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { EmptyState, QueryState } from '../../shared/ui/query-state';

/** The landing page's card for one measure, for another site. */
export function EmbedCard() {
  const { groupId = '' } = useParams();
  const { search } = useLocation();
  const { query, progress } = usePublishedOverview();
  const events = useEvents().data;
  const group = useMemo(() => query.data?.overview.groups.find((g) => g.id === groupId), [query.data, groupId]);
  useDocumentTitle(group?.label ?? 'Comparison card');
  return (
    <QueryState query={query} what="the comparison" progress={progress}>
      {() =>
        group?.chart ? (
          <>
            <ul className="card-list embed-card-list">
              <GroupCard group={group} chart={group.chart} search={search} events={events ?? []} embedded />
            </ul>
            <FullViewLink groupId={group.id} search={search} />
          </>
        ) : (
          <EmptyState title="No card for this measure">
            <p>
              {group
                ? 'It has too few figures to chart here.'
                : 'Either the filters in the embed code leave no figure on it, or the code is out of date.'}{' '}
              <a href={fullViewHref(group?.id ?? '', search)} target="_blank" rel="noopener">
                Open it in Corroborate
              </a>
              .
            </p>
          </EmptyState>
        )
      }
    </QueryState>
  );
}
