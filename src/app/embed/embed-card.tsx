import { useMemo } from 'react';
import { useLocation, useParams } from 'react-router';
import { useControlChanges } from '../../api/events';
import type { OverviewCard, OverviewGroup } from '../../domain/overview';
import { GroupCard } from '../../features/divergence/divergence-page';
import { FullViewLink, fullViewHref } from '../../features/embed/full-view-link';
import { usePublishedCards, usePublishedOverview } from '../../features/embed/use-published';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { EmptyState, QueryState } from '../../shared/ui/query-state';

function NoCard({ reason, groupId, search }: { reason: string; groupId: string; search: string }) {
  return (
    <EmptyState title="No card for this measure">
      <p>
        {reason}{' '}
        <a href={fullViewHref(groupId, search)} target="_blank" rel="noopener">
          Open it in Corroborate
        </a>
        .
      </p>
    </EmptyState>
  );
}

function Card({ group, card, search }: { group: OverviewGroup; card: OverviewCard; search: string }) {
  const controlChanges = useControlChanges();
  return (
    <>
      <ul className="card-list embed-card-list">
        <GroupCard group={group} card={card} search={search} controlChanges={controlChanges} />
      </ul>
      <FullViewLink groupId={group.id} search={search} />
    </>
  );
}

/** A card further down the ranking than the overview's first ones, asked for on its own. */
function AskedCard({ group, search }: { group: OverviewGroup; search: string }) {
  const ids = useMemo(() => [group.id], [group.id]);
  const { query, progress } = usePublishedCards(ids);
  return (
    <QueryState query={query} what="the comparison" progress={progress}>
      {([card]) =>
        card ? <Card group={group} card={card} search={search} /> : <NoCard reason="It has no card." groupId={group.id} search={search} />
      }
    </QueryState>
  );
}

/** The landing page's card for one measure, for another site. */
export function EmbedCard() {
  const { groupId = '' } = useParams();
  const { search } = useLocation();
  const { query, progress } = usePublishedOverview();
  const group = useMemo(() => query.data?.overview.groups.find((g) => g.id === groupId), [query.data, groupId]);
  useDocumentTitle(group?.label ?? 'Comparison card');
  return (
    <QueryState query={query} what="the comparison" progress={progress}>
      {({ overview }) => {
        if (!group) {
          return (
            <NoCard
              reason="Either the filters in the embed code leave no figure on it, or the code is out of date."
              groupId={groupId}
              search={search}
            />
          );
        }
        if (!group.contested) return <NoCard reason="It has too few figures to chart here." groupId={group.id} search={search} />;
        const inline = overview.cards.find((c) => c.id === group.id);
        return inline ? <Card group={group} card={inline} search={search} /> : <AskedCard group={group} search={search} />;
      }}
    </QueryState>
  );
}
