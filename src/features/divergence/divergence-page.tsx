import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { EmptyState, QueryState } from '../../components/query-state';
import { LazyRangeChart } from '../../components/range-chart/lazy-range-chart';
import { ShowMore } from '../../components/show-more';
import { toChartRows } from '../../components/range-chart/to-chart-rows';
import type { ComparisonGroup } from '../../domain/analysis-types';
import { claimantName, indexDataset, type DatasetIndex } from '../../domain/lookups';
import { useFilteredAnalysis } from '../../lib/use-analysis';

const n = (x: number) => x.toLocaleString('en-GB');

function hasIndependentDisjoint(group: ComparisonGroup): boolean {
  return group.disjointIndependentPairs > 0;
}

function GroupCard({ group, rank, index, search }: { group: ComparisonGroup; rank: number; index: DatasetIndex; search: string }) {
  // A card's chart shows at most a dozen figures: the extremes first, so the spread stays visible.
  const model = useMemo(() => toChartRows(group, (id) => claimantName(index, id), 12), [group, index]);
  const disjoint = hasIndependentDisjoint(group);
  const headingId = `group-${group.id}`;
  return (
    <li className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span className="muted">{rank}.</span>{' '}
        <Link to={{ pathname: `/compare/${encodeURIComponent(group.id)}`, search }}>{group.label}</Link>
      </h2>
      <p>
        {disjoint ? (
          <span className="badge badge-disjoint">✕ Accounts conflict</span>
        ) : (
          <span className="badge badge-overlap">≈ Accounts overlap</span>
        )}{' '}
        <span className="muted">
          {group.voiceCount} independent {group.voiceCount === 1 ? 'source' : 'sources'} · {group.entries.length}{' '}
          {group.entries.length === 1 ? 'figure' : 'figures'} · in {group.unit}
        </span>
      </p>
      <p className="spread">{group.spread.kind === 'spread' ? group.spread.text : group.spread.reason}</p>
      <p className="summary-line">{group.summary}</p>
      <LazyRangeChart model={model} title={`${group.label}: ${group.summary}`} compact />
      {model.truncated && (
        <p className="chart-note">
          Showing {model.rows.length} of {model.drawableCount} figures, the most extreme first.
        </p>
      )}
    </li>
  );
}

/** A titled list of groups with their one-line summaries, shown only when there is something in it. */
function GroupList({ groups, title, note, search }: { groups: ComparisonGroup[]; title: string; note: string; search: string }) {
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
  const { query, filtered, progress } = useFilteredAnalysis();
  const { search } = useLocation();
  const index = useMemo(() => (filtered ? indexDataset(filtered.dataset) : null), [filtered]);
  return (
    <>
      <h1>Where the accounts diverge</h1>
      <QueryState query={query} what="the dataset" progress={progress}>
        {() => {
          if (!filtered || !index) return null;
          const { analysis, dataset } = filtered;
          const contested = analysis.groups.filter((g) => !g.context && g.voiceCount >= 2);
          const single = analysis.groups.filter((g) => !g.context && g.voiceCount < 2);
          const context = analysis.groups.filter((g) => g.context);
          const conflicting = contested.filter(hasIndependentDisjoint).length;
          return (
            <>
              <p className="lede">
                {n(dataset.claims.length)} figures from {n(dataset.articles.length)} news reports, quoted word for word. On{' '}
                {n(contested.length)} {contested.length === 1 ? 'measure' : 'measures'} two or more independent sources give figures; on{' '}
                {conflicting} of them the figures cannot all be true. Ranked from most to least contested:
              </p>
              {contested.length === 0 ? (
                <EmptyState title="No measure has figures from two independent sources">
                  <p>Clear or widen the filters to compare sources.</p>
                </EmptyState>
              ) : (
                <ShowMore
                  items={contested}
                  step={20}
                  render={(shown) => (
                    <ol className="card-list">
                      {shown.map((group, i) => (
                        <GroupCard key={group.id} group={group} rank={i + 1} index={index} search={search} />
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
