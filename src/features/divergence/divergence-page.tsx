import { memo, useMemo, useRef } from 'react';
import { useControlChanges, type ControlChanges } from '../../api/events';
import { VerdictBlock } from '../../shared/ui/verdict-block';
import { Link, useHref, useLocation } from 'react-router';
import { EmptyState, QueryState } from '../../shared/ui/query-state';
import { LazyRangeChart } from '../../shared/ui/range-chart/lazy-range-chart';
import { ShowMore } from '../../shared/ui/show-more';
import { EmbedButton } from '../../shared/ui/copy-embed-button';
import type { ChartModel } from '../../domain/chart-rows';
import { CARDS_PER_PAGE } from '../../domain/card-pages';
import type { OverviewCard, OverviewGroup } from '../../domain/overview';
import { useCards, useFetchGroupSlice, useOverview } from '../../api/use-dataset-slice';
import type { GroupSlice } from '../../api/dataset';
import { useWorkspaceId } from '../../api/active-dataset';
import { useHeld } from '../../shared/hooks/use-held';
import { ImageDownload } from '../../shared/ui/image-download';
import { indexDataset } from '../../domain/lookups';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { overviewLede } from '../../domain/view-models/overview-lede';

// A card the page held comes back as the same object; a card made again can still draw the same figures. Either way the
// chart is not drawn again.
const CardChart = memo(
  function CardChart({ model, title }: { model: ChartModel; title: string }) {
    return <LazyRangeChart model={model} title={title} compact />;
  },
  (a, b) => a.title === b.title && (a.model === b.model || JSON.stringify(a.model) === JSON.stringify(b.model)),
);

/** What a card's own buttons need: the group with its records for the image, and whether the dataset is a workspace
 * (which cannot be embedded). Given by the page, so that no card follows the address itself. */
export interface CardActions {
  fetchGroup: (groupId: string) => Promise<GroupSlice>;
  inWorkspace: boolean;
}

/** One measure's card; without `actions` (the card embedded in another site) it drops the rank, opens the comparison in
 * a new tab and offers no embed code or image of its own. Drawn again only when its own props change: a filter change
 * draws the cards once, when the new ones come. */
export const GroupCard = memo(function GroupCard({
  group,
  card,
  rank,
  search,
  controlChanges,
  actions,
}: {
  group: OverviewGroup;
  card: OverviewCard;
  rank?: number;
  search: string;
  controlChanges: ControlChanges;
  actions?: CardActions;
}) {
  const embedded = actions === undefined;
  const headingId = `group-${group.id}`;
  const { verdict, dated, chart } = card;
  const why = useMemo(() => (controlChanges ? [...verdict.why, ...controlChanges(dated)] : verdict.why), [verdict, dated, controlChanges]);
  const names = useMemo(() => new Map(chart.rows.map((r) => [r.claimId, r.label])), [chart]);
  const nameOf = (id: string) => names.get(id) ?? dated.find((d) => d.claimId === id)?.name ?? id;
  const chartRef = useRef<HTMLDivElement>(null);
  const href = useHref({ pathname: `/compare/${encodeURIComponent(group.id)}`, search });
  // The card draws a sample of the figures; the image lists them all, so it asks for the whole comparison.
  const describe = async () => {
    if (!actions) throw new Error('an embedded card offers no image');
    // The card's builder loads on first use: the landing page is the first load, and the verdict code would weigh on it.
    const [slice, { compareCard }] = await Promise.all([actions.fetchGroup(group.id), import('../../domain/exports/compare-card')]);
    if (!slice.group) throw new Error('this comparison is no longer in the dataset');
    return compareCard(slice.group, indexDataset(slice.dataset), new URL(href, window.location.origin).href).content;
  };
  return (
    <li className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {rank !== undefined && <span className="muted">{rank}. </span>}
        <Link
          to={{ pathname: `/compare/${encodeURIComponent(group.id)}`, search }}
          {...(embedded && { target: '_blank', rel: 'noopener' })}
        >
          {group.label}
        </Link>
      </h2>
      <p className="muted">
        {group.voiceCount} independent {group.voiceCount === 1 ? 'source' : 'sources'} · {group.figureCount}{' '}
        {group.figureCount === 1 ? 'figure' : 'figures'} · compared in {group.unit}
      </p>
      <VerdictBlock verdict={verdict} why={why} nameOf={nameOf} collapsed />
      <p className="summary-line">
        <span className="visually-hidden">As said: </span>
        {group.summary}
      </p>
      <div ref={chartRef}>
        <CardChart model={chart} title={`${group.label}: ${group.summary}`} />
      </div>
      {chart.truncated && (
        <p className="chart-note">
          Showing {chart.rows.length} of {chart.drawableCount} figures, the most extreme first.
        </p>
      )}
      {actions && (
        <p className="card-actions">
          <EmbedButton kind="card" groupId={group.id} label={group.label} inWorkspace={actions.inWorkspace} />
        </p>
      )}
      {actions && <ImageDownload chart={chartRef} describe={describe} fileName={`corroborate-${group.id}`} />}
    </li>
  );
});

/**
 * One page of ranked cards. The overview carries the first page's cards; a later page asks for its own when the reader
 * shows more, and until they come each card is its header and a line saying it is loading.
 */
function CardPage({
  groups,
  firstRank,
  inline,
  search,
  controlChanges,
  actions,
}: {
  groups: readonly OverviewGroup[];
  firstRank: number;
  inline: readonly OverviewCard[];
  search: string;
  controlChanges: ControlChanges;
  actions: CardActions;
}) {
  const ids = useMemo(() => groups.map((g) => g.id), [groups]);
  const known = useMemo(() => new Map(inline.map((c) => [c.id, c])), [inline]);
  const complete = ids.every((id) => known.has(id));
  const { query } = useCards(ids, !complete);
  const cards = useMemo(() => (complete ? known : new Map((query.data ?? []).map((c) => [c.id, c]))), [complete, known, query.data]);
  return groups.map((group, i) => {
    const card = cards.get(group.id);
    const rank = firstRank + i;
    if (card)
      return (
        <GroupCard key={group.id} group={group} card={card} rank={rank} search={search} controlChanges={controlChanges} actions={actions} />
      );
    return (
      <li key={group.id} className="card" aria-labelledby={`group-${group.id}`}>
        <h2 id={`group-${group.id}`}>
          <span className="muted">{rank}. </span>
          <Link to={{ pathname: `/compare/${encodeURIComponent(group.id)}`, search }}>{group.label}</Link>
        </h2>
        {i === 0 ? (
          // The page's one loading line, slow notice or error with Retry, under its first card.
          <QueryState query={query} what="these comparisons">
            {() => <p className="muted">No comparison to show under these filters.</p>}
          </QueryState>
        ) : (
          <p className="muted">
            {query.isPending ? 'Loading…' : query.isError ? 'Not loaded: see Retry above.' : 'No comparison to show under these filters.'}
          </p>
        )}
      </li>
    );
  });
}

/** A titled list of groups with their one-line summaries, shown only when there is something in it. */
function GroupList({ groups, title, note, search }: { groups: OverviewGroup[]; title: string; note: string; search: string }) {
  if (groups.length === 0) return null;
  return (
    <section>
      <h2>{title}</h2>
      <p className="muted">{note}</p>
      <ShowMore
        items={groups}
        step={50}
        render={(shown) => (
          <ul>
            {shown.map((g) => (
              <li key={g.id}>
                <Link to={{ pathname: `/compare/${encodeURIComponent(g.id)}`, search }}>{g.label}</Link>: <bdi>{g.summary}</bdi>
              </li>
            ))}
          </ul>
        )}
      />
    </section>
  );
}

/** Landing: measures ranked from most to least contested. */
export function DivergencePage() {
  const { query, progress } = useOverview();
  // Changes of control only add reasons; a missing events file leaves the rest of the verdict as it is.
  const controlChanges = useControlChanges();
  // While the next filters' overview is on its way, the cards still show the last one: their links keep its filters.
  const search = useHeld(useLocation().search, query.isFetching);
  const fetchGroup = useFetchGroupSlice();
  const [workspaceId] = useWorkspaceId();
  const inWorkspace = workspaceId !== null;
  const actions = useMemo<CardActions>(() => ({ fetchGroup, inWorkspace }), [fetchGroup, inWorkspace]);
  useDocumentTitle('Where the accounts diverge');
  return (
    <>
      <h1>Where the accounts diverge</h1>
      <QueryState query={query} what="the dataset" progress={progress}>
        {({ overview }) => {
          const contested = overview.groups.filter((g) => g.contested);
          const single = overview.groups.filter((g) => !g.context && !g.contested);
          const context = overview.groups.filter((g) => g.context);
          const conflicting = contested.filter((g) => g.conflicting).length;
          const lede = overviewLede({
            claims: overview.claimCount,
            articles: overview.articleCount,
            contested: contested.length,
            conflicting,
          });
          return (
            <>
              {lede !== null && <p className="lede">{lede}</p>}
              {contested.length === 0 ? (
                <EmptyState title="No measure has figures from two independent sources">
                  <p>Clear or widen the filters to compare sources.</p>
                </EmptyState>
              ) : (
                <ShowMore
                  items={contested}
                  step={CARDS_PER_PAGE}
                  what="contested measures"
                  render={(shown) => (
                    <ol className="card-list">
                      {Array.from({ length: Math.ceil(shown.length / CARDS_PER_PAGE) }, (_, p) => (
                        <CardPage
                          key={p}
                          groups={shown.slice(p * CARDS_PER_PAGE, (p + 1) * CARDS_PER_PAGE)}
                          firstRank={p * CARDS_PER_PAGE + 1}
                          inline={overview.cards}
                          search={search}
                          controlChanges={controlChanges}
                          actions={actions}
                        />
                      ))}
                    </ol>
                  )}
                />
              )}
              <GroupList
                groups={single}
                title="Reported by one source only"
                note="Nothing to compare these with yet: each stands alone."
                search={search}
              />
              <GroupList
                groups={context}
                title="Background figures"
                note="Context, not contested: ages of monuments, visitor numbers and the like."
                search={search}
              />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
