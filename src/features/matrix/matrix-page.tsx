import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { ExportCsvButton } from '../../components/export-csv-button';
import { GradeBadge } from '../../components/grade-badge';
import { EmptyState, QueryState } from '../../components/query-state';
import type { ComparedClaim, ComparisonGroup } from '../../domain/analysis-types';
import { formatInterval } from '../../domain/format';
import { isReliabilityGrade, RELIABILITY_LABELS } from '../../domain/grades';
import { indexDataset, sourceName, type DatasetIndex } from '../../domain/lookups';
import { useGrades } from '../../lib/grades';
import { useMatrixState, type MatrixSort } from '../../lib/url-state';
import { useFilteredAnalysis } from '../../lib/use-analysis';

interface MatrixModel {
  columns: { id: string; name: string; count: number }[];
  rows: { group: ComparisonGroup; cells: Map<string, ComparedClaim[]> }[];
}

function buildMatrix(groups: ComparisonGroup[], index: DatasetIndex, sort: MatrixSort, q: string): MatrixModel {
  const needle = q.trim().toLowerCase();
  const kept = groups.filter((g) => needle === '' || g.label.toLowerCase().includes(needle) || g.unit.toLowerCase().includes(needle));
  const counts = new Map<string, number>();
  const rows = kept.map((group) => {
    const cells = new Map<string, ComparedClaim[]>();
    for (const entry of group.entries) {
      const list = cells.get(entry.voiceId) ?? [];
      list.push(entry);
      cells.set(entry.voiceId, list);
      counts.set(entry.voiceId, (counts.get(entry.voiceId) ?? 0) + 1);
    }
    return { group, cells };
  });
  if (sort === 'measure') rows.sort((a, b) => a.group.label.localeCompare(b.group.label));
  if (sort === 'sources') rows.sort((a, b) => b.group.voiceCount - a.group.voiceCount || a.group.label.localeCompare(b.group.label));
  // Sources with the most figures first, so the busiest columns sit beside the measure names.
  const columns = [...counts]
    .map(([id, count]) => ({ id, name: sourceName(index, id), count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { columns, rows };
}

function Cell({
  entries,
  unit,
  index,
  search,
}: {
  entries: ComparedClaim[] | undefined;
  unit: string;
  index: DatasetIndex;
  search: string;
}) {
  if (!entries) return <td className="empty-cell" aria-label="no figure" />;
  return (
    <td>
      {entries.map((entry) => {
        const claim = index.claims.get(entry.claimId);
        if (!claim) return null;
        return (
          <div key={entry.claimId} className="cell-claim">
            <Link to={{ pathname: `/claims/${encodeURIComponent(entry.claimId)}`, search }}>
              <strong>{claim.value.asWritten}</strong>
            </Link>
            <div>{entry.cannotNormalise ? 'not on this footing' : formatInterval(entry.interval, unit)}</div>
            <div className="muted">
              {claim.statedOn ?? 'undated'}
              {claim.statedOnInferred && ' (inferred)'}
            </div>
          </div>
        );
      })}
    </td>
  );
}

/** Measures × sources in one table: the side-by-side view analysts and teachers print. */
export function MatrixPage() {
  const { query, filtered, progress } = useFilteredAnalysis();
  const { search } = useLocation();
  const [{ sort, q }, setState] = useMatrixState();
  const { sourceGrades } = useGrades();
  const index = useMemo(() => (filtered ? indexDataset(filtered.dataset) : null), [filtered]);
  const model = useMemo(
    () => (filtered && index ? buildMatrix(filtered.analysis.groups, index, sort, q) : null),
    [filtered, index, sort, q],
  );
  // The claims the table shows: those passing the filters, on the measures the search keeps.
  const shownClaims = useMemo(() => {
    if (!model || !index) return undefined;
    const ids = new Set(model.rows.flatMap(({ group }) => group.entries.map((e) => e.claimId)));
    return [...ids].map((id) => index.claims.get(id)).filter((c) => c !== undefined);
  }, [model, index]);
  return (
    <>
      <h1>Matrix: every measure against every source</h1>
      <div className="toolbar">
        <label>
          Sort measures by{' '}
          <select value={sort} onChange={(e) => void setState({ sort: e.target.value as MatrixSort })}>
            <option value="contested">most contested first</option>
            <option value="measure">name, A–Z</option>
            <option value="sources">number of sources</option>
          </select>
        </label>
        <label>
          Find a measure <input type="search" value={q} onChange={(e) => void setState({ q: e.target.value })} />
        </label>
        <button type="button" className="secondary" onClick={() => window.print()}>
          Print
        </button>
        <ExportCsvButton claims={shownClaims} dataset={filtered?.dataset} fileName="corroborate-matrix.csv" />
      </div>
      <QueryState query={query} what="the dataset" progress={progress}>
        {() => {
          if (!model || !index) return null;
          if (model.rows.length === 0) {
            return (
              <EmptyState title="No measure matches">
                <p>Clear the search or the filters to see the matrix.</p>
              </EmptyState>
            );
          }
          return (
            <div className="table-wrap matrix" tabIndex={0} role="region" aria-label="Matrix of measures and sources">
              <table>
                <caption className="visually-hidden">
                  Each cell: the figure as written, on the measure’s common footing, and the date stated.
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Measure</th>
                    {model.columns.map((c) => {
                      const grade = sourceGrades.get(c.id);
                      return (
                        <th scope="col" key={c.id}>
                          {c.name}
                          {grade && isReliabilityGrade(grade.grade) && (
                            <>
                              {' '}
                              <GradeBadge
                                kind="reliability"
                                grade={grade.grade}
                                label={RELIABILITY_LABELS[grade.grade]}
                                reason={grade.reason}
                              />
                            </>
                          )}
                        </th>
                      );
                    })}
                  </tr>
                </thead>
                <tbody>
                  {model.rows.map(({ group, cells }) => (
                    <tr key={group.id}>
                      <th scope="row">
                        <Link to={{ pathname: `/compare/${encodeURIComponent(group.id)}`, search }}>{group.label}</Link>
                        <div className="muted">{group.unit}</div>
                      </th>
                      {model.columns.map((c) => (
                        <Cell key={c.id} entries={cells.get(c.id)} unit={group.unit} index={index} search={search} />
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </QueryState>
    </>
  );
}
